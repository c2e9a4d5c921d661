import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type GraphQLContext } from '../common/request-context';
import { Authorize } from '../policies/authorize.decorator';
import { LinkResult } from '../users/link-result.model';
import type { User } from '../users/user.entity';
import { InviteUserInput } from './dto/invite-user.input';
import { Invitation } from './invitation.model';
import { InvitationsService } from './invitations.service';

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(private readonly invitations: InvitationsService) {}

  @Authorize('invitation.manage')
  @Query(() => [Invitation], { name: 'invitations', description: 'Les invitations, des plus récentes aux plus anciennes.' })
  invitationsList(): Promise<Invitation[]> {
    return this.invitations.list();
  }

  @Authorize('invitation.manage')
  @Mutation(() => LinkResult, {
    description: 'Crée le compte et son lien d’invitation (valable 7 jours, à usage unique), envoyé par e-mail si possible.',
  })
  inviteUser(@Args('input') input: InviteUserInput, @CurrentUser() admin: User, @Context() { req }: GraphQLContext): Promise<LinkResult> {
    return this.invitations.invite(input, admin, req);
  }

  @Authorize('invitation.manage', { kind: 'invitation', arg: 'id' })
  @Mutation(() => Invitation)
  revokeInvitation(@Args('id', { type: () => ID }) id: string): Promise<Invitation> {
    return this.invitations.revoke(id);
  }
}
