import type { ApiClient } from './api-client';

export interface TreeItem {
  id: string;
  title: string;
  parentId: string | null;
  position: number;
  childCount: number;
}

const LEVEL = `query ($slug: String!, $parentId: ID, $first: Int) {
  space(slug: $slug) { treeLevel(parentId: $parentId, first: $first) { parentId hasMore items { id title parentId position childCount } } }
}`;

/** One level of a space's tree as a client reads it (null: the space is not readable). */
export async function readLevel(client: ApiClient, slug: string, parentId: string | null = null, first?: number) {
  const { space } = await client.ok(LEVEL, { slug, parentId, first });
  return space?.treeLevel as { parentId: string | null; hasMore: boolean; items: TreeItem[] } | undefined;
}

/**
 * The whole live tree, read the way the client opens it: level by level, going down only where `childCount`
 * says there is something. Checks on the way that each count matches the level it announces.
 */
export async function readWholeTree(client: ApiClient, slug: string): Promise<TreeItem[]> {
  const found: TreeItem[] = [];
  const parents: (string | null)[] = [null];
  while (parents.length) {
    const parentId = parents.shift()!;
    const level = await readLevel(client, slug, parentId, 1000);
    if (!level) throw new Error(`space ${slug} is not readable`);
    const announced = found.find((item) => item.id === parentId)?.childCount;
    if (announced !== undefined && announced !== level.items.length) {
      throw new Error(`${parentId} announced ${announced} sub-documents, its level has ${level.items.length}`);
    }
    found.push(...level.items);
    parents.push(...level.items.filter((item) => item.childCount > 0).map((item) => item.id));
  }
  return found;
}
