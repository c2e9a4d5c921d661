import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { notFound } from '../common/errors';
import { CurrentUser } from '../common/request-context';
import { DOCUMENT_MESSAGES } from '../documents/documents.messages';
import { Authorize } from '../policies/authorize.decorator';
import type { User } from '../users/user.entity';
import { CommentEventsService } from './comment-events.service';
import { isCommentAuthor, mayCommentOnDocument, mayReplyInThread, mayResolveThread } from './comment.policy';
import { CommentViewsService } from './comment-views.service';
import { CommentsService } from './comments.service';
import { CommentThreadsArgs, CreateThreadInput, EditCommentInput, HideCommentInput, ReplyToThreadInput } from './dto/comment.input';
import { CommentEvent, CommentResult, DeleteCommentResult } from './models/comment-results.model';
import { CommentView } from './models/comment.model';
import { ThreadView } from './models/comment-thread.model';

@Resolver(() => ThreadView)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly views: CommentViewsService,
    private readonly events: CommentEventsService,
  ) {}

  @Authorize('comment.read', { kind: 'document', arg: 'documentId' })
  @Query(() => [ThreadView], {
    description: 'Les discussions d’un document, filtrées au besoin, dans l’ordre des chapitres puis de leur ouverture.',
  })
  async commentThreads(@Args() { documentId, filter }: CommentThreadsArgs, @CurrentUser() user: User): Promise<ThreadView[]> {
    const document = await this.views.readableDocument(user, documentId);
    if (!document) throw notFound(DOCUMENT_MESSAGES.notFound);
    return this.views.threadsOf(user, document, filter);
  }

  @Authorize('comment.create', { kind: 'document', arg: 'input.documentId', rule: mayCommentOnDocument })
  @Mutation(() => CommentResult, { description: 'Ouvre une discussion sur un passage (anchor) ou sur le document entier.' })
  createThread(@Args('input') input: CreateThreadInput, @CurrentUser() user: User): Promise<CommentResult> {
    return this.comments.createThread(input, user);
  }

  @Authorize('comment.create', { kind: 'thread', arg: 'input.threadId', rule: mayReplyInThread })
  @Mutation(() => CommentResult)
  replyToThread(@Args('input') input: ReplyToThreadInput, @CurrentUser() user: User): Promise<CommentResult> {
    return this.comments.reply(input, user);
  }

  @Authorize('comment.edit', { kind: 'comment', arg: 'input.id', rule: isCommentAuthor })
  @Mutation(() => CommentResult, { description: 'Change le texte de son commentaire ; il est alors marqué « modifié ».' })
  editComment(@Args('input') input: EditCommentInput, @CurrentUser() user: User): Promise<CommentResult> {
    return this.comments.edit(input, user);
  }

  @Authorize('comment.edit', { kind: 'comment', arg: 'id', rule: isCommentAuthor })
  @Mutation(() => DeleteCommentResult, {
    description: 'Supprime son commentaire ; « commentaire supprimé » reste à sa place s’il a des réponses.',
  })
  deleteComment(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User): Promise<DeleteCommentResult> {
    return this.comments.delete(id, user);
  }

  @Authorize('thread.resolve', { kind: 'thread', arg: 'id', rule: mayResolveThread })
  @Mutation(() => ThreadView, { description: 'Marque la discussion comme résolue : elle quitte la marge, reste lisible et cherchable.' })
  resolveThread(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User): Promise<ThreadView> {
    return this.comments.setStatus(id, 'RESOLVED', user);
  }

  @Authorize('thread.resolve', { kind: 'thread', arg: 'id', rule: mayResolveThread })
  @Mutation(() => ThreadView)
  reopenThread(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User): Promise<ThreadView> {
    return this.comments.setStatus(id, 'OPEN', user);
  }

  @Authorize('comment.moderate', { kind: 'comment', arg: 'input.id' })
  @Mutation(() => CommentView, { description: 'Masque un commentaire ; le motif reste dans l’historique de modération.' })
  hideComment(@Args('input') input: HideCommentInput, @CurrentUser() user: User): Promise<CommentView> {
    return this.comments.hide(input, user);
  }

  @Authorize('comment.moderate', { kind: 'comment', arg: 'id' })
  @Mutation(() => CommentView, { description: 'Rétablit un commentaire masqué ; l’historique de modération le garde.' })
  unhideComment(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User): Promise<CommentView> {
    return this.comments.unhide(id, user);
  }

  @Authorize('comment.read', { kind: 'document', arg: 'documentId' })
  @Subscription(() => CommentEvent, {
    description: 'Ce qui arrive dans les discussions d’un document ouvert, en direct (sur /graphql/ws, protocole graphql-ws).',
    resolve: (event: CommentEvent) => event,
  })
  commentEvents(@Args('documentId', { type: () => ID }) documentId: string, @CurrentUser() user: User): AsyncIterableIterator<CommentEvent> {
    return this.events.follow(user, documentId);
  }
}
