import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders, type Loaders } from '../common/loaders';
import { CurrentUser, type GraphQLContext } from '../common/request-context';
import { Authorize } from '../policies/authorize.decorator';
import { PolicyService } from '../policies/policy.service';
import { Structure } from '../structures/structure.entity';
import { STRUCTURE } from '../structures/structures.loader';
import { UpdateProfileInput, UpdateUserInput } from './dto/user.input';
import { LinkResult } from './link-result.model';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly policy: PolicyService,
  ) {}

  @Authorize('user.manage')
  @Query(() => [User], { name: 'users', description: 'Tous les comptes (administrateurs).' })
  allUsers(): Promise<User[]> {
    return this.users.list();
  }

  @ResolveField(() => Structure)
  async structure(@Parent() user: User, @RequestLoaders() loaders: Loaders): Promise<Structure> {
    return user.structure ?? (await loaders.load(STRUCTURE, user.structureId))!;
  }

  // An address reaches a person outside Cocon: the people who manage accounts need it, the others do not.
  @ResolveField(() => String, {
    nullable: true,
    description:
      'Adresse e-mail, en minuscules ; elle sert d’identifiant de connexion. Visible de la personne elle-même et des administrateurs ; vide pour les autres.',
  })
  email(@Parent() user: User, @CurrentUser() viewer: User | null): string | null {
    return viewer && (viewer.id === user.id || this.policy.can(viewer, 'user.manage')) ? user.email : null;
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
  createPasswordResetLink(
    @Args('userId', { type: () => ID }) userId: string,
    @CurrentUser() admin: User,
    @Context() { req }: GraphQLContext,
  ): Promise<LinkResult> {
    return this.users.createPasswordLink(userId, admin, req);
  }
}
