import { Link } from 'react-aria-components';
import { useQuery } from 'urql';
import type { ArchiveQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { toShownError } from '../../../lib/errors';
import { Alert } from '../../../ui/Alert';
import { LinkButton } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { StructureBadge } from '../../../ui/StructureBadge';
import { useMe } from '../../auth/hooks/useMe';
import { ArchiveQuery as ArchiveDocument } from '../graphql/archive';
import { comparePath } from '../lib/paths';
import { formatCalendarDate, versionInSentence } from '../lib/versionNames';
import '../versions.css';

type Archived = ArchiveQuery['archive'][number];

/** The versions of each document, in the order the server gives them (newest first). */
function byDocument(versions: Archived[]): { document: Archived['document']; versions: Archived[] }[] {
  const groups = new Map<string, { document: Archived['document']; versions: Archived[] }>();
  for (const version of versions) {
    const group = groups.get(version.document.id) ?? { document: version.document, versions: [] };
    group.versions.push(version);
    groups.set(version.document.id, group);
  }
  return [...groups.values()];
}

/** /archives — every approved official version the reader may read, by document, newest first. */
export function ArchivePage() {
  const { me } = useMe();
  const [{ data, fetching, error }] = useQuery({ query: ArchiveDocument, requestPolicy: 'cache-and-network' });
  const groups = byDocument(data?.archive ?? []);
  return (
    <div className="page archive-page">
      <PageHeading>Archives des versions officielles</PageHeading>
      <p className="lead">
        Les versions validées par le GT ESC. Chacune est figée : son texte ne change plus. On peut la relire, l’imprimer et la comparer aux autres.
      </p>
      {fetching && !data ? (
        <Loading />
      ) : error ? (
        <Alert tone="error">{toShownError(error).message}</Alert>
      ) : groups.length === 0 ? (
        <EmptyState title="Aucune version officielle pour l’instant.">
          <p>Les versions validées par le GT ESC apparaîtront ici, chacune à une adresse qui ne changera pas.</p>
        </EmptyState>
      ) : (
        groups.map(({ document, versions }) => (
          <section key={document.id} aria-labelledby={`archive-${document.id}`} className="archive-group">
            <h2 id={`archive-${document.id}`}>{document.title}</h2>
            <p className="muted archive-group-space">Espace « {document.space.name} »</p>
            <ol className="archive-list">
              {versions.map((version, index) => (
                <ArchiveItem key={version.id} version={version} older={versions[index + 1] ?? null} />
              ))}
            </ol>
          </section>
        ))
      )}
      {!me && data && (
        <p className="muted archive-members">Vous avez un compte Cocon ? Connectez-vous : les versions des espaces réservés aux membres s’afficheront aussi.</p>
      )}
    </div>
  );
}

function ArchiveItem({ version, older }: { version: Archived; older: Archived | null }) {
  return (
    <li className="archive-item">
      <h3 className="archive-item-title">
        {version.archivePath ? (
          <Link href={version.archivePath} className="text-link">
            {version.label}
          </Link>
        ) : (
          version.label
        )}
      </h3>
      <p className="archive-item-date">En vigueur le {formatCalendarDate(version.effectiveDate)}</p>
      {version.decidedAt && (
        <p className="muted">
          Validée par le GT ESC le {formatDateTime(version.decidedAt)}
          {version.decidedBy && (
            <>
              {' '}
              ({version.decidedBy.name} <StructureBadge structure={version.decidedBy.structure} />)
            </>
          )}
        </p>
      )}
      {older && (
        <LinkButton size="small" href={comparePath(version.document.id, older.revision.id, version.revision.id)}>
          Comparer avec {versionInSentence(older)}
        </LinkButton>
      )}
    </li>
  );
}
