import { Download } from 'lucide-react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { LoginInvite, NotFoundPage } from '../../../app/AccessPages';
import { useSetCurrentSpace } from '../../../app/currentSpace';
import type { SummaryFieldsFragment } from '../../../gql/graphql';
import { hasErrorCode, toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { PageBreadcrumbs, type Crumb } from '../../../ui/PageBreadcrumbs';
import { PageHeading } from '../../../ui/PageHeading';
import { useMe } from '../../auth/hooks/useMe';
import { documentCrumbs } from '../../documents/components/DocumentBreadcrumbs';
import { DocumentSummaryQuery, SpaceSummaryByIdQuery, SpaceSummaryQuery } from '../graphql/summary';
import { StructureSummaries } from './StructureSummaries';
import '../comments.css';

function SummaryLayout({
  crumbs,
  title,
  csv,
  summary,
  showDocument,
}: {
  crumbs: Crumb[];
  title: string;
  csv: string;
  summary: SummaryFieldsFragment;
  showDocument: boolean;
}) {
  return (
    <div className="page page--wide">
      <PageBreadcrumbs crumbs={crumbs} />
      <PageHeading>{title}</PageHeading>
      <ul className="summary-totals" aria-label="En tout">
        <li>
          <strong>{summary.openCount}</strong> discussion{summary.openCount > 1 ? 's' : ''} ouverte{summary.openCount > 1 ? 's' : ''}
        </li>
        <li>
          <strong>{summary.resolvedCount}</strong> résolue{summary.resolvedCount > 1 ? 's' : ''}
        </li>
        <li>
          <strong>{summary.structures.length}</strong> {summary.structures.length > 1 ? 'structures se sont exprimées' : 'structure s’est exprimée'}
        </li>
      </ul>
      <p className="summary-download">
        {/* A plain link: the file is downloaded by the browser, with the person's session and rights. */}
        <a className="button button--secondary" href={csv} download aria-describedby="summary-download-help">
          <Download aria-hidden="true" size={18} />
          Télécharger en CSV
        </a>
        <span id="summary-download-help" className="muted">
          Un commentaire par ligne, avec sa structure, son chapitre et un lien : à ouvrir dans un tableur.
        </span>
      </p>
      <StructureSummaries summary={summary} showDocument={showDocument} />
    </div>
  );
}

/** /d/:id/:slug/commentaires — what each structure said about one document. */
export function DocumentSummaryPage() {
  const { id = '' } = useParams();
  const { me, loading: waiting } = useMe();
  const [{ data, fetching, error }] = useQuery({ query: DocumentSummaryQuery, variables: { documentId: id }, pause: !me, requestPolicy: 'cache-and-network' });
  useSetCurrentSpace(data?.document?.space.slug);
  if (waiting || (fetching && !data)) return <Loading />;
  if (!me) return <LoginInvite reason="La synthèse des commentaires est réservée aux personnes qui ont un compte Cocon." />;
  if (hasErrorCode(error, ['NOT_FOUND']) || (data && !data.document)) return <NotFoundPage title="Document introuvable" />;
  if (error || !data?.document) return <Alert tone="error">{error ? toShownError(error).message : 'Le serveur n’a pas répondu.'}</Alert>;
  const { document } = data;
  return (
    <SummaryLayout
      crumbs={documentCrumbs({ space: document.space, ancestors: [], current: document, trail: [{ label: 'Synthèse par structure' }] })}
      title={`Synthèse par structure : ${document.title}`}
      csv={`/api/exports/comments.csv?documentId=${document.id}`}
      summary={data.documentCommentSummary}
      showDocument={false}
    />
  );
}

/** /espaces/:slug/commentaires — what each structure said across a space (« sur le socle commun V3 »). */
export function SpaceSummaryPage() {
  const { slug = '' } = useParams();
  const { me, loading: waiting } = useMe();
  const [{ data: found, fetching: finding }] = useQuery({ query: SpaceSummaryQuery, variables: { slug }, pause: !me });
  const space = found?.space ?? null;
  const [{ data, fetching, error }] = useQuery({
    query: SpaceSummaryByIdQuery,
    variables: { spaceId: space?.id ?? '' },
    pause: !space,
    requestPolicy: 'cache-and-network',
  });
  useSetCurrentSpace(space?.slug);
  if (waiting || finding || (space && fetching && !data)) return <Loading />;
  if (!me) return <LoginInvite reason="La synthèse des commentaires est réservée aux personnes qui ont un compte Cocon." />;
  if (!space) return <NotFoundPage title="Espace introuvable" />;
  if (error || !data) return <Alert tone="error">{error ? toShownError(error).message : 'Le serveur n’a pas répondu.'}</Alert>;
  return (
    <SummaryLayout
      crumbs={[{ label: space.name, href: `/espaces/${space.slug}` }, { label: 'Synthèse par structure' }]}
      title={`Synthèse par structure : ${space.name}`}
      csv={`/api/exports/comments.csv?spaceId=${space.id}`}
      summary={data.spaceCommentSummary}
      showDocument
    />
  );
}
