import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DocumentStoreService } from '../../collaboration/document-store.service';
import { badInput } from '../../common/errors';
import { COMMENT_MESSAGES } from '../comments.messages';
import { lockDocumentDiscussions, summariseDocument } from '../summary/summary-rows';
import { DocumentPlaces, type AnchorPlace, type EncodedAnchor } from './document-places';

export const EXCERPT_MAX_LENGTH = 300;

/** The excerpt as shown: one line, at most EXCERPT_MAX_LENGTH characters. */
export function shortExcerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT_MAX_LENGTH ? `${line.slice(0, EXCERPT_MAX_LENGTH - 1).trimEnd()}…` : line;
}

interface StaleDocument {
  id: string;
  signature: string;
}

interface ThreadAnchorRow {
  id: string;
  anchorFrom: string;
  anchorTo: string;
  chapter: string | null;
  chapterIndex: number | null;
  textDeleted: boolean;
}

/**
 * Where discussions sit in their documents. Anchors are Yjs relative positions, so they follow every edit by
 * themselves; what is worked out here, from the stored Yjs state (snapshot and log, see DocumentStoreService), is
 * what people read about them: the chapter, and whether the passage was deleted. Those are kept on the thread and
 * worked out again only for documents that changed since the last time (AnchorCheck).
 */
@Injectable()
export class AnchorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: DocumentStoreService,
  ) {}

  /**
   * Checks a new anchor against the document and tells where it is. Null when it points at text the server has not
   * received yet (written offline a moment ago): it is placed once that text arrives.
   */
  async place(documentId: string, anchor: EncodedAnchor): Promise<AnchorPlace | null> {
    const places = new DocumentPlaces(await this.store.load(documentId));
    try {
      const reading = places.read(anchor);
      if (reading.kind === 'invalid') throw badInput(COMMENT_MESSAGES.anchorUnreadable, 'anchor');
      return reading.kind === 'pending' ? null : reading.place;
    } finally {
      places.destroy();
    }
  }

  /** Brings the places of these documents' discussions up to date with the documents' current text. */
  async refresh(documentIds: string[]): Promise<void> {
    for (const document of await this.staleDocuments(documentIds)) await this.refreshDocument(document);
  }

  /**
   * Documents with anchored discussions whose text changed since their places were worked out. The signature is
   * the last compaction (updatedAt) and the last logged update: either moves whenever the text does.
   */
  private staleDocuments(documentIds: string[]): Promise<StaleDocument[]> {
    if (documentIds.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT d.id, d.signature FROM (
         SELECT d.id, d."updatedAt"::text || '/' || coalesce((SELECT max(u.id) FROM document_update u WHERE u."documentId" = d.id), 0)::text AS signature
         FROM document d
         WHERE d.id = ANY($1::uuid[])
           AND EXISTS (SELECT 1 FROM comment_thread t WHERE t."documentId" = d.id AND t."anchorFrom" IS NOT NULL AND t."deletedAt" IS NULL)
       ) d
       LEFT JOIN comment_anchor_check c ON c."documentId" = d.id
       WHERE c.signature IS DISTINCT FROM d.signature`,
      [documentIds],
    );
  }

  private async refreshDocument({ id, signature }: StaleDocument): Promise<void> {
    const threads: ThreadAnchorRow[] = await this.dataSource.query(
      `SELECT id, "anchorFrom", "anchorTo", chapter, "chapterIndex", "textDeleted" FROM comment_thread
       WHERE "documentId" = $1 AND "anchorFrom" IS NOT NULL AND "deletedAt" IS NULL`,
      [id],
    );
    const places = new DocumentPlaces(await this.store.load(id));
    const changed: ThreadAnchorRow[] = [];
    try {
      for (const thread of threads) {
        const reading = places.read({ from: thread.anchorFrom, to: thread.anchorTo });
        if (reading.kind !== 'placed') continue;
        const { place } = reading;
        const next = {
          ...thread,
          chapter: place.chapter === undefined ? thread.chapter : place.chapter,
          chapterIndex: place.chapterIndex === undefined ? thread.chapterIndex : place.chapterIndex,
          textDeleted: place.textDeleted,
        };
        if (next.chapter !== thread.chapter || next.chapterIndex !== thread.chapterIndex || next.textDeleted !== thread.textDeleted) {
          changed.push(next);
        }
      }
    } finally {
      places.destroy();
    }
    await this.dataSource.transaction(async (manager) => {
      await lockDocumentDiscussions(manager, id);
      if (changed.length) {
        await manager.query(
          `UPDATE comment_thread t SET chapter = v.chapter, "chapterIndex" = v.index, "textDeleted" = v.deleted
           FROM unnest($1::uuid[], $2::text[], $3::int[], $4::boolean[]) AS v(id, chapter, index, deleted)
           WHERE t.id = v.id`,
          [changed.map((t) => t.id), changed.map((t) => t.chapter), changed.map((t) => t.chapterIndex), changed.map((t) => t.textDeleted)],
        );
        await summariseDocument(manager, id);
      }
      await manager.query(
        `INSERT INTO comment_anchor_check ("documentId", signature) VALUES ($1, $2)
         ON CONFLICT ("documentId") DO UPDATE SET signature = EXCLUDED.signature`,
        [id, signature],
      );
    });
  }
}
