import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

/** How many documents of a level are given at most: a level is read whole up to this, never the whole space. */
export const TREE_LEVEL_MAX = 1000;
const shownMax = TREE_LEVEL_MAX.toLocaleString('fr-FR');

@ArgsType()
class TreeLevelSize {
  @Field(() => Int, {
    defaultValue: 100,
    description: `Nombre de documents donnés au plus par niveau (1 à ${shownMax}) ; pour voir la suite, redemandez le niveau avec un nombre plus grand.`,
  })
  @IsInt({ message: 'Le nombre de documents doit être un nombre entier.' })
  @Min(1, { message: 'Demandez au moins un document.' })
  @Max(TREE_LEVEL_MAX, { message: `Demandez au plus ${shownMax} documents par niveau.` })
  first: number;
}

@ArgsType()
export class TreeLevelArgs extends TreeLevelSize {
  @Field(() => ID, { nullable: true, description: 'Le document dont on veut les sous-documents ; absent pour le premier niveau de l’espace.' })
  @IsOptional()
  @IsUUID('all', { message: 'Ce document n’existe pas ou vous n’y avez pas accès.' })
  parentId?: string | null;
}

@ArgsType()
export class TreePathArgs extends TreeLevelSize {
  @Field(() => ID, { description: 'Le document à montrer dans l’arbre.' })
  @IsUUID('all', { message: 'Ce document n’existe pas ou vous n’y avez pas accès.' })
  documentId: string;
}
