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

  @Field(() => Int)
  position: number;
}
