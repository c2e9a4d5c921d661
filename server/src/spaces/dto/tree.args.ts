import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { Bounded } from '../../common/validation';
import { DOCUMENT_MESSAGES } from '../../documents/documents.messages';

/** How many documents of a level are given at most: a level is read whole up to this, never the whole space. */
export const TREE_LEVEL_MAX = 1000;
const shownMax = TREE_LEVEL_MAX.toLocaleString('fr-FR');

@ArgsType()
class TreeLevelSize {
  @Field(() => Int, {
    defaultValue: 100,
    description: `Nombre de documents donnés au plus par niveau (1 à ${shownMax}) ; pour voir la suite, redemandez le niveau avec un nombre plus grand.`,
  })
  @Bounded('Le nombre de documents par niveau', 1, TREE_LEVEL_MAX)
  first: number;
}

@ArgsType()
export class TreeLevelArgs extends TreeLevelSize {
  @Field(() => ID, { nullable: true, description: 'Le document dont on veut les sous-documents ; absent pour le premier niveau de l’espace.' })
  @IsOptional()
  @IsUUID('all', { message: DOCUMENT_MESSAGES.notFound })
  parentId?: string | null;
}

@ArgsType()
export class TreePathArgs extends TreeLevelSize {
  @Field(() => ID, { description: 'Le document à montrer dans l’arbre.' })
  @IsUUID('all', { message: DOCUMENT_MESSAGES.notFound })
  documentId: string;
}
