import { ArgsType, Field } from '@nestjs/graphql';
import { EMAIL_LENGTH, PASSWORD_LENGTH } from '@cocon/shared';
import { Transform } from 'class-transformer';
import { IsString, MaxLength } from 'class-validator';

const normaliseEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

@ArgsType()
export class EmailArgs {
  @Field()
  @Transform(normaliseEmail)
  @IsString()
  @MaxLength(EMAIL_LENGTH.max, { message: 'Cette adresse e-mail est trop longue.' })
  email: string;
}

@ArgsType()
export class LoginArgs extends EmailArgs {
  @Field()
  @IsString()
  @MaxLength(PASSWORD_LENGTH.max, { message: 'Ce mot de passe est trop long.' })
  password: string;
}
