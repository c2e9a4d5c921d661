import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import {
  SLUG_MAX_LENGTH,
  SLUG_PATTERN,
  SLUG_RULE_MESSAGE,
  SPACE_DESCRIPTION_LENGTH,
  SPACE_NAME_LENGTH,
  SPACE_VISIBILITIES,
  type Role,
  type SpaceVisibility,
} from '@cocon/shared';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { Text } from '../../common/validation';
import { STRUCTURE_MESSAGES } from '../../structures/structures.messages';
import { RoleEnum } from '../../users/user.entity';
import { SpaceVisibilityEnum } from '../space.entity';
import { SPACE_MESSAGES } from '../spaces.messages';

@InputType()
export class CreateSpaceInput {
  @Field()
  @Text('Le nom', SPACE_NAME_LENGTH)
  name: string;

  @Field({
    nullable: true,
    description: 'Adresse (/espaces/<slug>) : tirée du nom à la création si absente ; une fois changée, l’ancienne mène encore à l’espace.',
  })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: SLUG_RULE_MESSAGE })
  @MaxLength(SLUG_MAX_LENGTH, { message: `L’adresse ne peut pas dépasser ${SLUG_MAX_LENGTH} caractères.` })
  slug?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text('La description', SPACE_DESCRIPTION_LENGTH)
  description?: string;

  @Field(() => SpaceVisibilityEnum)
  @IsIn(SPACE_VISIBILITIES, { message: 'Choisissez qui peut lire l’espace.' })
  visibility: SpaceVisibility;

  @Field(() => [RoleEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  allowedRoles?: Role[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: STRUCTURE_MESSAGES.oneUnknown })
  allowedStructureIds?: string[];

  @Field(() => [RoleEnum], { nullable: true, description: 'Rôles qui peuvent commenter ; vide : toute personne qui peut lire.' })
  @IsOptional()
  @ArrayMaxSize(10)
  commentRoles?: Role[];
}

/** Every field of the creation form may be changed, each one optional: null or absent means unchanged. */
@InputType()
export class UpdateSpaceInput extends PartialType(CreateSpaceInput) {
  @Field(() => ID)
  @IsUUID('all', { message: SPACE_MESSAGES.notFound })
  id: string;
}
