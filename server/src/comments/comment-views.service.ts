import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type SelectQueryBuilder } from 'typeorm';
import { escapeLike, foldSql, foldText } from '../common/text-fold';
import { Document } from '../documents/document.entity';
import { PolicyService } from '../policies/policy.service';
import type { Space } from '../spaces/space.entity';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';
import { AnchorsService } from './anchors/anchors.service';
import { CommentModeration } from './comment-moderation.entity';
import { CommentThread } from './comment-thread.entity';
import { Comment } from './comment.entity';
import { canCommentIn, canReadCommentsOf, canResolve } from './comment.policy';
import type { CommentFilterInput } from './dto/comment.input';
import type { CommentAuthor, CommentView, ModerationEvent } from './models/comment.model';
import type { ThreadView } from './models/comment-thread.model';

export type ReadableDocument = Document & { space: Space };

/** « 50 % » is searched as written: LIKE's wildcards typed by a person are plain characters. */
const likePattern = (value: string) => `%${escapeLike(foldText(value))}%`;

/**
 * Discussions as one person may read them: what they may see of each comment (a hidden one, a deleted one), and
 * what they may do. Everything for a list is read in a handful of queries, however many discussions there are.
 */
@Injectable()
export class CommentViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly anchors: AnchorsService,
  ) {}

  async readableDocument(viewer: User | null, documentId: string): Promise<ReadableDocument | null> {
    const document = await this.dataSource.manager.findOne(Document, { where: { id: documentId }, relations: { space: true } });
    return document && canReadCommentsOf(this.policy, viewer, document as ReadableDocument) ? (document as ReadableDocument) : null;
  }

  async threadsOf(viewer: User, document: ReadableDocument, filter: CommentFilterInput | null = null): Promise<ThreadView[]> {
    await this.anchors.refresh([document.id]);
    const query = this.threadQuery(viewer, [document.id], filter).orderBy('t.chapterIndex', 'ASC', 'NULLS FIRST').addOrderBy('t.createdAt', 'ASC');
    return this.build(viewer, await query.getMany(), new Map([[document.id, document]]));
  }

  /** One discussion as the person may read it; null when it is gone or out of their reach. */
  async thread(viewer: User, threadId: string): Promise<ThreadView | null> {
    const thread = await this.dataSource.manager.findOne(CommentThread, {
      where: { id: threadId, deletedAt: IsNull() },
      relations: { document: { space: true } },
    });
    if (!thread || !canReadCommentsOf(this.policy, viewer, thread.document as ReadableDocument)) return null;
    const [view] = await this.build(viewer, [thread], new Map([[thread.documentId, thread.document as ReadableDocument]]));
    return view;
  }

  /** The discussions of some documents that pass a filter, unordered: for summaries and exports. */
  threadQuery(viewer: User, documentIds: string[], filter: CommentFilterInput | null): SelectQueryBuilder<CommentThread> {
    const query = this.dataSource.manager
      .createQueryBuilder(CommentThread, 't')
      .where('t.documentId = ANY(:documentIds)', { documentIds })
      .andWhere('t.deletedAt IS NULL');
    const wrote = (condition: string) => `EXISTS (SELECT 1 FROM comment c WHERE c."threadId" = t.id AND c."deletedAt" IS NULL AND ${condition})`;
    if (filter?.status && filter.status !== 'ALL') query.andWhere('t.status = :status', { status: filter.status });
    if (filter?.structureIds?.length) query.andWhere(wrote('c."authorStructureId" = ANY(:structureIds)'), { structureIds: filter.structureIds });
    if (filter?.authorIds?.length) query.andWhere(wrote('c."authorId" = ANY(:authorIds)'), { authorIds: filter.authorIds });
    if (filter?.chapter === '') query.andWhere('t.chapter IS NULL');
    else if (filter?.chapter) query.andWhere('t.chapter = :chapter', { chapter: filter.chapter });
    if (filter?.search) {
      // Hidden text is searched only by those who may read it.
      const visible = this.policy.can(viewer, 'comment.moderate') ? 'TRUE' : 'c."hiddenAt" IS NULL';
      query.andWhere(`(${foldSql('t.excerpt')} LIKE :pattern OR ${wrote(`${visible} AND ${foldSql('c.body')} LIKE :pattern`)})`, {
        pattern: likePattern(filter.search),
      });
    }
    return query;
  }

  async build(viewer: User, threads: CommentThread[], documents: Map<string, ReadableDocument>): Promise<ThreadView[]> {
    if (threads.length === 0) return [];
    const manager = this.dataSource.manager;
    const moderator = this.policy.can(viewer, 'comment.moderate');
    const threadIds = threads.map((thread) => thread.id);
    // Plain rows: a document may hold thousands of comments, and making entities of them costs more than the query.
    const comments: Comment[] = await manager.query(
      `SELECT id, "threadId", "documentId", "authorId", "authorStructureId", "authorRole", body, mentions, "editedAt", "deletedAt",
              "hiddenAt", "hiddenReason", "createdAt"
       FROM comment WHERE "threadId" = ANY($1::uuid[]) ORDER BY "createdAt", id`,
      [threadIds],
    );
    const history = moderator ? await this.moderationHistory(threadIds) : [];
    const people = await this.people([
      ...comments.map((comment) => comment.authorId),
      ...threads.map((thread) => thread.resolvedById),
      ...history.map((event) => event.moderatorId),
    ]);
    const structures = await this.structures(comments.map((comment) => comment.authorStructureId));
    const historyOf = groupBy(history, (event) => event.commentId);
    const commentsOf = groupBy(comments, (comment) => comment.threadId);

    return threads.map((thread) => {
      const document = documents.get(thread.documentId)!;
      const all = commentsOf.get(thread.id) ?? [];
      let kept = all.length;
      while (kept > 0 && all[kept - 1].deletedAt) kept--;
      const views = all.slice(0, kept).map((comment) => {
        const view = this.commentView(viewer, moderator, comment, people, structures);
        view.moderationHistory = (historyOf.get(comment.id) ?? []).map((event): ModerationEvent => ({
          ...event,
          moderator: people.get(event.moderatorId ?? '') ?? null,
        }));
        return view;
      });
      return {
        id: thread.id,
        documentId: thread.documentId,
        document: { id: document.id, title: document.title, slug: document.slug },
        anchor: thread.anchorFrom && thread.anchorTo ? { from: thread.anchorFrom, to: thread.anchorTo } : null,
        excerpt: thread.excerpt,
        chapter: thread.chapter,
        textDeleted: thread.textDeleted,
        status: thread.status,
        resolvedAt: thread.resolvedAt,
        resolvedBy: people.get(thread.resolvedById ?? '') ?? null,
        createdAt: thread.createdAt,
        lastActivityAt: thread.lastActivityAt,
        comments: views,
        commentCount: views.filter((view) => view.state !== 'DELETED').length,
        canReply: !document.deletedAt && canCommentIn(this.policy, viewer, document.space),
        canResolve: !document.deletedAt && canResolve(this.policy, viewer, thread, document.space),
      };
    });
  }

  private commentView(viewer: User, moderator: boolean, comment: Comment, people: Map<string, CommentAuthor>, structures: Map<string, Structure>): CommentView {
    const own = comment.authorId === viewer.id;
    const state = comment.deletedAt ? 'DELETED' : comment.hiddenAt ? 'HIDDEN' : 'VISIBLE';
    const readable = state === 'VISIBLE' || (state === 'HIDDEN' && (own || moderator));
    const deleted = state === 'DELETED';
    return {
      id: comment.id,
      threadId: comment.threadId,
      author: deleted ? null : (people.get(comment.authorId ?? '') ?? null),
      structure: deleted ? null : (structures.get(comment.authorStructureId ?? '') ?? null),
      role: deleted ? null : comment.authorRole,
      body: readable ? comment.body : null,
      mentions: readable ? comment.mentions : [],
      state,
      hiddenReason: state === 'HIDDEN' && (own || moderator) ? comment.hiddenReason : null,
      createdAt: comment.createdAt,
      editedAt: deleted ? null : comment.editedAt,
      canEdit: own && state === 'VISIBLE',
      canModerate: moderator && !deleted,
      moderationHistory: [],
    };
  }

  private moderationHistory(threadIds: string[]): Promise<CommentModeration[]> {
    return this.dataSource.manager
      .createQueryBuilder(CommentModeration, 'm')
      .where('m.commentId IN (SELECT c.id FROM comment c WHERE c."threadId" = ANY(:threadIds))', { threadIds })
      .orderBy('m.createdAt', 'ASC')
      .getMany();
  }

  private async people(ids: (string | null)[]): Promise<Map<string, CommentAuthor>> {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    if (unique.length === 0) return new Map();
    const users = await this.dataSource.manager.find(User, { select: { id: true, name: true }, where: { id: In(unique) } });
    return new Map(users.map((user) => [user.id, { id: user.id, name: user.name }]));
  }

  private async structures(ids: (string | null)[]): Promise<Map<string, Structure>> {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    if (unique.length === 0) return new Map();
    const found = await this.dataSource.manager.findBy(Structure, { id: In(unique) });
    return new Map(found.map((structure) => [structure.id, structure]));
  }
}

export function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
