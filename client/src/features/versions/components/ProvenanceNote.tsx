import type { ReactNode } from 'react';
import { Link } from 'react-aria-components';
import type { DocumentProvenanceQuery } from '../../../gql/graphql';
import { revisionPath } from '../lib/paths';
import { formatDay, versionInSentence } from '../lib/versionNames';
import { Contributors } from './Contributors';

export type Paragraph = DocumentProvenanceQuery['documentProvenance'][number];
type Origin = NonNullable<Paragraph['origin']>;
type Version = NonNullable<Paragraph['firstOfficialVersion']>;

/** "la V1 (révision 1, 28 mai 2024)" or "la révision 3 (20 novembre 2026)", the revision a link. */
function Where({ revision, version }: { revision: Origin; version: Version | null }) {
  const link = (
    <Link href={revisionPath(revision.id)} className="text-link">
      révision {revision.number}
    </Link>
  );
  const proposed = revision.officialVersions.find((candidate) => candidate.status === 'PROPOSED');
  if (version && version.revision.number === revision.number) {
    return (
      <>
        {versionInSentence(version)} ({link}, {formatDay(revision.createdAt)})
      </>
    );
  }
  return (
    <>
      la {link} ({formatDay(revision.createdAt)})
      {version ? (
        <>, entrée dans {versionInSentence(version)}</>
      ) : proposed ? (
        <>, proposée pour {versionInSentence(proposed)}, pas encore validée</>
      ) : (
        ', pas encore dans une version officielle'
      )}
    </>
  );
}

function Writers({ revision }: { revision: Origin }) {
  if (revision.contributors.length === 0 && revision.contributorStructures.length === 0) return null;
  return (
    <>
      , écrit par <Contributors people={revision.contributors} structures={revision.contributorStructures} />
    </>
  );
}

/** Where a paragraph comes from: when it appeared and who wrote it, then since when it reads as it does. */
export function ProvenanceNote({ paragraph, id }: { paragraph: Paragraph; id: string }) {
  const { origin, changedIn, pending, firstOfficialVersion, wordingSinceOfficialVersion } = paragraph;
  const parts: ReactNode[] = [];
  if (origin) {
    parts.push(
      <>
        Apparu dans <Where revision={origin} version={firstOfficialVersion} />
        <Writers revision={origin} />
      </>,
    );
  } else parts.push(<>Nouveau : écrit depuis la dernière révision</>);
  if (pending) parts.push(<strong>Modification en cours, pas encore dans une révision</strong>);
  else if (origin && changedIn && changedIn.number !== origin.number) {
    parts.push(
      <>
        Forme actuelle depuis <Where revision={changedIn} version={wordingSinceOfficialVersion} />
        <Writers revision={changedIn} />
      </>,
    );
  } else if (origin) parts.push(<>Texte inchangé depuis son apparition</>);
  return (
    <div id={id} className="provenance-note">
      {parts.map((part, index) => (
        <span key={index} className="provenance-part">
          {index > 0 && <span className="provenance-separator"> · </span>}
          {part}
        </span>
      ))}
    </div>
  );
}
