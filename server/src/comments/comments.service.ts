import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { badInput, conflict } from '../common/errors';
import { LiveEventsService } from '../notifications/live/live-events.service';
import { NotificationsService, type NewNotification } from '../notifications/notifications.service';
import type { User } from '../users/user.entity';
import { AnchorsService, shortExcerpt } from './anchors/anchors.service';
import { CommentModeration } from './comment-moderation.entity';
import { CommentThread, type ThreadStatus } from './comment-thread.entity';
import { Comment } from './comment.entity';
import { CommentViewsService, type ReadableDocument } from './comment-views.service';
import { COMMENT_MESSAGES } from './comments.messages';
import type { CommentTextInput, CreateThreadInput, EditCommentInput, HideCommentInput, ReplyToThreadInput } from './dto/comment.input';
import { MentionRecipientsService, type MentionOutcome } from './mentions/mention-recipients.service';
import { countSpeakers, lockDocumentDiscussions, summariseDocument } from './summary/summary-rows';
import type { CommentResult, DeleteCommentResult } from './models/comment-results.model';
import type { CommentView } from './models/comment.model';
import type { ThreadView } from './models/comment-thread.model';
import type { CommentEventKind } from './models/enums';

export const documentTopic = (documentId: string) => `document:${documentId}`;

/** What is published to a document's open pages: ids only, each reader then reads what they may see. */
export interface CommentEventPayload extends Record<string, unknown> {
  kind: CommentEventKind;
  threadId: string;
  commentId: string | null;
  actorId: string;
}

interface Written {
  threadId: string;
  commentId: string;
  outcome: MentionOutcome;
  notified: string[];
}

