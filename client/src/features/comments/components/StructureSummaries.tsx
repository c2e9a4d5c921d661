import { Link } from 'react-aria-components';
import type { SummaryFieldsFragment } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/EmptyState';
import { StructureBadge } from '../../../ui/StructureBadge';
import { Time } from '../../../ui/Time';
import { quoted } from '../../../ui/quoted';

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;
const shorten = (text: string, length = 220) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/**
 * For each structure: how many discussions it spoke in, open and resolved, in which chapters, and the
 * discussions themselves with what the structure said first in each.
 */
export function StructureSummaries({ summary, showDocument }: { summary: SummaryFieldsFragment; showDocument: boolean }) {
  if (summary.structures.length === 0) {
    return (
      <EmptyState title="Aucune structure ne s’est encore exprimée">
        Les commentaires apparaîtront ici, rangés par structure, dès que quelqu’un en écrira dans un document.
      </EmptyState>
    );
  }
  return (
    <>
      {summary.structures.map((entry, index) => {
        const name = entry.structure?.name ?? 'Structure supprimée';
        const headingId = `summary-structure-${index}`;
        return (
          <section key={entry.structure?.id ?? 'deleted'} className="summary-structure" aria-labelledby={headingId}>
            <h2 className="summary-structure-title" id={headingId}>
              {entry.structure && <StructureBadge structure={entry.structure} />}
              {name}
            </h2>
            <p>
              {plural(entry.openCount, 'discussion ouverte', 'discussions ouvertes')}, {plural(entry.resolvedCount, 'résolue', 'résolues')} ·{' '}
              {plural(entry.commentCount, 'commentaire', 'commentaires')}
            </p>
            <h3>Dans quels chapitres</h3>
            <ul className="summary-chapters">
              {entry.chapters.map((chapter) => (
                <li key={`${chapter.document.id}-${chapter.chapter ?? ''}`}>
                  {showDocument && `${chapter.document.title} › `}
                  {chapter.chapter ?? 'Hors chapitre'} : {plural(chapter.openCount, 'ouverte', 'ouvertes')},{' '}
                  {plural(chapter.resolvedCount, 'résolue', 'résolues')}
                </li>
              ))}
            </ul>
            <h3>{showDocument ? 'Ses discussions les plus récentes' : 'Ses discussions'}</h3>
            <ul className="summary-threads">
              {entry.threads.map((thread) => {
                const said = thread.comments.find((comment) => comment.state === 'VISIBLE' && comment.structure?.id === entry.structure?.id);
                return (
                  <li key={thread.id} className="summary-thread">
                    <Link className="text-link" href={`/d/${thread.document.id}/${thread.document.slug}?discussion=${thread.id}`}>
                      {thread.excerpt ? quoted(shorten(thread.excerpt, 120)) : 'Sur le document entier'}
                    </Link>
                    <p className="muted">
                      {showDocument && `${thread.document.title} · `}
                      {thread.chapter ?? 'Hors chapitre'} · {thread.status === 'OPEN' ? 'Ouverte' : 'Résolue'}
                      {thread.textDeleted && ' · texte supprimé'} · {plural(thread.commentCount, 'commentaire', 'commentaires')} ·{' '}
                      <Time value={thread.lastActivityAt} />
                    </p>
                    {said?.body && (
                      <p>
                        {said.author?.name} : {quoted(shorten(said.body))}
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
