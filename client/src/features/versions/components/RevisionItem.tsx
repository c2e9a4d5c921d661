import { Eye, GitCompareArrows, Pencil, RotateCcw } from 'lucide-react';
import type { RevisionSummaryFragment } from '../../../gql/graphql';
import { Button, LinkButton } from '../../../ui/Button';
import { Time } from '../../../ui/Time';
import { comparePath, revisionPath } from '../lib/paths';
import { causeText, joinWords, wordChanges } from '../lib/words';
import { Contributors, Person } from './Contributors';
import { VersionBadge } from './VersionStatus';

/** Past this many chapters, the summary says how many more were touched. */
const CHAPTERS_SHOWN = 4;

export interface RevisionActions {
  canName: boolean;
  canRestore: boolean;
  onName: (revision: RevisionSummaryFragment) => void;
  onRestore: (revision: RevisionSummaryFragment) => void;
}

/** "+44 mots · Chapitres touchés : A, B et 2 autres". */
export function changesSummary(changes: RevisionSummaryFragment['changes']): string {
  const parts: string[] = [];
  const words = wordChanges(changes.wordsAdded, changes.wordsRemoved);
  parts.push(words || 'Aucun mot ajouté ni retiré');
  const chapters = changes.sectionsTouched;
  if (chapters.length > 0) {
    const named = chapters.slice(0, CHAPTERS_SHOWN);
    const rest = chapters.length - named.length;
    const list = rest > 0 ? `${named.join(', ')} et ${rest} autre${rest > 1 ? 's' : ''}` : joinWords(named);
    parts.push(`${chapters.length > 1 ? 'Chapitres touchés' : 'Chapitre touché'} : ${list}`);
  }
  return parts.join(' · ');
}

interface Props extends RevisionActions {
  revision: RevisionSummaryFragment;
  /** The revision just before, to compare with; null for the first one. */
  previousId: string | null;
  documentId: string;
  currentTitle: string;
}

/** One revision in the timeline: when, why, who, what changed, and what one can do with it. */
export function RevisionItem({ revision, previousId, documentId, currentTitle, canName, canRestore, onName, onRestore }: Props) {
  const headingId = `revision-${revision.id}`;
  const askedBy = revision.createdBy && ['NAMED', 'RESTORE', 'OFFICIAL'].includes(revision.cause) ? revision.createdBy : null;
  return (
    <article aria-labelledby={headingId} className="timeline-card">
      <div className="timeline-card-head">
        <h3 id={headingId} className="timeline-card-title">
          Révision {revision.number}
          {revision.name && <span className="timeline-card-name"> : « {revision.name} »</span>}
        </h3>
        {revision.officialVersions.map((version) => (
          <VersionBadge key={version.id} version={version} />
        ))}
      </div>
      <p className="timeline-meta">
        <Time value={revision.createdAt} /> · {causeText(revision.cause, revision.restoredFromNumber)}
        {askedBy && (
          <>
            {' '}
            par <Person person={askedBy} />
          </>
        )}
      </p>
      <div className="timeline-contributors">
        <span className="timeline-label">Contributions :</span>{' '}
        <Contributors people={revision.contributors} structures={revision.contributorStructures} empty="aucune personne enregistrée" />
      </div>
      <p className="timeline-summary">{changesSummary(revision.changes)}</p>
      {revision.title !== currentTitle && <p className="timeline-meta">Titre à ce moment : « {revision.title} »</p>}
      <div className="timeline-actions">
        <LinkButton size="small" href={revisionPath(revision.id)} aria-label={`Voir la révision ${revision.number}`}>
          <Eye aria-hidden="true" size={16} />
          Voir
        </LinkButton>
        {previousId && (
          <LinkButton
            size="small"
            href={comparePath(documentId, previousId, revision.id)}
            aria-label={`Comparer avec la précédente (révision ${revision.number})`}
          >
            <GitCompareArrows aria-hidden="true" size={16} />
            Comparer avec la précédente
          </LinkButton>
        )}
        {canName && !revision.frozenAt && (
          <Button size="small" onPress={() => onName(revision)} aria-label={`Nommer la révision ${revision.number}`}>
            <Pencil aria-hidden="true" size={16} />
            Nommer
          </Button>
        )}
        {canRestore && (
          <Button size="small" onPress={() => onRestore(revision)} aria-label={`Restaurer la révision ${revision.number}`}>
            <RotateCcw aria-hidden="true" size={16} />
            Restaurer
          </Button>
        )}
      </div>
    </article>
  );
}
