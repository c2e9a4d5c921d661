import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { documentJSONToYUpdate, documentToText, readableDocument, yDocToDocumentJSON, type DocumentInput } from '@cocon/shared';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { LOGGER } from '../common/logger';
import { storableDocument } from './storable-content';
import { Document } from '../documents/document.entity';
import { DocumentMentionsService } from '../notifications/document-mentions.service';
import { NotificationsService } from '../notifications/notifications.service';

interface LogEntry {
  id: string;
  update: Uint8Array;
}

/** At most this many updates are written by one statement. */
const MAX_APPEND_BATCH = 500;

/**
 * Where live documents are kept: a snapshot (the Yjs state, with the JSON and the text read from it) plus a
 * log of the updates received since. Loading applies both; compaction folds the log into the snapshot.
 */
@Injectable()
export class DocumentStoreService {
  private readonly appendQueue: { documentId: string; update: Buffer; resolve: (id: string) => void; reject: (error: unknown) => void }[] = [];
  private appending = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly mentions: DocumentMentionsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The whole state of a document. The first time, it is made from the stored JSON, once for all instances. */
  async load(documentId: string): Promise<Uint8Array> {
    return (await this.open(documentId)).state;
  }

  /**
   * The whole state, and the ids of the log entries it holds: the next compaction, which writes them into the
   * snapshot, deletes them too (those of a server that stopped before compacting would otherwise stay forever).
   */
  async open(documentId: string): Promise<{ state: Uint8Array; logIds: string[] }> {
    let stored = await this.stored(documentId);
    if (!stored.snapshot) {
      const document = await this.dataSource.manager.findOneByOrFail(Document, { id: documentId });
      // Written only if no other instance did it first, so that every instance starts from the same items.
      await this.dataSource
        .createQueryBuilder()
        .update(Document)
        .set({ ydoc: Buffer.from(documentJSONToYUpdate(document.content)), updatedAt: () => '"updatedAt"' })
        .where('id = :id AND ydoc IS NULL', { id: documentId })
        .execute();
      stored = await this.stored(documentId);
    }
    const { snapshot, log } = stored;
    if (!log.length) return { state: snapshot!, logIds: [] };
    try {
      return { state: Y.mergeUpdates([snapshot!, ...log.map((entry) => entry.update)]), logIds: log.map((entry) => entry.id) };
    } catch {
      return this.mergeReadable(documentId, snapshot!, log);
    }
  }

