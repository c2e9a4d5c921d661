import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { useClient, useQuery } from 'urql';
import type { CommentEventsSubscription as CommentEvent, CommentFilterInput, ThreadFieldsFragment } from '../../../gql/graphql';
import { onLiveReconnected } from '../../notifications/lib/liveExchange';
import { CommentEventsSubscription, CommentThreadsQuery } from '../graphql/threads';
import { describeEvent } from '../lib/commentText';

export type Thread = ThreadFieldsFragment;

export interface ThreadFilter {
  status: 'OPEN' | 'RESOLVED' | 'ALL';
  structureId: string | null;
  authorId: string | null;
  /** A chapter's title; '' for « hors chapitre »; null for every chapter. */
  chapter: string | null;
  search: string;
}

const NONE: Thread[] = [];

export const NO_FILTER: ThreadFilter = { status: 'OPEN', structureId: null, authorId: null, chapter: null, search: '' };

const toInput = (filter: ThreadFilter): CommentFilterInput => ({
  status: filter.status,
  structureIds: filter.structureId ? [filter.structureId] : null,
  authorIds: filter.authorId ? [filter.authorId] : null,
  chapter: filter.chapter,
  search: filter.search.trim() || null,
});

/** Whether a discussion received live belongs in the list shown, as far as the browser can tell. */
function fits(thread: Thread, filter: ThreadFilter): boolean {
  if (filter.status !== 'ALL' && thread.status !== filter.status) return false;
  if (filter.chapter !== null && (thread.chapter ?? '') !== filter.chapter) return false;
  const live = thread.comments.filter((comment) => comment.state !== 'DELETED');
  if (filter.structureId && !live.some((comment) => comment.structure?.id === filter.structureId)) return false;
  if (filter.authorId && !live.some((comment) => comment.author?.id === filter.authorId)) return false;
  return true;
}

type LiveAction = { event: CommentEvent['commentEvents']; base: Thread[] | undefined; filter: ThreadFilter };

/** One live event applied to the list it was received on (a fresh answer from the server starts a new list). */
function applyEvent(state: LiveState, { event, base, filter }: LiveAction): LiveState {
  const start = state.base === base ? state.threads : (base ?? NONE);
  const { threadId, thread } = event;
  const known = start.some((candidate) => candidate.id === threadId);
  const threads =
    thread && fits(thread, filter)
      ? known
        ? start.map((candidate) => (candidate.id === threadId ? thread : candidate))
        : [...start, thread]
      : start.filter((candidate) => candidate.id !== threadId);
  return { base, threads, changes: state.changes + 1 };
}

interface LiveState {
  base: Thread[] | undefined;
  threads: Thread[];
  changes: number;
}

/**
 * The discussions of a document, as the server filters them, kept up to date live: each event replaces,
 * adds or removes one discussion at once; the list is read again after the connection came back, and after an
 * event when a word search is on (the browser cannot tell whether a new comment matches it as the server would).
 * `announce` receives what others just did, in words, for the page's live region.
 */
export function useCommentThreads(documentId: string, filter: ThreadFilter, myId: string, announce: (message: string) => void) {
  const client = useClient();
  const variables = useMemo(() => ({ documentId, filter: toInput(filter) }), [documentId, filter]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CommentThreadsQuery, variables, requestPolicy: 'cache-and-network' });
  const loaded = data?.commentThreads;
  const [live, dispatch] = useReducer(applyEvent, { base: undefined, threads: NONE, changes: 0 });
  const threads = loaded && live.base === loaded ? live.threads : (loaded ?? NONE);

  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => onLiveReconnected(refresh), [refresh]);

  // What the event handler needs to read when an event arrives, without subscribing again.
  const latest = useRef({ loaded, filter, announce, myId, refresh });
  useEffect(() => {
    latest.current = { loaded, filter, announce, myId, refresh };
  });

  useEffect(() => {
    const subscription = client.subscription(CommentEventsSubscription, { documentId }).subscribe((result) => {
      const event = result.data?.commentEvents;
      if (!event) return;
      const current = latest.current;
      dispatch({ event, base: current.loaded, filter: current.filter });
      if (event.actor && event.actor.id !== current.myId) current.announce(describeEvent(event.kind, event.actor.name, event.thread, event.commentId));
      if (current.filter.search.trim()) current.refresh();
    });
    return () => subscription.unsubscribe();
  }, [client, documentId]);

  return { threads, loading: fetching && !loaded, error, refresh, liveChanges: live.changes };
}
