import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { Document } from '../documents/document.entity';
import type { Space } from '../spaces/space.entity';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';
import { AnchorsService } from './anchors/anchors.service';
import { CommentThread } from './comment-thread.entity';
import { CommentViewsService, groupBy, type ReadableDocument } from './comment-views.service';
import type { ChapterCount, CommentSummary, StructureCommentSummary } from './models/comment-summary.model';
import type { ThreadView } from './models/comment-thread.model';

/** In a space summary, each structure lists its latest discussions; the CSV export has them all. */
export const SPACE_THREADS_PER_STRUCTURE = 10;

interface ChapterRow {
  structureId: string | null;
  documentId: string;
  chapter: string | null;
  chapterIndex: number | null;
  status: 'OPEN' | 'RESOLVED';
  threads: number;
}

/** A structure « spoke » in a discussion when one of its comments there can be read (not deleted, not hidden). */
const SPOKE = `SELECT DISTINCT c."authorStructureId" AS "structureId", c."threadId"
  FROM comment c WHERE c."documentId" = ANY($1::uuid[]) AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL`;

/**
 * « What does the CAF think of chapter 3? »: for each structure, the discussions where it wrote, open and
 * resolved, in which chapters, over one document or a whole space. Counting is done by the database.
 */
@Injectable()
export class CommentSummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anchors: AnchorsService,
    private readonly views: CommentViewsService,
  ) {}

  async ofDocument(viewer: User, document: ReadableDocument, withThreads = true): Promise<CommentSummary> {
    return this.summarise(viewer, [document], withThreads ? null : 0);
  }

  async ofSpace(viewer: User, space: Space, withThreads = true): Promise<CommentSummary> {
    const documents = await this.dataSource.manager.find(Document, { where: { spaceId: space.id, deletedAt: IsNull() }, order: { title: 'ASC' } });
    const readable = documents.map((document) => Object.assign(document, { space }) as ReadableDocument);
    return this.summarise(viewer, readable, withThreads ? SPACE_THREADS_PER_STRUCTURE : 0);
  }

  private async summarise(viewer: User, documents: ReadableDocument[], threadsPerStructure: number | null): Promise<CommentSummary> {
    const ids = documents.map((document) => document.id);
    await this.anchors.refresh(ids);
    const byId = new Map(documents.map((document) => [document.id, document]));
    const [rows, totals, comments, participants] = await Promise.all([
      this.chapterRows(ids),
      this.dataSource.query(
        `SELECT status, count(*)::int AS count FROM comment_thread WHERE "documentId" = ANY($1::uuid[]) AND "deletedAt" IS NULL GROUP BY status`,
        [ids],
      ) as Promise<{ status: string; count: number }[]>,
      this.dataSource.query(
        `SELECT "authorStructureId" AS "structureId", count(*)::int AS count FROM comment
         WHERE "documentId" = ANY($1::uuid[]) AND "deletedAt" IS NULL AND "hiddenAt" IS NULL GROUP BY 1`,
        [ids],
      ) as Promise<{ structureId: string | null; count: number }[]>,
      this.dataSource.query(
        `SELECT "authorId", "authorStructureId" AS "structureId", count(*)::int AS count FROM comment
         WHERE "documentId" = ANY($1::uuid[]) AND "deletedAt" IS NULL AND "hiddenAt" IS NULL AND "authorId" IS NOT NULL
         GROUP BY 1, 2 ORDER BY 3 DESC`,
        [ids],
      ) as Promise<{ authorId: string; structureId: string | null; count: number }[]>,
    ]);
    const structureIds = [...new Set([...comments, ...participants].map((row) => row.structureId).filter((id): id is string => id !== null))];
    const structures = new Map((await this.dataSource.manager.findBy(Structure, { id: In(structureIds) })).map((s) => [s.id, s]));
    const people = new Map(
      (await this.dataSource.manager.find(User, { select: { id: true, name: true }, where: { id: In(participants.map((p) => p.authorId)) } })).map(
        (person) => [person.id, person],
      ),
    );
    const threads = await this.listedThreads(viewer, ids, byId, threadsPerStructure);
    const documentOrder = (id: string) => ids.indexOf(id);
    const chapterCounts = (list: ChapterRow[]): ChapterCount[] =>
      [...groupBy(list, (row) => `${row.documentId}/${row.chapterIndex ?? -1}/${row.chapter ?? ''}`).values()]
        .map((group) => ({
          document: byId.get(group[0].documentId)!,
          chapter: group[0].chapter,
          chapterIndex: group[0].chapterIndex ?? -1,
          openCount: sum(group.filter((row) => row.status === 'OPEN')),
          resolvedCount: sum(group.filter((row) => row.status === 'RESOLVED')),
        }))
        .sort((a, b) => documentOrder(a.document.id) - documentOrder(b.document.id) || a.chapterIndex - b.chapterIndex)
        .map(({ chapterIndex: _index, ...count }) => count);

    const perStructure: StructureCommentSummary[] = [...groupBy(rows, (row) => row.structureId).entries()].map(([structureId, list]) => ({
      structure: structures.get(structureId ?? '') ?? null,
      openCount: sum(list.filter((row) => row.status === 'OPEN')),
      resolvedCount: sum(list.filter((row) => row.status === 'RESOLVED')),
      commentCount: comments.find((row) => row.structureId === structureId)?.count ?? 0,
      chapters: chapterCounts(list),
      threads: threads.get(structureId) ?? [],
    }));
    perStructure.sort(
      (a, b) => b.openCount + b.resolvedCount - (a.openCount + a.resolvedCount) || (a.structure?.name ?? '').localeCompare(b.structure?.name ?? '', 'fr'),
    );
    const allChapters = await this.threadChapters(ids);
    return {
      openCount: totals.find((row) => row.status === 'OPEN')?.count ?? 0,
      resolvedCount: totals.find((row) => row.status === 'RESOLVED')?.count ?? 0,
      structures: perStructure,
      chapters: chapterCounts(allChapters),
      participants: participants
        .filter((row) => people.has(row.authorId))
        .map((row) => ({ person: people.get(row.authorId)!, structure: structures.get(row.structureId ?? '') ?? null, commentCount: row.count })),
    };
  }

  private chapterRows(ids: string[]): Promise<ChapterRow[]> {
    return this.dataSource.query(
      `SELECT s."structureId", t."documentId", t.chapter, t."chapterIndex", t.status, count(*)::int AS threads
       FROM (${SPOKE}) s JOIN comment_thread t ON t.id = s."threadId" AND t."deletedAt" IS NULL
       GROUP BY 1, 2, 3, 4, 5`,
      [ids],
    );
  }

  private threadChapters(ids: string[]): Promise<ChapterRow[]> {
    return this.dataSource.query(
      `SELECT NULL AS "structureId", "documentId", chapter, "chapterIndex", status, count(*)::int AS threads
       FROM comment_thread WHERE "documentId" = ANY($1::uuid[]) AND "deletedAt" IS NULL GROUP BY 2, 3, 4, 5`,
      [ids],
    );
  }

  /** Each structure's discussions, latest activity first: all of them (null), the latest few, or none (0). */
  private async listedThreads(
    viewer: User,
    ids: string[],
    documents: Map<string, ReadableDocument>,
    perStructure: number | null,
  ): Promise<Map<string | null, ThreadView[]>> {
    if (perStructure === 0) return new Map();
    const links: { structureId: string | null; threadId: string }[] = await this.dataSource.query(
      `SELECT "structureId", "threadId" FROM (
         SELECT s."structureId", s."threadId", row_number() OVER (PARTITION BY s."structureId" ORDER BY t."lastActivityAt" DESC, t.id) AS rank
         FROM (${SPOKE}) s JOIN comment_thread t ON t.id = s."threadId" AND t."deletedAt" IS NULL
       ) ranked WHERE $2::int IS NULL OR rank <= $2::int ORDER BY rank`,
      [ids, perStructure],
    );
    const threadIds = [...new Set(links.map((link) => link.threadId))];
    const threads = threadIds.length
      ? await this.dataSource.manager.createQueryBuilder(CommentThread, 't').where('t.id = ANY(:threadIds)', { threadIds }).getMany()
      : [];
    const views = new Map((await this.views.build(viewer, threads, documents)).map((view) => [view.id, view]));
    const listed = new Map<string | null, ThreadView[]>();
    for (const [structureId, group] of groupBy(links, (link) => link.structureId)) {
      listed.set(structureId, group.map((link) => views.get(link.threadId)!));
    }
    return listed;
  }
}

const sum = (rows: ChapterRow[]) => rows.reduce((total, row) => total + row.threads, 0);
