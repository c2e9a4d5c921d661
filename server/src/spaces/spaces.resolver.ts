import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders, type Loaders } from '../common/loaders';
import { CurrentUser } from '../common/request-context';
import { Document } from '../documents/document.entity';
import { Authorize } from '../policies/authorize.decorator';
import { PolicyService } from '../policies/policy.service';
import { Structure } from '../structures/structure.entity';
import { STRUCTURE } from '../structures/structures.loader';
import type { User } from '../users/user.entity';
import { CreateSpaceInput, UpdateSpaceInput } from './dto/space.input';
import { Space } from './space.entity';
import { TOP_LEVEL_DOCUMENTS } from './spaces.loader';
import { SpacesService } from './spaces.service';

@Resolver(() => Space)
export class SpacesResolver {
  constructor(
    private readonly spaces: SpacesService,
    private readonly policy: PolicyService,
  ) {}

  @Authorize('space.read')
  @Query(() => [Space], { name: 'spaces', description: 'Les espaces que la personne (ou le public) peut lire.' })
  readableSpaces(@CurrentUser() user: User | null): Promise<Space[]> {
    return this.spaces.listReadable(user);
  }

  @Authorize('space.read')
  @Query(() => Space, { nullable: true, description: 'Un espace par son adresse (actuelle ou ancienne) ; null s’il est inconnu ou non lisible.' })
  space(@Args('slug') slug: string, @CurrentUser() user: User | null): Promise<Space | null> {
    return this.spaces.findReadableBySlug(user, slug);
  }

  @ResolveField(() => [Document], { description: 'Les documents de premier niveau, dans l’ordre.' })
  documents(@Parent() space: Space, @RequestLoaders() loaders: Loaders): Promise<Document[]> {
    return loaders.load(TOP_LEVEL_DOCUMENTS, space.id);
  }

  @ResolveField(() => Boolean, { description: 'La personne peut-elle créer et modifier des documents ici ?' })
  canEdit(@Parent() space: Space, @CurrentUser() user: User | null): boolean {
    return this.policy.canEditIn(user, space);
  }

  @ResolveField(() => [Structure], { description: 'Structures qui peuvent lire l’espace quand il est restreint.' })
  async allowedStructures(@Parent() space: Space, @RequestLoaders() loaders: Loaders): Promise<Structure[]> {
    const structures = await loaders.loadMany(STRUCTURE, space.allowedStructureIds);
    return structures.filter((structure): structure is Structure => structure !== null).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  @Authorize('space.manage')
  @Mutation(() => Space)
  createSpace(@Args('input') input: CreateSpaceInput): Promise<Space> {
    return this.spaces.create(input);
  }

  @Authorize('space.manage', { kind: 'space', arg: 'input.id' })
  @Mutation(() => Space)
  updateSpace(@Args('input') input: UpdateSpaceInput): Promise<Space> {
    return this.spaces.update(input);
  }

  @Authorize('space.manage', { kind: 'space', arg: 'id' })
  @Mutation(() => Boolean, { description: 'Refusé (CONFLICT) tant que l’espace contient des documents.' })
  async deleteSpace(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.spaces.delete(id);
    return true;
  }
}