/**
 * Writing in discussions: open one, reply, edit, delete, resolve, reopen, moderate. Each change is one
 * transaction with the notifications it causes; once it is stored, the document's open pages are told.
 * Who may do it was checked by the policy guard on the very objects named (see comment.policy.ts).
 */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anchors: AnchorsService,
    private readonly views: CommentViewsService,
    private readonly mentions: MentionRecipientsService,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  async createThread(input: CreateThreadInput, author: User): Promise<CommentResult> {
    const document = (await this.views.readableDocument(author, input.documentId))!;
    const place = input.anchor ? await this.anchors.place(document.id, input.anchor) : null;
    const written = await this.dataSource.transaction(async (manager) => {
      await lockDocumentDiscussions(manager, document.id);
      const now = this.clock.now();
      const thread = await manager.save(
        manager.create(CommentThread, {
          documentId: document.id,
          anchorFrom: input.anchor?.from ?? null,
          anchorTo: input.anchor?.to ?? null,
          excerpt: input.anchor ? shortExcerpt(place?.text || input.anchor.excerpt) : null,
          chapter: place?.chapter ?? null,
          chapterIndex: place?.chapterIndex ?? null,
          textDeleted: false,
          createdById: author.id,
          createdAt: now,
          lastActivityAt: now,
        }),
      );
      return this.writeComment(manager, thread, document, author, input, []);
    });
    return this.answer(author, written, 'THREAD_CREATED');
  }

  async reply(input: ReplyToThreadInput, author: User): Promise<CommentResult> {
    const written = await this.dataSource.transaction(async (manager) => {
      const thread = await this.lockedThread(manager, input.threadId);
      const participants = await manager
        .createQueryBuilder(Comment, 'c')
        .select('DISTINCT c.authorId', 'authorId')
        .where('c.threadId = :threadId AND c.deletedAt IS NULL AND c.authorId IS NOT NULL', { threadId: thread.id })
        .getRawMany<{ authorId: string }>();
      const replies: NewNotification[] = participants.map(({ authorId }) => ({
        recipientId: authorId,
        kind: 'REPLY',
        actorId: author.id,
        documentId: thread.documentId,
        threadId: thread.id,
        commentId: null,
      }));
      await manager.update(CommentThread, { id: thread.id }, { lastActivityAt: this.clock.now() });
      return this.writeComment(manager, thread, thread.document as ReadableDocument, author, input, replies);
    });
    return this.answer(author, written, 'COMMENT_ADDED');
  }

  /** Changes the text; only people newly mentioned are told. */
  async edit(input: EditCommentInput, author: User): Promise<CommentResult> {
    const written = await this.dataSource.transaction(async (manager) => {
      const comment = await manager.findOneOrFail(Comment, { where: { id: input.id }, relations: { thread: { document: { space: true } } } });
      if (comment.hiddenAt) throw badInput(COMMENT_MESSAGES.hiddenByModeration);
      const document = comment.thread.document as ReadableDocument;
      // Who the comment already named stays who it names, though the person writing the change did not pick them again.
      const named = comment.mentions.filter((mention) => mention.kind === 'PERSON').map((mention) => mention.id);
      const outcome = await this.mentions.resolve(manager, input, document, named);
      const before = new Set(comment.mentions.map((mention) => `${mention.kind}:${mention.id}`));
      const fresh: MentionOutcome = {
        ...outcome,
        people: outcome.people.filter((id) => !before.has(`PERSON:${id}`)),
        structureMembers: outcome.structureMembers.filter((member) => !before.has(`STRUCTURE:${member.structureId}`)),
      };
      await manager.update(Comment, { id: comment.id }, { body: input.body, mentions: outcome.mentions, editedAt: this.clock.now() });
      const notified = await this.notifications.add(manager, this.mentionNotifications(fresh, comment.thread, comment.id, author));
      return { threadId: comment.threadId, commentId: comment.id, outcome, notified };
    });
    return this.answer(author, written, 'COMMENT_CHANGED');
  }

  /**
   * Deletes a comment's text. It stays as « commentaire supprimé » while later comments follow it; the discussion
   * goes when no readable comment is left.
   */
  async delete(id: string, author: User): Promise<DeleteCommentResult> {
    const { threadId, threadGone, told } = await this.dataSource.transaction(async (manager) => {
      const comment = await manager.findOneByOrFail(Comment, { id });
      await this.lockedThread(manager, comment.threadId);
      await manager.update(Comment, { id }, { deletedAt: this.clock.now(), body: '', mentions: [] });
      const left = await manager.countBy(Comment, { threadId: comment.threadId, deletedAt: IsNull() });
      if (left === 0) await manager.update(CommentThread, { id: comment.threadId }, { deletedAt: this.clock.now() });
      await countSpeakers(manager, comment.threadId);
      await summariseDocument(manager, comment.documentId);
      const told = await this.notifications.forget(manager, left === 0 ? { threadId: comment.threadId } : { commentId: id });
      return { threadId: comment.threadId, threadGone: left === 0, told };
    });
    await this.publish(threadGone ? 'THREAD_DELETED' : 'COMMENT_CHANGED', threadId, id, author.id);
    await this.notifications.announce(told);
    return { threadId, thread: threadGone ? null : await this.views.thread(author, threadId) };
  }

  /** Resolving a resolved discussion (or reopening an open one) changes nothing and tells no one. */
  async setStatus(id: string, status: ThreadStatus, actor: User): Promise<ThreadView> {
    const notified = await this.dataSource.transaction(async (manager) => {
      const thread = await this.lockedThread(manager, id);
      if (thread.status === status) return null;
      const now = this.clock.now();
      const resolved = status === 'RESOLVED';
      await manager.update(CommentThread, { id }, { status, resolvedAt: resolved ? now : null, resolvedById: resolved ? actor.id : null, lastActivityAt: now });
      await summariseDocument(manager, thread.documentId);
      const participants = await manager.find(Comment, { select: { authorId: true }, where: { threadId: id, deletedAt: IsNull(), authorId: Not(IsNull()) } });
      return this.notifications.add(
        manager,
        participants.map(({ authorId }) => ({
          recipientId: authorId!,
          kind: resolved ? 'RESOLVED' : 'REOPENED',
          actorId: actor.id,
          documentId: thread.documentId,
          threadId: id,
          commentId: null,
        })),
      );
    });
    if (notified) {
      await this.publish('THREAD_CHANGED', id, null, actor.id);
      await this.notifications.announce(notified);
    }
    return (await this.views.thread(actor, id))!;
  }

  async hide(input: HideCommentInput, moderator: User): Promise<CommentView> {
    return this.moderate(input.id, moderator, 'HIDE', input.reason);
  }

  async unhide(id: string, moderator: User): Promise<CommentView> {
    return this.moderate(id, moderator, 'SHOW', '');
  }

  private async moderate(id: string, moderator: User, action: 'HIDE' | 'SHOW', reason: string): Promise<CommentView> {
    const threadId = await this.dataSource.transaction(async (manager) => {
      await this.lockedThread(manager, (await manager.findOneByOrFail(Comment, { id })).threadId);
      const comment = await manager.findOneByOrFail(Comment, { id });
      if (comment.deletedAt) throw badInput(COMMENT_MESSAGES.deletedMeanwhile);
      if (action === 'HIDE' && comment.hiddenAt) throw conflict(COMMENT_MESSAGES.alreadyHidden);
      if (action === 'SHOW' && !comment.hiddenAt) throw conflict(COMMENT_MESSAGES.notHidden);
      const now = this.clock.now();
      await manager.update(Comment, { id }, action === 'HIDE' ? { hiddenAt: now, hiddenReason: reason } : { hiddenAt: null, hiddenReason: null });
      await manager.insert(CommentModeration, { commentId: id, action, reason, body: comment.body, moderatorId: moderator.id, createdAt: now });
      await countSpeakers(manager, comment.threadId);
      await summariseDocument(manager, comment.documentId);
      return comment.threadId;
    });
    await this.publish('COMMENT_CHANGED', threadId, id, moderator.id);
    const thread = (await this.views.thread(moderator, threadId))!;
    return thread.comments.find((comment) => comment.id === id)!;
  }

  /**
   * Changes to one discussion run one at a time (a row lock): a reply cannot land in a discussion being deleted.
   * A discussion deleted in the meantime is refused like an unknown one.
   */
  private async lockedThread(manager: EntityManager, id: string): Promise<CommentThread> {
    const found = await manager.findOne(CommentThread, { select: { id: true, documentId: true }, where: { id } });
    if (found) await lockDocumentDiscussions(manager, found.documentId);
    await manager.query('SELECT id FROM comment_thread WHERE id = $1 FOR UPDATE', [id]);
    const thread = await manager.findOne(CommentThread, { where: { id }, relations: { document: { space: true } } });
    if (!thread || thread.deletedAt) throw badInput(COMMENT_MESSAGES.threadDeletedMeanwhile);
    return thread;
  }

  private async writeComment(
    manager: EntityManager,
    thread: CommentThread,
    document: ReadableDocument,
    author: User,
    text: CommentTextInput,
    others: NewNotification[],
  ): Promise<Written> {
    const outcome = await this.mentions.resolve(manager, text, document);
    const comment = await manager.save(
      manager.create(Comment, {
        threadId: thread.id,
        documentId: thread.documentId,
        authorId: author.id,
        authorStructureId: author.structureId,
        authorRole: author.role,
        body: text.body,
        mentions: outcome.mentions,
        createdAt: this.clock.now(),
      }),
    );
    await countSpeakers(manager, thread.id);
    await summariseDocument(manager, thread.documentId);
    const mentioned = this.mentionNotifications(outcome, thread, comment.id, author);
    const notified = await this.notifications.add(manager, [...mentioned, ...others.map((other) => ({ ...other, commentId: comment.id }))]);
    return { threadId: thread.id, commentId: comment.id, outcome, notified };
  }

  private mentionNotifications(outcome: MentionOutcome, thread: CommentThread, commentId: string, author: User): NewNotification[] {
    const base = { actorId: author.id, documentId: thread.documentId, threadId: thread.id, commentId };
    return [
      ...outcome.people.map((recipientId): NewNotification => ({ ...base, recipientId, kind: 'MENTION' })),
      ...outcome.structureMembers.map(({ userId, structureId }): NewNotification => ({ ...base, recipientId: userId, kind: 'STRUCTURE_MENTION', structureId })),
    ];
  }

  private async answer(author: User, written: Written, kind: CommentEventKind): Promise<CommentResult> {
    await this.publish(kind, written.threadId, written.commentId, author.id);
    await this.notifications.announce(written.notified);
    const thread = (await this.views.thread(author, written.threadId))!;
    return {
      thread,
      comment: thread.comments.find((comment) => comment.id === written.commentId)!,
      mentionWarnings: written.outcome.warnings,
    };
  }

  private publish(kind: CommentEventKind, threadId: string, commentId: string | null, actorId: string): Promise<void> {
    return this.dataSource.manager
      .findOneOrFail(CommentThread, { select: { documentId: true }, where: { id: threadId } })
      .then(({ documentId }) =>
        this.live.publish({ topic: documentTopic(documentId), payload: { kind, threadId, commentId, actorId } satisfies CommentEventPayload }),
      );
  }
}
