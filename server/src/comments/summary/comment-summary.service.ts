import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import { Document } from '../../documents/document.entity';
import type { Space } from '../../spaces/space.entity';
import { Structure } from '../../structures/structure.entity';
import { User } from '../../users/user.entity';
import { AnchorsService } from '../anchors/anchors.service';
import { CommentThread } from '../comment-thread.entity';
import { CommentViewsService, groupBy, type ReadableDocument } from '../comment-views.service';
import type { ChapterCount, CommentParticipant, CommentSummary, StructureCommentSummary } from '../models/comment-summary.model';
import type { ThreadView } from '../models/comment-thread.model';
import { SummaryRecent } from './summary-recent.entity';
import { ALL_STRUCTURES, SummaryRow } from './summary-row.entity';

/** In a space summary, each structure lists its latest discussions; the CSV export has them all. */
export const SPACE_THREADS_PER_STRUCTURE = 10;

/** What the query asks for beyond the counts: listing discussions and people is most of the work. */
export interface SummaryParts {
  threads: boolean;
  participants: boolean;
}

const documentOf = ({ id, title, slug }: Document) => ({ id, title, slug });
const sum = (rows: SummaryRow[], pick: (row: SummaryRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
const threadsWith = (rows: SummaryRow[], status: string) =>
  sum(
    rows.filter((row) => row.status === status),
    (row) => row.threads,
  );

/**
 * « What does the CAF think of chapter 3? »: for each structure, the discussions where it wrote (a readable
 * comment of its own, not deleted nor hidden), open and resolved, in which chapters, over one document or a whole
 * space. Summed from the documents' summary rows (summary/summary-rows.ts), kept counted as discussions change.
 */
@Injectable()
export class CommentSummaryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anchors: AnchorsService,
    private readonly views: CommentViewsService,
  ) {}

  ofDocument(viewer: User, document: ReadableDocument, parts: SummaryParts): Promise<CommentSummary> {
    return this.summarise(viewer, [document], null, parts);
  }

  async ofSpace(viewer: User, space: Space, parts: SummaryParts): Promise<CommentSummary> {
    // What the summary shows of each document: its title and address (not its content).
    const documents = await this.dataSource.manager.find(Document, {
      select: { id: true, title: true, slug: true, spaceId: true, deletedAt: true },
      where: { spaceId: space.id, deletedAt: IsNull() },
      order: { title: 'ASC' },
    });
    const readable = documents.map((document) => Object.assign(document, { space }) as ReadableDocument);
    return this.summarise(viewer, readable, SPACE_THREADS_PER_STRUCTURE, parts);
  }

  private async summarise(viewer: User, documents: ReadableDocument[], perStructure: number | null, parts: SummaryParts): Promise<CommentSummary> {
    const ids = documents.map((document) => document.id);
    // Chapters follow the text: documents edited since their discussions were last placed are placed again.
    await this.anchors.refresh(ids);
    const rows = await this.dataSource.manager.createQueryBuilder(SummaryRow, 'r').where('r.documentId = ANY(:ids)', { ids }).getMany();
    const order = new Map(ids.map((id, index) => [id, index]));
    const byId = new Map(documents.map((document) => [document.id, document]));
    const all = rows.filter((row) => row.structureKey === ALL_STRUCTURES);
    const spoken = groupBy(
      rows.filter((row) => row.structureKey !== ALL_STRUCTURES),
      (row) => row.structureKey,
    );
    const structures = new Map((await this.dataSource.manager.findBy(Structure, { id: In([...spoken.keys()].filter(Boolean)) })).map((s) => [s.id, s]));
    const listed = parts.threads ? await this.listedThreads(viewer, ids, byId, [...spoken.keys()], perStructure) : new Map<string, ThreadView[]>();

    const chapterCounts = (list: SummaryRow[]): ChapterCount[] =>
      [...groupBy(list, (row) => `${row.documentId}/${row.chapterIndex ?? -1}/${row.chapter ?? ''}`).values()]
        .map((group) => ({
          document: documentOf(byId.get(group[0].documentId)!),
          chapter: group[0].chapter,
          rank: [order.get(group[0].documentId)!, group[0].chapterIndex ?? -1],
          openCount: threadsWith(group, 'OPEN'),
          resolvedCount: threadsWith(group, 'RESOLVED'),
        }))
        .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1])
        .map(({ rank: _rank, ...count }) => count);

    const perStructureSummary: StructureCommentSummary[] = [...spoken.entries()].map(([key, list]) => ({
      structure: structures.get(key) ?? null,
      openCount: threadsWith(list, 'OPEN'),
      resolvedCount: threadsWith(list, 'RESOLVED'),
      commentCount: sum(list, (row) => row.comments),
      chapters: chapterCounts(list),
      threads: listed.get(key) ?? [],
    }));
    perStructureSummary.sort(
      (a, b) => b.openCount + b.resolvedCount - (a.openCount + a.resolvedCount) || (a.structure?.name ?? '').localeCompare(b.structure?.name ?? '', 'fr'),
    );
    return {
      openCount: threadsWith(all, 'OPEN'),
      resolvedCount: threadsWith(all, 'RESOLVED'),
      structures: perStructureSummary,
      chapters: chapterCounts(all),
      participants: parts.participants ? await this.participants(ids) : [],
    };
  }

  /** The people who wrote, with the structure they wrote for: read from the comments (for a document's filters). */
  private async participants(ids: string[]): Promise<CommentParticipant[]> {
    const rows: { authorId: string; structureId: string | null; count: number }[] = await this.dataSource.query(
      `SELECT "authorId", "authorStructureId" AS "structureId", count(*)::int AS count FROM comment
       WHERE "documentId" = ANY($1::uuid[]) AND "deletedAt" IS NULL AND "hiddenAt" IS NULL AND "authorId" IS NOT NULL
       GROUP BY 1, 2 ORDER BY 3 DESC`,
      [ids],
    );
    const people = new Map(
      (await this.dataSource.manager.find(User, { select: { id: true, name: true }, where: { id: In(rows.map((row) => row.authorId)) } })).map((p) => [
        p.id,
        p,
      ]),
    );
    const structures = new Map(
      (await this.dataSource.manager.findBy(Structure, { id: In(rows.flatMap((row) => (row.structureId ? [row.structureId] : []))) })).map((s) => [s.id, s]),
    );
    return rows
      .filter((row) => people.has(row.authorId))
      .map((row) => ({
        person: { id: row.authorId, name: people.get(row.authorId)!.name },
        structure: structures.get(row.structureId ?? '') ?? null,
        commentCount: row.count,
      }));
  }

  /**
   * Each structure's discussions: for a document, all of them; for a space, the few with the latest activity,
   * merged from each document's short list (summary/summary-recent.entity.ts). Latest activity first.
   */
  private async listedThreads(
    viewer: User,
    ids: string[],
    documents: Map<string, ReadableDocument>,
    keys: string[],
    perStructure: number | null,
  ): Promise<Map<string, ThreadView[]>> {
    const chosen = new Map<string, string[]>();
    if (perStructure === null) {
      for (const key of keys) {
        const found: { id: string }[] = await this.dataSource.query(
          `SELECT id FROM comment_thread WHERE "documentId" = ANY($1::uuid[]) AND "deletedAt" IS NULL AND speakers ? $2
           ORDER BY "lastActivityAt" DESC, id`,
          [ids, key],
        );
        chosen.set(
          key,
          found.map((row) => row.id),
        );
      }
    } else {
      const recent = await this.dataSource.manager.createQueryBuilder(SummaryRecent, 'r').where('r.documentId = ANY(:ids)', { ids }).getMany();
      for (const [key, lists] of groupBy(recent, (row) => row.structureKey)) {
        const candidates = lists.flatMap((row) => row.threadIds.map((id, index) => ({ id, at: new Date(row.activity[index]).getTime() })));
        candidates.sort((a, b) => b.at - a.at || a.id.localeCompare(b.id));
        chosen.set(
          key,
          candidates.slice(0, perStructure).map((candidate) => candidate.id),
        );
      }
    }
    const threadIds = [...new Set([...chosen.values()].flat())];
    const threads = threadIds.length
      ? await this.dataSource.manager.createQueryBuilder(CommentThread, 't').where('t.id = ANY(:threadIds)', { threadIds }).getMany()
      : [];
    const views = new Map((await this.views.build(viewer, threads, documents)).map((view) => [view.id, view]));
    return new Map([...chosen.entries()].map(([key, list]) => [key, list.map((id) => views.get(id)!)]));
  }
}
