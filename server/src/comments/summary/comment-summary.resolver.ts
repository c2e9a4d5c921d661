import { Args, ID, Info, Query, Resolver } from '@nestjs/graphql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/errors';
import { CurrentUser } from '../../common/request-context';
import { DOCUMENT_MESSAGES } from '../../documents/documents.messages';
import { Authorize } from '../../policies/authorize.decorator';
import { Space } from '../../spaces/space.entity';
import type { User } from '../../users/user.entity';
import { CommentSummaryService, type SummaryParts } from './comment-summary.service';
import { CommentViewsService } from '../comment-views.service';
import { CommentSummary } from '../models/comment-summary.model';

/** The fields selected under these nodes, fragments (named or inline) opened. */
function selected(info: GraphQLResolveInfo, sets: (SelectionSetNode | undefined)[], name: string): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field' && selection.name.value === name) found.push(selection.selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] });
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else if (selection.kind === 'FragmentSpread') visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  sets.forEach(visit);
  return found;
}

/** Which costly parts the query asks for: listing each structure's discussions, and the people who wrote. */
function partsAsked(info: GraphQLResolveInfo): SummaryParts {
  const roots = info.fieldNodes.map((node) => node.selectionSet);
  return {
    threads: selected(info, selected(info, roots, 'structures'), 'threads').length > 0,
    participants: selected(info, roots, 'participants').length > 0,
  };
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
    if (!document) throw notFound(DOCUMENT_MESSAGES.notFound);
    return this.summaries.ofDocument(user, document, partsAsked(info));
  }

  @Authorize('comment.read', { kind: 'space', arg: 'spaceId' })
  @Query(() => CommentSummary, { description: 'La synthèse par structure des discussions de tous les documents d’un espace (hors corbeille).' })
  async spaceCommentSummary(
    @Args('spaceId', { type: () => ID }) spaceId: string,
    @CurrentUser() user: User,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CommentSummary> {
    return this.summaries.ofSpace(user, await this.dataSource.manager.findOneByOrFail(Space, { id: spaceId }), partsAsked(info));
  }
}
