import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum TokenKind {
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}
registerEnumType(TokenKind, { name: 'TokenKind' });

@ObjectType({ description: 'Ce qu’affiche une page de lien (invitation, réinitialisation) avant son formulaire.' })
export class TokenInfo {
  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => TokenKind)
  kind: TokenKind;
}
