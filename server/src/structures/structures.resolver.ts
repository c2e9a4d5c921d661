import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders, type Loaders } from '../common/loaders';
import { Authorize, Public } from '../policies/authorize.decorator';
import { CreateStructureInput, UpdateStructureInput } from './dto/structure.input';
import { EscSite } from './esc-site.entity';
import { Structure } from './structure.entity';
import { MEMBER_COUNT, SITES_OF_STRUCTURE } from './structures.loader';
import { StructuresService } from './structures.service';

@Resolver(() => Structure)
export class StructuresResolver {
  constructor(private readonly structures: StructuresService) {}

  @Public()
  @Query(() => [Structure], { name: 'structures', description: 'Les structures partenaires (publiques : elles signent ce qui est écrit).' })
  structuresList(): Promise<Structure[]> {
    return this.structures.list();
  }

  @Public()
  @Query(() => [EscSite], { description: 'Les Espaces Sociaux Communs du dispositif.' })
  escSites(): Promise<EscSite[]> {
    return this.structures.listSites();
  }

  @ResolveField(() => [EscSite])
  sites(@Parent() structure: Structure, @RequestLoaders() loaders: Loaders): Promise<EscSite[]> {
    return structure.sites ? Promise.resolve(structure.sites) : loaders.load(SITES_OF_STRUCTURE, structure.id);
  }

  @ResolveField(() => Int, { description: 'Nombre de comptes rattachés à la structure.' })
  memberCount(@Parent() structure: Structure, @RequestLoaders() loaders: Loaders): Promise<number> {
    return loaders.load(MEMBER_COUNT, structure.id);
  }

  @Authorize('structure.manage')
  @Mutation(() => Structure)
  createStructure(@Args('input') input: CreateStructureInput): Promise<Structure> {
    return this.structures.create(input);
  }

  @Authorize('structure.manage', { kind: 'structure', arg: 'input.id' })
  @Mutation(() => Structure)
  updateStructure(@Args('input') input: UpdateStructureInput): Promise<Structure> {
    return this.structures.update(input);
  }

  @Authorize('structure.manage', { kind: 'structure', arg: 'id' })
  @Mutation(() => Boolean, { description: 'Refusé (CONFLICT) tant que des comptes appartiennent à la structure.' })
  async deleteStructure(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.structures.delete(id);
    return true;
  }
}
