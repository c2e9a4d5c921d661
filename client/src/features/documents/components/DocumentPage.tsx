import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'react-aria-components';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { LoginInvite, NotFoundPage } from '../../../app/AccessPages';
import { useSetCurrentSpace } from '../../../app/currentSpace';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { StructureBadge } from '../../../ui/StructureBadge';
import { Time } from '../../../ui/Time';
import { useMe } from '../../auth/hooks/useMe';
import { documentPath } from '../../spaces/lib/tree';
import { DocumentHistoryLinks } from '../../versions/components/DocumentHistoryLinks';
import { DocumentQuery } from '../graphql/document';
import { DocumentContent } from '../reader/DocumentContent';
import { DocumentReader } from '../reader/DocumentReader';
import { DocumentBreadcrumbs } from './DocumentBreadcrumbs';
import type { DocumentAction } from './documentActions';
import { DocumentToolbar } from './DocumentToolbar';
import { TrashedNotice } from './TrashedNotice';

// A visitor without an account reads the stored text in a light view; people with an account get the document
// live (the editor, its collaboration and the discussions), and writers the dialogs of its actions.
const loadLiveDocument = () => import('./LiveDocument');
const LiveDocument = lazy(async () => ({ default: (await loadLiveDocument()).LiveDocument }));
const DocumentDialogs = lazy(async () => ({ default: (await import('./DocumentDialogs')).DocumentDialogs }));

export function DocumentPage() {
  const { id = '', slug } = useParams();
  const navigate = useNavigate();
  const { search, hash } = useLocation();
  const { me, loading: meLoading } = useMe();
  const [{ data, fetching, error }] = useQuery({ query: DocumentQuery, variables: { id } });
  const [action, setAction] = useState<DocumentAction | null>(null);
  // While another document loads, the previous answer is still there: never mix the two.
  const doc = data?.document && data.document.id === id ? data.document : null;
  useSetCurrentSpace(doc?.space.slug);
  // Fetched alongside the document rather than after it.
  useEffect(() => {
    if (me) void loadLiveDocument();
  }, [me]);

  // The address keeps working after a rename: the id finds the document, the slug is corrected in place, and what
  // the link pointed at in the page (a discussion, say) is kept.
  useEffect(() => {
    if (doc && doc.slug !== slug) navigate({ pathname: documentPath(doc), search, hash }, { replace: true });
  }, [doc, slug, search, hash, navigate]);

  if ((fetching && !doc) || meLoading) return <Loading />;
  if (error) return <Alert tone="error">{toShownError(error).message}</Alert>;
  if (!doc) {
    return me ? (
      <NotFoundPage title="Document introuvable" text="Ce document n’existe pas, ou votre compte ne permet pas de le lire." />
    ) : (
      <LoginInvite
        title="Document introuvable ou réservé aux membres"
        reason="Ce document n’existe pas, ou il est réservé aux personnes qui ont un compte Cocon."
      />
    );
  }

  const acted = { id: doc.id, title: doc.title };
  return (
    <article className="page document-page">
      <DocumentBreadcrumbs space={doc.space} ancestors={doc.ancestors} current={doc} />
      <PageHeading>{doc.title}</PageHeading>
      <p className="page-meta">
        Modifié <Time value={doc.updatedAt} />
        {doc.updatedBy && (
          <>
            {' '}
            par {doc.updatedBy.name} <StructureBadge structure={doc.updatedBy.structure} />
          </>
        )}
      </p>
      <DocumentHistoryLinks documentId={doc.id} />
      {doc.deletedAt ? <TrashedNotice doc={{ ...doc, deletedAt: doc.deletedAt }} /> : doc.canEdit && <DocumentToolbar doc={acted} onAction={setAction} />}
      {/* A trashed document is only read from its last stored content: nobody writes in the trash. */}
      {doc.deletedAt ? (
        <DocumentContent content={doc.content} />
      ) : me ? (
        <Suspense fallback={<Loading label="Chargement du document…" />}>
          <LiveDocument key={doc.id} documentId={doc.id} canEdit={doc.canEdit} me={me} />
        </Suspense>
      ) : (
        <DocumentReader content={doc.content} />
      )}
      {doc.children.length > 0 && (
        <section aria-labelledby="document-children" className="section">
          <h2 id="document-children">Sous-documents</h2>
          <ul className="link-list">
            {doc.children.map((child) => (
              <li key={child.id}>
                <Link href={documentPath(child)} className="text-link">
                  {child.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {action && (
        <Suspense fallback={null}>
          <DocumentDialogs action={action} onClose={() => setAction(null)} space={doc.space} />
        </Suspense>
      )}
    </article>
  );
}
