/** One line of a document's history: a revision of its text, or a change of title, place or trash. */
export type TimelineItem<R, E> = { kind: 'revision'; at: number; revision: R } | { kind: 'event'; at: number; event: E };

interface Slice<R, E> {
  revisions: R[];
  events: E[];
  /** Events at or after this moment belong to a newer slice (null: the newest). */
  newerThan: number | null;
  /** Events before this moment belong to an older slice, not loaded yet (null: this is the oldest). */
  olderThan: number | null;
}

/**
 * Newest first, the revisions of one page of the history and the events that fall between its revisions: a
 * rename appears where it happened, between the revisions taken before and after it.
 */
export function timelineSlice<R extends { createdAt: string }, E extends { at: string }>({
  revisions,
  events,
  newerThan,
  olderThan,
}: Slice<R, E>): TimelineItem<R, E>[] {
  const items: TimelineItem<R, E>[] = revisions.map((revision) => ({ kind: 'revision', at: Date.parse(revision.createdAt), revision }));
  for (const event of events) {
    const at = Date.parse(event.at);
    if ((newerThan === null || at < newerThan) && (olderThan === null || at >= olderThan)) items.push({ kind: 'event', at, event });
  }
  // Stable: a revision and an event of the same moment keep the revision first.
  return items.sort((a, b) => b.at - a.at);
}