  /**
   * The snapshot and every log entry that can be read, applied one at a time; the others are moved to
   * quarantined_update, so that one damaged entry never keeps a document from opening (nor costs this slow path again).
   */
  private async mergeReadable(documentId: string, snapshot: Uint8Array, log: LogEntry[]): Promise<{ state: Uint8Array; logIds: string[] }> {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot);
    const unreadable: { entry: LogEntry; problem: string }[] = [];
    for (const entry of log) {
      try {
        // Decoded whole first: applying stops at the first bad byte, after the part before it is applied.
        Y.decodeUpdate(entry.update);
        Y.applyUpdate(doc, entry.update);
      } catch (error) {
        unreadable.push({ entry, problem: (error as Error).message });
      }
    }
    const state = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    const ids = unreadable.map(({ entry }) => entry.id);
    const logIds = log.map((entry) => entry.id).filter((id) => !ids.includes(id));
    if (!ids.length) return { state, logIds };
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO quarantined_update (id, "documentId", update, problem, "receivedAt")
         SELECT u.id, u."documentId", u.update, p.problem, u."createdAt"
         FROM document_update u JOIN unnest($1::bigint[], $2::text[]) AS p(id, problem) ON p.id = u.id
         ON CONFLICT (id) DO NOTHING`,
        [ids, unreadable.map(({ problem }) => problem)],
      );
      await manager.query('DELETE FROM document_update WHERE id = ANY($1::bigint[])', [ids]);
    });
    this.logger.warn(
      { documentId, quarantined: ids, problems: [...new Set(unreadable.map(({ problem }) => problem))] },
      'Unreadable entries of the update log set aside in quarantined_update: the document opens with everything else',
    );
    return { state, logIds };
  }

  /**
   * The document as it stands, every acknowledged change included, for the diff worker to read: its live Yjs
   * state, or the stored JSON text when it was never opened in the editor. Nothing is parsed here.
   */
  async current(documentId: string): Promise<DocumentInput> {
    const [row] = await this.dataSource.query(
      `SELECT ydoc IS NULL AS "neverOpened", content::text AS content,
              EXISTS (SELECT 1 FROM document_update WHERE "documentId" = $1) AS "hasLog"
       FROM document WHERE id = $1`,
      [documentId],
    );
    if (row.neverOpened && !row.hasLog) return row.content as string;
    return { yjs: await this.load(documentId) };
  }

  /**
   * Appends one update to the log; returns its id once it is durable. Updates that arrive while a write is under
   * way go together in the next one: one statement of many rows costs the database little more than one row, so
   * many people typing at once do not queue behind one insert each.
   */
  append(documentId: string, update: Uint8Array): Promise<string> {
    return new Promise((resolve, reject) => {
      this.appendQueue.push({ documentId, update: Buffer.from(update), resolve, reject });
      // Written on the next turn of the event loop, once the messages already received have queued theirs too: the
      // embedded database runs on this thread, so without that pause every write would go alone.
      if (!this.appending) {
        this.appending = true;
        setImmediate(() => void this.writeAppends());
      }
    });
  }

  private async writeAppends(): Promise<void> {
    while (this.appendQueue.length) {
      const batch = this.appendQueue.splice(0, MAX_APPEND_BATCH);
      try {
        // Ids follow the order of the rows (ORDER BY n), so the sorted ids match the batch one for one.
        const rows: { id: string }[] = await this.dataSource.query(
          `INSERT INTO document_update ("documentId", update)
           SELECT t.document, t.update FROM unnest($1::uuid[], $2::bytea[]) WITH ORDINALITY AS t(document, update, n) ORDER BY t.n
           RETURNING id`,
          [batch.map((entry) => entry.documentId), batch.map((entry) => entry.update)],
        );
        const ids = rows.map((row) => BigInt(row.id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        batch.forEach((entry, index) => entry.resolve(String(ids[index])));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.appending = false;
  }

  /**
   * Folds a document's state into its snapshot, merged with what is stored (another instance may have stored
   * updates this one has not seen yet), then deletes the log entries that the snapshot now holds. People mentioned
   * in the text for the first time are told.
   */
  async compact(documentId: string, state: Uint8Array, appliedUpdateIds: string[], editorId: string | null): Promise<void> {
    const notified = await this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query('SELECT ydoc FROM document WHERE id = $1 FOR UPDATE', [documentId]);
      if (!row) return [];
      const merged = row.ydoc ? Y.mergeUpdates([new Uint8Array(row.ydoc), state]) : state;
      const doc = new Y.Doc();
      Y.applyUpdate(doc, merged);
      // What readers get never holds what the editor could not have written (states stored before updates were
      // checked), nor what the database cannot store, and never stops following the edits because of it.
      const content = storableDocument(readableDocument(yDocToDocumentJSON(doc)));
      doc.destroy();
      await manager.update(
        Document,
        { id: documentId },
        { ydoc: Buffer.from(merged), content, text: documentToText(content), ...(editorId ? { updatedById: editorId } : {}) },
      );
      // One array parameter rather than thousands of them: after ten seconds of many people typing, the list is long.
      if (appliedUpdateIds.length) await manager.query('DELETE FROM document_update WHERE id = ANY($1::bigint[])', [appliedUpdateIds]);
      return this.mentions.notifyNew(manager, documentId, content, editorId);
    });
    await this.notifications.announce(notified);
  }

  /**
   * The snapshot and the log read by one statement, so that both come from the same moment: read one after the
   * other, a compaction committing in between (on another instance, say) would hide the updates it folded in.
   */
  private async stored(documentId: string): Promise<{ snapshot: Uint8Array | null; log: LogEntry[] }> {
    const [row] = await this.dataSource.query(
      `SELECT d.ydoc,
              coalesce((SELECT array_agg(u.id::text ORDER BY u.id) FROM document_update u WHERE u."documentId" = d.id), '{}') AS ids,
              coalesce((SELECT array_agg(u.update ORDER BY u.id) FROM document_update u WHERE u."documentId" = d.id), '{}') AS log
       FROM document d WHERE d.id = $1`,
      [documentId],
    );
    const ids = (row?.ids ?? []) as string[];
    const log = ((row?.log ?? []) as Buffer[]).map((update, index) => ({ id: ids[index], update: new Uint8Array(update) }));
    return { snapshot: row?.ydoc ? new Uint8Array(row.ydoc) : null, log };
  }
}
