import { Args, ID, Info, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors';
import { CurrentUser } from '../common/request-context';
import { Authorize } from '../policies/authorize.decorator';
import { Space } from '../spaces/space.entity';
import type { User } from '../users/user.entity';
import { CommentSummaryService } from './comment-summary.service';
import { CommentViewsService } from './comment-views.service';
import { CommentSummary } from './models/comment-summary.model';

/** Whether the query asks for `structures { threads }`: listing them is most of the work, and often not wanted. */
function asksForThreads(info: GraphQLResolveInfo): boolean {
  const has = (set: SelectionSetNode | undefined, name: string) =>
    set?.selections.find((selection) => selection.kind === 'Field' && selection.name.value === name);
  return info.fieldNodes.some((node) => {
    const structures = has(node.selectionSet, 'structures');
    return structures?.kind === 'Field' && !!has(structures.selectionSet, 'threads');
  });
}

@Resolver(() => CommentSummary)
export class CommentSummaryResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly summaries: CommentSummaryService,
    private readonly views: CommentViewsService,
  ) {}

  @Authorize('comment.read', { kind: 'document', arg: 'documentId' })
  @Query(() => CommentSummary, { description: 'La synthèse par structure des discussions d’un document.' })
  async documentCommentSummary(
    @Args('documentId', { type: () => ID }) documentId: string,
    @CurrentUser() user: User,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CommentSummary> {
    const document = await this.views.readableDocument(user, documentId);
    if (!document) throw notFound('Ce document n’existe pas ou vous n’y avez pas accès.');
    return this.summaries.ofDocument(user, document, asksForThreads(info));
  }

  @Authorize('comment.read', { kind: 'space', arg: 'spaceId' })
  @Query(() => CommentSummary, { description: 'La synthèse par structure des discussions de tous les documents d’un espace (hors corbeille).' })
  async spaceCommentSummary(
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @CurrentUser() user: User,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CommentSummary> {
    return this.summaries.ofSpace(user, await this.dataSource.manager.findOneByOrFail(Space, { id: spaceId }), asksForThreads(info));
  }
}
