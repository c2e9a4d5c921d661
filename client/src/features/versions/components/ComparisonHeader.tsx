import { Link } from 'react-aria-components';
import type { RevisionSummaryFragment } from '../../../gql/graphql';
import { formatDay } from '../lib/versionNames';
import { revisionPath } from '../lib/paths';
import { VersionBadge } from './VersionStatus';

/** "Socle commun V1 (révision 1, 28 mai 2024)", or "l'état actuel du document". */
export function sideLabel(revision: RevisionSummaryFragment | null): string {
  if (!revision) return 'l’état actuel du document';
  const version = revision.officialVersions.find((v) => v.status !== 'WITHDRAWN');
  const where = `révision ${revision.number}, ${formatDay(revision.createdAt)}`;
  if (version) return `${version.label} (${where})`;
  return revision.name ? `« ${revision.name} » (${where})` : `Révision ${revision.number} (${formatDay(revision.createdAt)})`;
}

function Side({ revision }: { revision: RevisionSummaryFragment | null }) {
  if (!revision) return <>L’état actuel du document, avec les modifications pas encore gardées dans une révision</>;
  return (
    <>
      <Link href={revisionPath(revision.id)} className="text-link">
        Révision {revision.number}
      </Link>{' '}
      du {formatDay(revision.createdAt)}
      {revision.name && <> : « {revision.name} »</>}{' '}
      {revision.officialVersions.map((version) => (
        <VersionBadge key={version.id} version={version} />
      ))}
    </>
  );
}

/** What is compared with what, with the official versions each side belongs to. */
export function ComparisonHeader({ from, to }: { from: RevisionSummaryFragment; to: RevisionSummaryFragment | null }) {
  return (
    <dl className="compare-sides">
      <div className="compare-side compare-side--before">
        <dt>Avant</dt>
        <dd>
          <Side revision={from} />
        </dd>
      </div>
      <div className="compare-side compare-side--after">
        <dt>Après</dt>
        <dd>
          <Side revision={to} />
        </dd>
      </div>
    </dl>
  );
}
