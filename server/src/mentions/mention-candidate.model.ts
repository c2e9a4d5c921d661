import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MENTION_KINDS, type MentionKind } from '@cocon/shared';
import { Structure } from '../structures/structure.entity';

export const MentionKindEnum = Object.fromEntries(MENTION_KINDS.map((kind) => [kind, kind])) as { [K in MentionKind]: K };
registerEnumType(MentionKindEnum, { name: 'MentionKind', description: 'Ce que nomme une mention : une personne ou une structure.' });

@ObjectType({ description: 'Une personne ou une structure que l’on peut mentionner (« @Prénom Nom », « @CAF »).' })
export class MentionCandidate {
  @Field(() => ID, { description: 'L’identifiant du compte (PERSON) ou de la structure (STRUCTURE).' })
  id: string;

  @Field(() => MentionKindEnum)
  kind: MentionKind;

  @Field({ description: 'Le texte de la mention, sans « @ » : le nom de la personne, ou le nom court de la structure.' })
  label: string;

  @Field(() => Structure, { description: 'La structure de la personne, ou la structure mentionnée elle-même.' })
  structure: Structure;
}
