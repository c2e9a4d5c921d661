import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../common/request-context';
import { CurrentUser } from '../common/request-context';
import { Authorize, Public } from '../policies/authorize.decorator';
import { User } from '../users/user.entity';
import { AuthService } from './auth.service';
import { EmailArgs, LoginArgs } from './dto/login.args';
import { ChangePasswordInput, SetPasswordArgs } from './dto/password.input';
import { TokenInfo, TokenKind } from './token-info.model';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'La personne connectée, ou null pour le public.' })
  me(@CurrentUser() user: User | null): User | null {
    return user;
  }

  @Public()
  @Mutation(() => User, { description: 'Ouvre une session et pose le cookie de session (httpOnly).' })
  login(@Args() { email, password }: LoginArgs, @Context() { req, res }: GraphQLContext): Promise<User> {
    return this.auth.login(email, password, req, res);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ferme la session en cours.' })
  async logout(@Context() { req, res }: GraphQLContext): Promise<boolean> {
    await this.auth.logout(req, res);
    return true;
  }

  @Public()
  @Query(() => TokenInfo, { description: 'Vérifie un lien d’invitation ou de réinitialisation avant d’afficher son formulaire.' })
  async tokenInfo(@Args('token') token: string): Promise<TokenInfo> {
    const found = await this.auth.inspectLink(token);
    return { email: found.user.email, name: found.user.name, kind: found.kind as TokenKind };
  }

  @Public()
  @Mutation(() => User, { description: 'Accepte une invitation : choisit son mot de passe et ouvre une session.' })
  acceptInvitation(@Args() { token, password }: SetPasswordArgs, @Context() { req, res }: GraphQLContext): Promise<User> {
    return this.auth.setPasswordFromLink('INVITATION', token, password, req, res);
  }

  @Public()
  @Mutation(() => User, { description: 'Choisit un nouveau mot de passe à partir d’un lien ; ferme les autres sessions.' })
  resetPassword(@Args() { token, password }: SetPasswordArgs, @Context() { req, res }: GraphQLContext): Promise<User> {
    return this.auth.setPasswordFromLink('PASSWORD_RESET', token, password, req, res);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Envoie un lien de réinitialisation si le compte existe. Répond toujours vrai, pour ne rien révéler.',
  })
  async requestPasswordReset(@Args() { email }: EmailArgs): Promise<boolean> {
    await this.auth.requestPasswordReset(email);
    return true;
  }

  @Authorize('profile.update')
  @Mutation(() => Boolean, { description: 'Change son propre mot de passe ; les autres sessions sont fermées.' })
  async changePassword(@Args('input') input: ChangePasswordInput, @CurrentUser() user: User, @Context() { req }: GraphQLContext): Promise<boolean> {
    await this.auth.changePassword(user, input.currentPassword, input.newPassword, req);
    return true;
  }
}
