import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { STRUCTURE_KINDS, STRUCTURE_NAME_LENGTH, STRUCTURE_SHORT_NAME_LENGTH, type StructureKind } from '@cocon/shared';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { Text } from '../../common/validation';
import { StructureKindEnum } from '../structure.entity';
import { STRUCTURE_MESSAGES } from '../structures.messages';

const COLOR = /^#[0-9a-fA-F]{6}$/;
const colorMessage = 'La couleur doit être au format #RRVVBB (par exemple #0B5FA5).';

@InputType()
export class CreateStructureInput {
  @Field()
  @Text('Le nom', STRUCTURE_NAME_LENGTH)
  name: string;

  @Field({ description: `Nom court des badges (${STRUCTURE_SHORT_NAME_LENGTH.max} caractères au plus).` })
  @Text('Le nom court', STRUCTURE_SHORT_NAME_LENGTH)
  shortName: string;

  @Field(() => StructureKindEnum)
  @IsIn(STRUCTURE_KINDS, { message: 'Choisissez la nature de la structure.' })
  kind: StructureKind;

  @Field()
  @Matches(COLOR, { message: colorMessage })
  color: string;

  @Field(() => [ID], { nullable: true, description: 'Les ESC où la structure intervient.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: STRUCTURE_MESSAGES.oneSiteUnknown })
  siteIds?: string[];
}

/** Every field of the creation form may be changed, each one optional: null or absent means unchanged. */
@InputType()
export class UpdateStructureInput extends PartialType(CreateStructureInput) {
  @Field(() => ID)
  @IsUUID('all', { message: STRUCTURE_MESSAGES.notFound })
  id: string;
}
