import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password';

const tooShort = `Le mot de passe doit compter au moins ${PASSWORD_MIN_LENGTH} caractères.`;
const tooLong = `Le mot de passe ne peut pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`;

/** The rule for a new password, written once for every form that sets one. */
export function NewPassword(): PropertyDecorator {
  return (target, key) => {
    IsString({ message: tooShort })(target, key);
    MinLength(PASSWORD_MIN_LENGTH, { message: tooShort })(target, key);
    MaxLength(PASSWORD_MAX_LENGTH, { message: tooLong })(target, key);
  };
}

@ArgsType()
export class SetPasswordArgs {
  @Field({ description: 'Le secret contenu dans le lien reçu (invitation ou réinitialisation).' })
  @IsString()
  @MaxLength(200, { message: 'Ce lien n’est pas valide.' })
  token: string;

  @Field()
  @NewPassword()
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, { message: tooLong })
  currentPassword: string;

  @Field()
  @NewPassword()
  newPassword: string;
}
