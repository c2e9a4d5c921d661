import type { TreeLevelFieldsFragment } from '../../../gql/graphql';

/** A document as a level of the tree gives it, with its count of sub-documents. */
export type TreeItem = TreeLevelFieldsFragment['items'][number];

/** The documents under one parent (null: the top of the space), in order; more may follow the loaded ones. */
export type TreeLevel = TreeLevelFieldsFragment;

/** The levels loaded so far, by parent (null: the top of the space). */
export type TreeLevels = ReadonlyMap<string | null, TreeLevel>;

export interface TreeNode extends TreeItem {
  level: number;
  /** Its sub-documents once their level is loaded; null until then. */
  children: TreeNode[] | null;
  /** Sub-documents follow the loaded ones. */
  hasMore: boolean;
}

/**
 * Nests the loaded levels from the top. While levels refresh one by one after a move, a document may briefly sit
 * in two of them: it shows once, where it is met first, and never under itself.
 */
export function buildTree(levels: TreeLevels): TreeNode[] {
  const placed = new Set<string>();
  const build = (parentId: string | null, level: number): TreeNode[] => {
    const items = (levels.get(parentId)?.items ?? []).filter((item) => !placed.has(item.id));
    for (const item of items) placed.add(item.id);
    return items.map((item) => {
      const below = levels.get(item.id);
      return { ...item, level, children: below ? build(item.id, level + 1) : null, hasMore: below?.hasMore ?? false };
    });
  };
  return build(null, 1);
}

export function findItem(levels: TreeLevels, id: string): TreeItem | undefined {
  for (const level of levels.values()) {
    const found = level.items.find((item) => item.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The loaded documents under a parent (null = top of the space), in order. */
export function childrenOf(levels: TreeLevels, parentId: string | null): TreeItem[] {
  return levels.get(parentId)?.items ?? [];
}

/** The ids of a document and of everything loaded below it: places it cannot be moved into. */
export function subtreeIds(levels: TreeLevels, id: string): Set<string> {
  const found = new Set([id]);
  const pending = [id];
  while (pending.length) {
    for (const item of childrenOf(levels, pending.pop()!)) {
      if (!found.has(item.id)) {
        found.add(item.id);
        pending.push(item.id);
      }
    }
  }
  return found;
}

export interface MoveTarget {
  parentId: string | null;
  /** Rank among the new siblings, the moved document left out (what `moveDocument` expects). */
  position: number;
}

/** How many live documents a parent holds, the moved one left out: the rank that puts a document last. */
function endOf(levels: TreeLevels, parentId: string, movedId: string): number {
  const parent = findItem(levels, parentId);
  const count = parent?.childCount ?? childrenOf(levels, parentId).length;
  return findItem(levels, movedId)?.parentId === parentId ? count - 1 : count;
}

/** Where a document lands when dropped before, after or on another one (on: last among its sub-documents). */
export function dropTarget(levels: TreeLevels, movedId: string, targetId: string, dropPosition: 'before' | 'after' | 'on'): MoveTarget | null {
  if (subtreeIds(levels, movedId).has(targetId)) return null;
  if (dropPosition === 'on') return { parentId: targetId, position: endOf(levels, targetId, movedId) };
  const target = findItem(levels, targetId);
  if (!target) return null;
  const parentId = target.parentId ?? null;
  const siblings = childrenOf(levels, parentId).filter((item) => item.id !== movedId);
  const index = siblings.findIndex((item) => item.id === targetId);
  return { parentId, position: dropPosition === 'before' ? index : index + 1 };
}

/** One step up or down among the same siblings; null at either end (the end of a level partly loaded included). */
export function stepTarget(levels: TreeLevels, id: string, step: -1 | 1): MoveTarget | null {
  const item = findItem(levels, id);
  if (!item) return null;
  const parentId = item.parentId ?? null;
  const level = levels.get(parentId);
  const siblings = level?.items ?? [];
  const index = siblings.findIndex((candidate) => candidate.id === id);
  const position = index + step;
  const last = siblings.length - 1 + (level?.hasMore ? 1 : 0);
  if (index < 0 || position < 0 || position > last) return null;
  return { parentId, position };
}

export const documentPath = (doc: { id: string; slug: string }) => (doc.slug ? `/d/${doc.id}/${doc.slug}` : `/d/${doc.id}`);
