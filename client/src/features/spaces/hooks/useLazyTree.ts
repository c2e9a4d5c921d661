import { useMemo, useState } from 'react';
import type { Key } from 'react-aria-components';
import { buildTree } from '../lib/tree';
import { TREE_LEVEL_MAX, TREE_PAGE, useTreeLevels } from './useTreeLevels';

interface Options {
  slug: string;
  /** The open document: its parents and itself unfold by themselves. */
  documentId?: string | null;
  /** A document whose sub-documents are needed without unfolding it (the destination chosen in « Déplacer »). */
  alsoLoad?: string | null;
}

/**
 * What a tree of a space needs: the rows unfolded, their levels loaded on demand, a loading state per level.
 * Two things unfold by themselves, once (what the person folds afterwards stays folded): the path to the open
 * document, and a document alone on its level, so that a space holding one master document shows its chapters.
 */
export function useLazyTree({ slug, documentId, alsoLoad }: Options) {
  const [expanded, setExpanded] = useState<Set<Key>>(() => new Set());
  const [sizes, setSizes] = useState<ReadonlyMap<string | null, number>>(() => new Map());
  const [unfoldedPathOf, setUnfoldedPathOf] = useState<string | null>(null);
  const [unfoldedAlone, setUnfoldedAlone] = useState<ReadonlySet<string>>(() => new Set());

  const open = useMemo(() => new Set([...expanded].map(String).concat(alsoLoad ? [alsoLoad] : [])), [expanded, alsoLoad]);
  const { levels, loading, failed, path } = useTreeLevels({ slug, documentId, open, sizes });

  const unfold: string[] = [];
  // The levels of a path are keyed by the documents they hang from: the open document is the last of them.
  if (documentId && documentId !== unfoldedPathOf && path?.has(documentId)) {
    setUnfoldedPathOf(documentId);
    unfold.push(...[...path.keys()].filter((key): key is string => key !== null));
  }
  const alone = [...levels.values()].flatMap((level) =>
    level.items.length === 1 && level.items[0].childCount > 0 && !unfoldedAlone.has(level.items[0].id) ? [level.items[0].id] : [],
  );
  if (alone.length > 0) {
    setUnfoldedAlone(new Set([...unfoldedAlone, ...alone]));
    unfold.push(...alone);
  }
  if (unfold.length > 0) setExpanded(new Set([...expanded, ...unfold]));

  const tree = useMemo(() => buildTree(levels), [levels]);
  /** Shows more of a long level, when its end comes into view. */
  const showMore = (parentId: string | null) =>
    setSizes((previous) => new Map(previous).set(parentId, Math.min((previous.get(parentId) ?? TREE_PAGE) + TREE_PAGE, TREE_LEVEL_MAX)));
  return { tree, levels, loading, failed, expanded, setExpanded, showMore };
}
