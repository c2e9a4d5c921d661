import { Field, ID, InputType } from '@nestjs/graphql';
import { PERSON_NAME_LENGTH, ROLES, type Role } from '@cocon/shared';
import { IsIn, IsUUID } from 'class-validator';
import { Email, Text } from '../../common/validation';
import { RoleEnum } from '../../users/user.entity';

@InputType()
export class InviteUserInput {
  @Field()
  @Email()
  email: string;

  @Field()
  @Text('Le nom', PERSON_NAME_LENGTH)
  name: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES, { message: 'Choisissez un rôle.' })
  role: Role;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choisissez une structure.' })
  structureId: string;
}
