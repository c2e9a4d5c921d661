import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BlockLineage, JSONContent } from '@cocon/shared';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { DocumentStoreService } from '../collaboration/document-store.service';
import { Document } from '../documents/document.entity';
import { User } from '../users/user.entity';
import { DiffWorker } from './diff-worker.service';
import { RevisionContentStore } from './revision-content.store';
import { Revision, type RevisionCause } from './revision.entity';

/** Revisions taken by the schedule, which are skipped when nothing changed since the previous one. */
const AUTOMATIC: RevisionCause[] = ['QUIET', 'INTERVAL', 'LAST_EDITOR_LEFT'];

export interface TakeRevisionOptions {
  cause: RevisionCause;
  name?: string | null;
  /** The person who asked for it (a name, a restoration, a proposal): counted among its contributors. */
  actorId?: string | null;
  restoredFromNumber?: number | null;
  /** The content to record, when it is not the document's current one (demo history, imports). */
  content?: JSONContent;
  /** For content written before Cocon: the people who wrote it and when. */
  contributorIds?: string[];
  at?: Date;
}

const unflatten = (flat: number[]): BlockLineage[] => Array.from({ length: flat.length / 2 }, (_, i) => ({ origin: flat[2 * i], changed: flat[2 * i + 1] }));

/**
 * Takes and reads the revisions of documents. A revision is computed outside any transaction (the comparison runs
 * in the diff worker), then written in one short transaction that makes sure no other revision came in between.
 */
@Injectable()
export class RevisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: DocumentStoreService,
    private readonly contents: RevisionContentStore,
    private readonly worker: DiffWorker,
    private readonly clock: Clock,
  ) {}

  /** Records the document as it stands; null when an automatic revision finds nothing new. */
  async take(documentId: string, options: TakeRevisionOptions): Promise<Revision | null> {
    const now = options.at ?? this.clock.now();
    const content = options.content ? JSON.stringify(options.content) : await this.store.current(documentId);
    for (let attempt = 0; attempt < 5; attempt++) {
      const previous = await this.latestWithContent(documentId);
      const number = (previous?.revision.number ?? 0) + 1;
      const described = await this.worker.run({
        kind: 'revision',
        before: previous?.content ?? null,
        lineage: previous ? unflatten(previous.revision.lineage) : [],
        after: content,
        revision: number,
      });
      const hashes = this.contents.hashesOf(described.blocks);
      if (previous && AUTOMATIC.includes(options.cause) && previous.revision.blockHashes.equals(hashes)) {
        await this.dataSource.transaction((manager) => this.consumeActivity(manager, documentId, now));
        return null;
      }
      const saved = await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`revision:${documentId}`]);
        const latest = await manager.maximum(Revision, 'number', { documentId });
        if ((latest ?? 0) !== number - 1) return null; // another instance took one meanwhile: start again from it
        const contributorIds = new Set([...(options.contributorIds ?? []), ...(await this.consumeActivity(manager, documentId, now))]);
        if (options.actorId) contributorIds.add(options.actorId);
        const people = contributorIds.size ? await manager.findBy(User, { id: In([...contributorIds]) }) : [];
        const { title } = await manager.findOneByOrFail(Document, { id: documentId });
        await this.contents.save(manager, documentId, described.blocks);
        return manager.save(
          manager.create(Revision, {
            documentId,
            number,
            createdAt: now,
            cause: options.cause,
            name: options.name ?? null,
            title,
            blockHashes: hashes,
            lineage: described.lineage.flatMap(({ origin, changed }) => [origin, changed]),
            wordCount: described.wordCount,
            changes: described.changes,
            contributorIds: people.map((person) => person.id),
            structureIds: [...new Set(people.map((person) => person.structureId))],
            restoredFromNumber: options.restoredFromNumber ?? null,
            createdById: options.actorId ?? null,
          }),
        );
      });
      if (saved) return saved;
    }
    throw new Error(`Could not take a revision of ${documentId}: too many concurrent revisions`);
  }

  /** The content of a revision, exactly as it was. */
  async content(revision: Revision): Promise<JSONContent> {
    return JSON.parse(await this.contentText(revision)) as JSONContent;
  }

  /** The same as JSON text, for the diff worker. */
  async contentText(revision: Revision): Promise<string> {
    const manager = this.dataSource.manager;
    const { blockHashes } = await manager.findOneOrFail(Revision, { where: { id: revision.id }, select: { id: true, blockHashes: true } });
    return this.contents.loadText(manager, revision.documentId, blockHashes, revision.id);
  }

  /** Paragraph by paragraph, the revision numbers of origin and of last change (see BlockLineage). */
  async lineage(revision: Revision): Promise<BlockLineage[]> {
    const { lineage } = await this.dataSource.manager.findOneOrFail(Revision, { where: { id: revision.id }, select: { id: true, lineage: true } });
    return unflatten(lineage);
  }

  latest(documentId: string): Promise<Revision | null> {
    return this.dataSource.manager.findOne(Revision, { where: { documentId }, order: { number: 'DESC' } });
  }

  /** The people credited since the last revision (their activity is then cleared), up to `until`. */
  private async consumeActivity(manager: EntityManager, documentId: string, until: Date): Promise<string[]> {
    const rows: { userId: string }[] = await manager.query(
      `WITH consumed AS (DELETE FROM document_activity WHERE "documentId" = $1 AND "lastAt" <= $2 RETURNING "userId")
       SELECT "userId" FROM consumed`,
      [documentId, until],
    );
    return rows.map((row) => row.userId);
  }

  private async latestWithContent(documentId: string): Promise<{ revision: Revision; content: string } | null> {
    const revision = await this.dataSource.manager
      .createQueryBuilder(Revision, 'revision')
      .addSelect(['revision.blockHashes', 'revision.lineage'])
      .where('revision.documentId = :documentId', { documentId })
      .orderBy('revision.number', 'DESC')
      // getOne() alone would read every revision (and its hashes) to keep the first.
      .limit(1)
      .getOne();
    if (!revision) return null;
    return { revision, content: await this.contents.loadText(this.dataSource.manager, documentId, revision.blockHashes, revision.id) };
  }
}
