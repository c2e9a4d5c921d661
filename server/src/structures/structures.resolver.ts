import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize, Public } from '../policies/authorize.decorator';
import { CreateStructureInput, UpdateStructureInput } from './dto/structure.input';
import { EscSite } from './esc-site.entity';
import { Structure } from './structure.entity';
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
  sites(@Parent() structure: Structure): Promise<EscSite[]> {
    return structure.sites ? Promise.resolve(structure.sites) : this.structures.sitesOf(structure.id);
  }

  @ResolveField(() => Int, { description: 'Nombre de comptes rattachés à la structure.' })
  memberCount(@Parent() structure: Structure): Promise<number> {
    return this.structures.memberCount(structure.id);
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
