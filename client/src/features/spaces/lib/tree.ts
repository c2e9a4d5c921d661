/** A document as the space's flat tree list gives it. */
export interface FlatItem {
  id: string;
  title: string;
  slug: string;
  parentId: string | null;
  position: number;
}

export interface TreeNode extends FlatItem {
  level: number;
  children: TreeNode[];
}

const byPosition = (a: FlatItem, b: FlatItem) => a.position - b.position || a.title.localeCompare(b.title, 'fr');

/** Nests the flat list; a document whose parent is missing from the list shows at the top rather than vanish. */
export function buildTree(items: readonly FlatItem[]): TreeNode[] {
  const ids = new Set(items.map((item) => item.id));
  const grouped = new Map<string | null, FlatItem[]>();
  for (const item of items) {
    const parent = item.parentId && ids.has(item.parentId) ? item.parentId : null;
    grouped.set(parent, [...(grouped.get(parent) ?? []), item]);
  }
  const build = (parentId: string | null, level: number): TreeNode[] =>
    (grouped.get(parentId) ?? [])
      .sort(byPosition)
      .map((item) => ({ ...item, level, children: build(item.id, level + 1) }));
  return build(null, 1);
}

/** Every node, depth first, in reading order. */
export function flatten(nodes: readonly TreeNode[]): TreeNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** The children of a parent (null = top of the space), in order. */
export function childrenOf(items: readonly FlatItem[], parentId: string | null): FlatItem[] {
  return items.filter((item) => (item.parentId ?? null) === parentId).sort(byPosition);
}

/** The ids of a document and of everything below it: places it cannot be moved into. */
export function subtreeIds(items: readonly FlatItem[], id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const item of items) {
      if (item.parentId && found.has(item.parentId) && !found.has(item.id)) {
        found.add(item.id);
        grew = true;
      }
    }
  }
  return found;
}

/** The ids of a document's ancestors, nearest last. */
export function ancestorIds(items: readonly FlatItem[], id: string): string[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const chain: string[] = [];
  let current = byId.get(id)?.parentId ?? null;
  while (current && !chain.includes(current)) {
    chain.unshift(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return chain;
}

export interface MoveTarget {
  parentId: string | null;
  /** Rank among the new siblings, the moved document left out (what `moveDocument` expects). */
  position: number;
}

/** Where a document lands when dropped before, after or on another one. */
export function dropTarget(
  items: readonly FlatItem[],
  movedId: string,
  targetId: string,
  dropPosition: 'before' | 'after' | 'on',
): MoveTarget | null {
  if (subtreeIds(items, movedId).has(targetId)) return null;
  if (dropPosition === 'on') {
    return { parentId: targetId, position: childrenOf(items, targetId).filter((item) => item.id !== movedId).length };
  }
  const target = items.find((item) => item.id === targetId);
  if (!target) return null;
  const parentId = target.parentId ?? null;
  const siblings = childrenOf(items, parentId).filter((item) => item.id !== movedId);
  const index = siblings.findIndex((item) => item.id === targetId);
  return { parentId, position: dropPosition === 'before' ? index : index + 1 };
}

/** One step up or down among the same siblings; null at either end. */
export function stepTarget(items: readonly FlatItem[], id: string, step: -1 | 1): MoveTarget | null {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) return null;
  const parentId = item.parentId ?? null;
  const siblings = childrenOf(items, parentId);
  const index = siblings.findIndex((candidate) => candidate.id === id);
  const position = index + step;
  if (index < 0 || position < 0 || position >= siblings.length) return null;
  return { parentId, position };
}

export const documentPath = (doc: { id: string; slug: string }) => (doc.slug ? `/d/${doc.id}/${doc.slug}` : `/d/${doc.id}`);
