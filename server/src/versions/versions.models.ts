import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { DocumentDiff } from '@cocon/shared';
import { GraphQLJSON } from '../common/json.scalar';
import { OfficialVersion } from './official-version.entity';
import { Revision } from './revision.entity';

@ObjectType({ description: 'La comparaison de deux états d’un même document.' })
export class RevisionComparison {
  @Field(() => Revision)
  from: Revision;

  @Field(() => Revision, { nullable: true, description: 'Absente : la comparaison est faite avec l’état actuel du document.' })
  to: Revision | null;

  @Field(() => GraphQLJSON, {
    description:
      'Les changements, chapitre par chapitre (type DocumentDiff de @cocon/shared) : blocs inchangés, ajoutés, supprimés, ' +
      'modifiés (mot à mot, cellule par cellule pour les tableaux) ou déplacés, avec les totaux de chaque chapitre.',
  })
  diff: DocumentDiff;
}

@ObjectType({ description: 'D’où vient un paragraphe du document tel qu’il est maintenant.' })
export class ParagraphProvenance {
  @Field(() => Int, { description: 'Rang du paragraphe dans le document (0 = le premier).' })
  index: number;

  @Field({ description: 'paragraph, heading, listItem, taskItem, codeBlock, table, image…' })
  type: string;

  @Field(() => Int, { description: 'Niveau du titre, ou profondeur dans une liste.' })
  level: number;

  @Field()
  text: string;

  @Field({ description: 'Vrai si sa forme actuelle n’est encore dans aucune révision (modification en cours).' })
  pending: boolean;

  @Field(() => Revision, { nullable: true, description: 'La révision où il est apparu (peut-être écrit autrement).' })
  origin: Revision | null;

  @Field(() => Revision, { nullable: true, description: 'La révision qui lui a donné sa forme actuelle.' })
  changedIn: Revision | null;

  @Field(() => OfficialVersion, { nullable: true, description: 'La première version officielle qui le contenait.' })
  firstOfficialVersion: OfficialVersion | null;

  @Field(() => OfficialVersion, { nullable: true, description: 'La première version officielle qui le contenait sous sa forme actuelle.' })
  wordingSinceOfficialVersion: OfficialVersion | null;
}
