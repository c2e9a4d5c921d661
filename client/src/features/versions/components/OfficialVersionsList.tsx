import { BookOpen, GitCompareArrows, Lock, Undo2 } from 'lucide-react';
import type { OfficialVersionSummaryFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { Button, LinkButton } from '../../../ui/Button';
import { comparePath, revisionPath } from '../lib/paths';
import { EVENT_ACTIONS } from '../lib/words';
import { formatCalendarDate, versionInSentence } from '../lib/versionNames';
import { Person } from './Contributors';
import { VersionStatus } from './VersionStatus';

type Version = OfficialVersionSummaryFragment;

interface Props {
  documentId: string;
  /** Oldest first, as the server gives them. */
  versions: Version[];
  canApprove: boolean;
  canWithdraw: boolean;
  onDecide: (decision: 'approve' | 'withdraw', version: Version) => void;
}

/** The last approved version proposed before this one: what it is compared with. */
function previousApproved(versions: Version[], index: number): Version | null {
  for (let i = index - 1; i >= 0; i--) if (versions[i].status === 'APPROVED') return versions[i];
  return null;
}

/** The official versions of a document, newest first: status, dates, who did what, the trail of decisions. */
export function OfficialVersionsList({ documentId, versions, canApprove, canWithdraw, onDecide }: Props) {
  const shown = versions.map((version, index) => ({ version, previous: previousApproved(versions, index) })).reverse();
  return (
    <ul className="version-list">
      {shown.map(({ version, previous }) => (
        <li key={version.id} className={`version-card version-card--${version.status.toLowerCase()}`}>
          <article aria-labelledby={`version-${version.id}`}>
            <div className="version-card-head">
              <h3 id={`version-${version.id}`} className="version-card-title">
                {version.label}
              </h3>
              <VersionStatus status={version.status} />
            </div>
            <dl className="version-facts">
              <div>
                <dt>En vigueur</dt>
                <dd>le {formatCalendarDate(version.effectiveDate)}</dd>
              </div>
              <div>
                <dt>Texte</dt>
                <dd>
                  révision {version.revision.number}, du {formatDateTime(version.revision.createdAt)}
                </dd>
              </div>
            </dl>
            {/* Written when it was proposed: said as such, so that « à valider » in it does not contradict an approval. */}
            {version.note && (
              <p className="version-note">
                <span className="version-note-label">Note de la proposition :</span> {version.note}
              </p>
            )}
            <h4 className="version-trail-title">Étapes</h4>
            <ol className="version-trail">
              {version.events.map((event) => (
                <li key={event.id}>
                  <span className="version-trail-action">{EVENT_ACTIONS[event.action]}</span> le {formatDateTime(event.at)}
                  {event.actor && (
                    <>
                      {' '}
                      par <Person person={event.actor} />
                    </>
                  )}
                  {event.note && event.note !== version.note && <span className="version-trail-note">« {event.note} »</span>}
                </li>
              ))}
            </ol>
            <div className="version-actions">
              <LinkButton size="small" href={version.archivePath ?? revisionPath(version.revision.id)} aria-label={`Lire « ${version.label} »`}>
                <BookOpen aria-hidden="true" size={16} />
                Lire
              </LinkButton>
              {previous && (
                <LinkButton size="small" href={comparePath(documentId, previous.revision.id, version.revision.id)}>
                  <GitCompareArrows aria-hidden="true" size={16} />
                  Comparer avec {versionInSentence(previous)}
                </LinkButton>
              )}
              {version.status === 'PROPOSED' && canApprove && (
                <Button size="small" variant="primary" onPress={() => onDecide('approve', version)} aria-label={`Valider « ${version.label} »`}>
                  <Lock aria-hidden="true" size={16} />
                  Valider
                </Button>
              )}
              {version.status === 'PROPOSED' && canWithdraw && (
                <Button size="small" variant="danger" onPress={() => onDecide('withdraw', version)} aria-label={`Retirer la proposition « ${version.label} »`}>
                  <Undo2 aria-hidden="true" size={16} />
                  Retirer la proposition
                </Button>
              )}
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
