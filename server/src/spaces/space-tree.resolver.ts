import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DocumentTreeLevel } from './document-tree-item.model';
import { TreeLevelArgs, TreePathArgs } from './dto/tree.args';
import { Space } from './space.entity';
import { SpaceTreeService } from './space-tree.service';

/**
 * The tree of a space, a level at a time. These are fields of a space the caller could read (`spaces`, `space`,
 * `Document.space` only give those), so they need no rule of their own; they only ever read inside that space.
 */
@Resolver(() => Space)
export class SpaceTreeResolver {
  constructor(private readonly tree: SpaceTreeService) {}

  @ResolveField(() => DocumentTreeLevel, {
    description:
      'Un niveau de l’arbre, hors corbeille : le premier niveau, ou les sous-documents d’un document de l’espace (aucun s’il n’est pas de cet espace ou s’il est à la corbeille).',
  })
  treeLevel(@Parent() space: Space, @Args() { parentId, first }: TreeLevelArgs): Promise<DocumentTreeLevel> {
    return this.tree.level(space.id, parentId ?? null, first);
  }

  @ResolveField(() => [DocumentTreeLevel], {
    description:
      'Les niveaux à ouvrir pour montrer un document, en une fois : le premier niveau, celui sous chacun de ses parents du plus haut au plus proche, puis ses propres sous-documents. Chaque niveau va au moins jusqu’au document du chemin. Seulement le premier niveau si le document n’est pas en place dans cet espace.',
  })
  treePath(@Parent() space: Space, @Args() { documentId, first }: TreePathArgs): Promise<DocumentTreeLevel[]> {
    return this.tree.path(space.id, documentId, first);
  }
}
