import { Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { SPACE_VISIBILITIES, type Role, type SpaceVisibility } from '@cocon/shared';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { Text } from '../../common/validation';
import { RoleEnum } from '../../users/user.entity';
import { SpaceVisibilityEnum } from '../space.entity';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugMessage = 'L’adresse ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets.';

@InputType()
export class CreateSpaceInput {
  @Field()
  @Text('Le nom', 2, 120)
  name: string;

  @Field({
    nullable: true,
    description: 'Adresse (/espaces/<slug>) : tirée du nom à la création si absente ; une fois changée, l’ancienne mène encore à l’espace.',
  })
  @IsOptional()
  @Matches(SLUG, { message: slugMessage })
  slug?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text('La description', 0, 1000)
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
  @IsUUID('all', { each: true, message: 'Une des structures choisies est inconnue.' })
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
  @IsUUID('all', { message: 'Cet espace n’existe pas ou vous n’y avez pas accès.' })
  id: string;
}
