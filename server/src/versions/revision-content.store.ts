import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalJSON, type JSONContent } from '@cocon/shared';
import type { EntityManager } from 'typeorm';

const HASH_BYTES = 16;

/** A document's content cut into its top-level blocks, each named by the hash of its JSON. */
export interface SplitContent {
  /** The hashes in order, concatenated: what a revision row keeps. */
  hashes: Buffer;
  blocks: { hash: string; json: string }[];
}

/**
 * Stores revision contents block by block: a block that a thousand revisions share is written once. Blocks are
 * immutable (a trigger refuses updates), so a frozen revision's content can never change under it.
 */
@Injectable()
export class RevisionContentStore {
  split(content: JSONContent): SplitContent {
    const blocks = (content.content ?? []).map((block) => {
      const json = canonicalJSON(block);
      return { hash: createHash('md5').update(json).digest('hex'), json };
    });
    return { hashes: Buffer.from(blocks.map((block) => block.hash).join(''), 'hex'), blocks };
  }

  async save(manager: EntityManager, documentId: string, { blocks }: SplitContent): Promise<void> {
    const unique = [...new Map(blocks.map((block) => [block.hash, block])).values()];
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

  /** The content as JSON text, never parsed here: what the diff worker is given, so the parsing happens there. */
  async loadText(manager: EntityManager, documentId: string, hashes: Buffer): Promise<string> {
    const order: string[] = [];
    for (let i = 0; i < hashes.length; i += HASH_BYTES) order.push(hashes.subarray(i, i + HASH_BYTES).toString('hex'));
    const rows: { hash: string; content: string }[] = order.length
      ? await manager.query(
          `SELECT encode(hash, 'hex') AS hash, content::text AS content FROM revision_block
           WHERE "documentId" = $1 AND hash IN (SELECT decode(h, 'hex') FROM unnest($2::text[]) AS h)`,
          [documentId, [...new Set(order)]],
        )
      : [];
    const byHash = new Map(rows.map((row) => [row.hash, row.content]));
    return `{"type":"doc","content":[${order.map((hash) => byHash.get(hash)!).join(',')}]}`;
  }
}
