import { Injectable } from '@nestjs/common';
import type { JSONContent, StoredBlock } from '@cocon/shared';
import type { EntityManager } from 'typeorm';

const HASH_BYTES = 16;
/** Revisions whose content stays at hand: a revision's content never changes, so a copy never goes stale. */
const CACHED_REVISIONS = 24;

/**
 * Stores revision contents block by block (top-level blocks, as canonical JSON named by its md5): a block that a
 * thousand revisions share is written once. Blocks are immutable (a trigger refuses updates), so a frozen
 * revision's content can never change under it.
 */
@Injectable()
export class RevisionContentStore {
  private readonly cache = new Map<string, string>();

  /** What a revision row keeps of its content: the blocks' hashes (the diff worker computes them), in order. */
  hashesOf(blocks: StoredBlock[]): Buffer {
    return Buffer.from(blocks.map((block) => block.hash).join(''), 'hex');
  }

  /** Writes the blocks not stored yet: those that come with their JSON (the others the previous revision has). */
  async save(manager: EntityManager, documentId: string, blocks: StoredBlock[]): Promise<void> {
    const unique = [...new Map(blocks.filter((block) => block.json !== undefined).map((block) => [block.hash, block])).values()];
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      await manager.query(
        `INSERT INTO revision_block ("documentId", hash, content)
         SELECT $1, decode(t.hash, 'hex'), t.content::jsonb FROM unnest($2::text[], $3::text[]) AS t(hash, content)
         ON CONFLICT DO NOTHING`,
        [documentId, chunk.map((block) => block.hash), chunk.map((block) => block.json)],
      );
    }
  }

  async load(manager: EntityManager, documentId: string, hashes: Buffer): Promise<JSONContent> {
    return JSON.parse(await this.loadText(manager, documentId, hashes)) as JSONContent;
  }

  /**
   * The content as JSON text, never parsed here: what the diff worker is given, so the parsing happens there.
   * `revisionId` names the revision it belongs to, for the cache.
   */
  async loadText(manager: EntityManager, documentId: string, hashes: Buffer, revisionId?: string): Promise<string> {
    const cached = revisionId ? this.cache.get(revisionId) : undefined;
    if (cached !== undefined) return cached;
    const order = this.hexHashes(hashes);
    const rows: { hash: string; content: string }[] = order.length
      ? await manager.query(
          `SELECT encode(hash, 'hex') AS hash, content::text AS content FROM revision_block
           WHERE "documentId" = $1 AND hash IN (SELECT decode(h, 'hex') FROM unnest($2::text[]) AS h)`,
          [documentId, [...new Set(order)]],
        )
      : [];
    const byHash = new Map(rows.map((row) => [row.hash, row.content]));
    const text = `{"type":"doc","content":[${order.map((hash) => byHash.get(hash)!).join(',')}]}`;
    if (revisionId) {
      this.cache.set(revisionId, text);
      if (this.cache.size > CACHED_REVISIONS) this.cache.delete(this.cache.keys().next().value!);
    }
    return text;
  }

  private hexHashes(hashes: Buffer): string[] {
    const order: string[] = [];
    for (let i = 0; i < hashes.length; i += HASH_BYTES) order.push(hashes.subarray(i, i + HASH_BYTES).toString('hex'));
    return order;
  }
}
