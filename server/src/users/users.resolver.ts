import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/request-context';
import { Authorize } from '../policies/authorize.decorator';
import { Structure } from '../structures/structure.entity';
import { UpdateProfileInput, UpdateUserInput } from './dto/user.input';
import { LinkResult } from './link-result.model';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Authorize('user.manage')
  @Query(() => [User], { name: 'users', description: 'Tous les comptes (administrateurs).' })
  allUsers(): Promise<User[]> {
    return this.users.list();
  }

  @ResolveField(() => Structure)
  structure(@Parent() user: User): Promise<Structure> {
    return this.users.structureOf(user);
  }

  @ResolveField(() => Boolean)
  disabled(@Parent() user: User): boolean {
    return user.disabledAt !== null;
  }

  @ResolveField(() => Boolean, { description: 'Invité, sans mot de passe choisi pour l’instant.' })
  invitationPending(@Parent() user: User): boolean {
    return user.passwordHash === null;
  }

  @Authorize('user.manage', { kind: 'user', arg: 'input.id', notSelf: true })
  @Mutation(() => User, { description: 'Change le compte d’une autre personne ; jamais le sien.' })
  updateUser(@Args('input') input: UpdateUserInput): Promise<User> {
    return this.users.update(input);
  }

  @Authorize('profile.update')
  @Mutation(() => User, { description: 'Change son propre nom.' })
  updateProfile(@Args('input') input: UpdateProfileInput, @CurrentUser() user: User): Promise<User> {
    return this.users.updateProfile(user, input.name);
  }

  @Authorize('user.manage', { kind: 'user', arg: 'userId' })
  @Mutation(() => LinkResult, {
    description: 'Crée un lien pour choisir un nouveau mot de passe (ou une nouvelle invitation si la personne n’en a jamais choisi).',
  })
  createPasswordResetLink(@Args('userId', { type: () => ID }) userId: string, @CurrentUser() admin: User): Promise<LinkResult> {
    return this.users.createPasswordLink(userId, admin);
  }
}
