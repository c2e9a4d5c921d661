import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { LoginInvite, NoAccess, NotFoundPage } from '../../../app/AccessPages';
import { useSetCurrentSpace } from '../../../app/currentSpace';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { useMe } from '../../auth/hooks/useMe';
import { useSpace } from '../../spaces/hooks/useSpace';
import { TrashQuery } from '../graphql/document';
import { TrashList } from './TrashList';

// An empty trash carries no typename: name it, so trashing a document refreshes this list.
const context = { additionalTypenames: ['Document'] };

export function TrashPage() {
  const { slug = '' } = useParams();
  const { me, loading: meLoading, can } = useMe();
  const { space, loading } = useSpace(slug);
  const allowed = !!space && space.canEdit && can('document.restore');
  const [{ data, fetching, error }] = useQuery({ query: TrashQuery, variables: { spaceId: space?.id ?? '' }, pause: !allowed, context });
  const [message, setMessage] = useState<string | null>(null);
  useSetCurrentSpace(space?.slug);

  if (loading || meLoading) return <Loading />;
  if (!me) return <LoginInvite />;
  if (!space) return <NotFoundPage title="Espace introuvable" text="Cet espace n’existe pas, ou votre compte ne permet pas de le lire." />;
  if (!allowed) return <NoAccess />;

  return (
    <div className="page">
      <nav aria-label="Fil d’Ariane" className="breadcrumbs-nav">
        <Link href={`/espaces/${space.slug}`} className="text-link">
          Revenir à l’espace {space.name}
        </Link>
      </nav>
      <PageHeading title={`Corbeille — ${space.name}`}>Corbeille de l’espace {space.name}</PageHeading>
      <p className="lead">
        Les documents mis à la corbeille n’apparaissent plus dans l’espace. Restaurez-les pour les remettre à leur place, avec leurs sous-documents.
        {can('document.purge') && ' Un document supprimé définitivement ne peut plus être récupéré.'}
      </p>
      {message && <Alert tone="success">{message}</Alert>}
      {error && <Alert tone="error">{toShownError(error).message}</Alert>}
      {fetching && !data ? (
        <Loading />
      ) : data && data.trash.length === 0 ? (
        <EmptyState title="La corbeille est vide.">
          <p>Les documents mis à la corbeille depuis cet espace apparaîtront ici.</p>
        </EmptyState>
      ) : data ? (
        <TrashList documents={data.trash} canPurge={can('document.purge')} onDone={setMessage} />
      ) : null}
    </div>
  );
}
