import { Field, ID, InputType } from '@nestjs/graphql';
import { PERSON_NAME_LENGTH, type Role } from '@cocon/shared';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Text } from '../../common/validation';
import { STRUCTURE_MESSAGES } from '../../structures/structures.messages';
import { RoleEnum } from '../user.entity';
import { USER_MESSAGES } from '../users.messages';

@InputType({ description: 'Ce qu’un administrateur peut changer sur le compte d’une autre personne.' })
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: USER_MESSAGES.notFound })
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Text('Le nom', PERSON_NAME_LENGTH)
  name?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: STRUCTURE_MESSAGES.unknown })
  structureId?: string;

  @Field({ nullable: true, description: 'Désactiver un compte ferme toutes ses sessions.' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

@InputType({ description: 'Ce que chacun peut changer sur son propre compte. Ni rôle ni structure : seul un administrateur les change.' })
export class UpdateProfileInput {
  @Field()
  @Text('Le nom', PERSON_NAME_LENGTH)
  name: string;
}
