import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import { TreeLevelQuery, TreePathQuery } from '../graphql/tree';
import type { TreeLevel, TreeLevels } from '../lib/tree';

/** How many documents of a level are shown at first, and added each time the end of a long level comes into view. */
export const TREE_PAGE = 100;
/** The most the server gives of one level. */
export const TREE_LEVEL_MAX = 1000;

// Levels list DocumentTreeItem, not Document: without this, creating, moving or trashing would not refresh them.
const context = { additionalTypenames: ['Document'] };

type Request = { key: string; kind: 'path'; documentId: string } | { key: string; kind: 'level'; parentId: string | null; first: number };

interface Options {
  slug: string;
  /** The open document: its path comes in one request, before anything else. */
  documentId?: string | null;
  /** Documents whose sub-documents are wanted (unfolded rows, a chosen destination), if their row is shown. */
  open: ReadonlySet<string>;
  /** How many documents to show of a level, when more than TREE_PAGE. */
  sizes: ReadonlyMap<string | null, number>;
}

interface Loaded {
  slug: string;
  /** The latest answer for each level, from whichever request gave it. */
  shown: Map<string | null, TreeLevel>;
  /** The levels of the latest path received, with their own sizes: they need no request of their own. */
  path: Map<string | null, TreeLevel> | null;
  failed: Set<string | null>;
}

const emptyLevel = (parentId: string | null): TreeLevel => ({ parentId, items: [], hasMore: false });

/** The levels to show: the top one, and below each wanted document whose row is itself shown. */
function wantedLevels(shown: ReadonlyMap<string | null, TreeLevel>, open: ReadonlySet<string>): (string | null)[] {
  const wanted: (string | null)[] = [null];
  for (let i = 0; i < wanted.length; i++) {
    for (const item of shown.get(wanted[i])?.items ?? []) {
      if (item.childCount > 0 && open.has(item.id) && !wanted.includes(item.id)) wanted.push(item.id);
    }
  }
  return wanted;
}

/**
 * A space's tree, a level at a time. Each level shown is one urql query kept subscribed, so the document cache
 * refreshes it after any change to a document (a new child makes its parent unfold, a moved document leaves
 * its level); a level already received stays shown while it refreshes.
 */
export function useTreeLevels({ slug, documentId, open, sizes }: Options) {
  const client = useClient();
  const [loaded, setLoaded] = useState<Loaded>(() => ({ slug, shown: new Map(), path: null, failed: new Set() }));
  // Another space: nothing of the previous one may pass for this one's.
  const current = useMemo(() => (loaded.slug === slug ? loaded : { slug, shown: new Map(), path: null, failed: new Set<string | null>() }), [loaded, slug]);
  if (current !== loaded) setLoaded(current);

  const wanted = useMemo(() => wantedLevels(current.shown, open), [current.shown, open]);
  const requests = useMemo((): Request[] => {
    const path: Request[] = documentId ? [{ key: `path:${slug}:${documentId}`, kind: 'path', documentId }] : [];
    // On a document page, its path comes first and in one go.
    if (documentId && !current.path) return path;
    const levels = wanted.flatMap((parentId): Request[] => {
      const first = sizes.get(parentId) ?? TREE_PAGE;
      const fromPath = current.path?.get(parentId);
      if (fromPath && (fromPath.items.length >= first || !fromPath.hasMore)) return [];
      return [{ key: `level:${slug}:${parentId}:${first}`, kind: 'level', parentId, first }];
    });
    return [...path, ...levels];
  }, [documentId, slug, wanted, sizes, current.path]);

  const subscriptions = useRef(new Map<string, { unsubscribe: () => void }>());
  useEffect(() => {
    const received = (levels: TreeLevel[], failedParent: string | null | undefined, isPath: boolean) =>
      setLoaded((previous) => {
        if (previous.slug !== slug) return previous;
        const shown = new Map(previous.shown);
        for (const level of levels) shown.set(level.parentId, level);
        const failed = new Set(previous.failed);
        for (const level of levels) failed.delete(level.parentId);
        if (failedParent !== undefined) failed.add(failedParent);
        const path = isPath && failedParent === undefined ? new Map(levels.map((level) => [level.parentId, level])) : previous.path;
        return { slug, shown, path, failed };
      });
    const subscribe = (request: Request) =>
      request.kind === 'path'
        ? client.query(TreePathQuery, { slug, documentId: request.documentId, first: TREE_PAGE }, context).subscribe(({ data, error }) => {
            if (error) received([], null, true);
            else if (data) received(data.space?.treePath ?? [emptyLevel(null)], undefined, true);
          })
        : client.query(TreeLevelQuery, { slug, parentId: request.parentId, first: request.first }, context).subscribe(({ data, error }) => {
            if (error) received([], request.parentId, false);
            else if (data) received([data.space?.treeLevel ?? emptyLevel(request.parentId)], undefined, false);
          });

    const active = subscriptions.current;
    const keys = new Set(requests.map((request) => request.key));
    for (const [key, subscription] of active) {
      if (!keys.has(key)) {
        subscription.unsubscribe();
        active.delete(key);
      }
    }
    for (const request of requests) if (!active.has(request.key)) active.set(request.key, subscribe(request));
  }, [client, slug, requests]);
  useEffect(() => {
    const active = subscriptions.current;
    return () => {
      for (const subscription of active.values()) subscription.unsubscribe();
      active.clear();
    };
  }, []);

  const levels: TreeLevels = useMemo(
    () => new Map(wanted.flatMap((parentId) => (current.shown.has(parentId) ? [[parentId, current.shown.get(parentId)!] as const] : []))),
    [wanted, current.shown],
  );
  const loading = useMemo(() => new Set(wanted.filter((parentId) => !current.shown.has(parentId) && !current.failed.has(parentId))), [wanted, current]);
  return { levels, loading, failed: current.failed, path: current.path };
}
