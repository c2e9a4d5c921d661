import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { lengthMessages, PASSWORD_LENGTH } from '@cocon/shared';
import { IsString, MaxLength, MinLength } from 'class-validator';

const { tooShort, tooLong } = lengthMessages('Le mot de passe', PASSWORD_LENGTH);

/** The rule for a new password, written once for every form that sets one. */
export function NewPassword(): PropertyDecorator {
  return (target, key) => {
    IsString({ message: tooShort })(target, key);
    MinLength(PASSWORD_LENGTH.min, { message: tooShort })(target, key);
    MaxLength(PASSWORD_LENGTH.max, { message: tooLong })(target, key);
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
  @MaxLength(PASSWORD_LENGTH.max, { message: tooLong })
  currentPassword: string;

  @Field()
  @NewPassword()
  newPassword: string;
}
