import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Un document dans l’arbre d’un espace, avec juste ce qu’il faut pour l’afficher.' })
export class DocumentTreeItem {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  slug: string;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => Int, { description: 'Rang parmi les documents de même parent (0 = premier).' })
  position: number;

  @Field(() => Int, {
    description: 'Nombre de sous-documents en place (hors corbeille) : de quoi montrer qu’il se déplie, sans les charger.',
  })
  childCount: number;
}

@ObjectType({ description: 'Un niveau de l’arbre : les documents en place sous un même parent, dans l’ordre.' })
export class DocumentTreeLevel {
  @Field(() => ID, { nullable: true, description: 'Le document dont ce sont les sous-documents ; vide pour le premier niveau de l’espace.' })
  parentId: string | null;

  @Field(() => [DocumentTreeItem])
  items: DocumentTreeItem[];

  @Field({ description: 'D’autres documents suivent à ce niveau : demandez-en davantage avec `first`.' })
  hasMore: boolean;
}
