import { useEffect, useState } from 'react';
import { MessagesSquare, Plus, Trash2 } from 'lucide-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { LoginInvite, NotFoundPage } from '../../../app/AccessPages';
import { useSetCurrentSpace } from '../../../app/currentSpace';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Button, LinkButton } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { useMe } from '../../auth/hooks/useMe';
import { DocumentDialogs } from '../../documents/components/DocumentDialogs';
import type { DocumentAction } from '../../documents/components/documentActions';
import { TrashUndo } from '../../documents/components/TrashUndo';
import { useSpace } from '../hooks/useSpace';
import { SpaceDocuments } from './SpaceDocuments';
import { VisibilityLabel } from './VisibilityLabel';

export function SpacePage() {
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { me, loading: meLoading, can } = useMe();
  const { space, loading, error } = useSpace(slug);
  const [action, setAction] = useState<DocumentAction | null>(null);
  useSetCurrentSpace(space?.slug);

  // An old address of a renamed space still works; the address bar shows the current one.
  useEffect(() => {
    if (space && space.slug !== slug) navigate(`/espaces/${space.slug}`, { replace: true });
  }, [space, slug, navigate]);

  if (loading || meLoading) return <Loading />;
  if (error) return <Alert tone="error">{toShownError(error).message}</Alert>;
  if (!space) {
    return me ? (
      <NotFoundPage title="Espace introuvable" text="Cet espace n’existe pas, ou votre compte ne permet pas de le lire." />
    ) : (
      <LoginInvite
        title="Espace introuvable ou réservé aux membres"
        reason="Cet espace n’existe pas, ou il est réservé aux personnes qui ont un compte Cocon."
      />
    );
  }

  const trashed = (location.state as { trashed?: { id: string; title: string } } | null)?.trashed;
  const canSeeTrash = space.canEdit && can('document.restore');

  return (
    <div className="page">
      <PageHeading>{space.name}</PageHeading>
      <p className="page-meta">
        <VisibilityLabel visibility={space.visibility} />
      </p>
      {space.description && <p className="lead">{space.description}</p>}
      {trashed && <TrashUndo key={location.key} doc={trashed} />}
      {(space.canEdit || canSeeTrash || can('comment.read')) && (
        <div className="toolbar" role="group" aria-label="Actions de l’espace">
          {space.canEdit && (
            <Button variant="primary" onPress={() => setAction({ kind: 'create', parent: null })}>
              <Plus aria-hidden="true" size={18} />
              Nouveau document
            </Button>
          )}
          {canSeeTrash && (
            <LinkButton href={`/espaces/${space.slug}/corbeille`}>
              <Trash2 aria-hidden="true" size={18} />
              Corbeille
            </LinkButton>
          )}
          {can('comment.read') && (
            <LinkButton href={`/espaces/${space.slug}/commentaires`}>
              <MessagesSquare aria-hidden="true" size={18} />
              Synthèse des commentaires
            </LinkButton>
          )}
        </div>
      )}
      <section aria-labelledby="space-documents" className="section">
        <h2 id="space-documents">Documents</h2>
        <SpaceDocuments key={space.slug} space={space} onAction={setAction} />
      </section>
      <DocumentDialogs action={action} onClose={() => setAction(null)} space={space} />
    </div>
  );
}
