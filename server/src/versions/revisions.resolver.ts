import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { JSONContent } from '@cocon/shared';
import { GraphQLJSON } from '../common/json.scalar';
import { RequestLoaders, type Loaders } from '../common/loaders';
import { CurrentUser } from '../common/request-context';
import { Document } from '../documents/document.entity';
import { DOCUMENT } from '../documents/documents.loader';
import { Authorize } from '../policies/authorize.decorator';
import { Structure } from '../structures/structure.entity';
import { STRUCTURE } from '../structures/structures.loader';
import { User } from '../users/user.entity';
import { peopleOf, personOf } from '../users/users.loader';
import { CompareRevisionsArgs, CreateNamedRevisionArgs, NameRevisionArgs } from './dto/versions.input';
import { OfficialVersion } from './official-version.entity';
import { Revision } from './revision.entity';
import { RevisionsService } from './revisions.service';
import { ParagraphProvenance, RevisionComparison } from './versions.models';
import { OFFICIAL_VERSIONS_OF_REVISION, REVISION } from './versions.loader';
import { VersionsService } from './versions.service';

@Resolver(() => Revision)
export class RevisionsResolver {
  constructor(
    private readonly revisions: RevisionsService,
    private readonly versions: VersionsService,
  ) {}

  @Authorize('history.read', { kind: 'revision', arg: 'id' })
  @Query(() => Revision, { description: 'Une révision, avec son contenu tel qu’il était.' })
  async revision(@Args('id', { type: () => ID }) id: string, @RequestLoaders() loaders: Loaders): Promise<Revision> {
    return (await loaders.load(REVISION, id))!;
  }

  @Authorize('history.read', { kind: 'revision', arg: 'fromId' }, { kind: 'revision', arg: 'toId', optional: true })
  @Query(() => RevisionComparison, {
    description: 'Compare deux révisions d’un même document (ou deux versions officielles, par leurs révisions) ; sans `toId`, avec l’état actuel.',
  })
  compareRevisions(@Args() { fromId, toId }: CompareRevisionsArgs): Promise<RevisionComparison> {
    return this.versions.compare(fromId, toId ?? null);
  }

  @Authorize('history.read', { kind: 'document', arg: 'documentId' })
  @Query(() => [ParagraphProvenance], { description: 'Pour chaque paragraphe du document tel qu’il est : d’où il vient.' })
  documentProvenance(@Args('documentId', { type: () => ID }) documentId: string): Promise<ParagraphProvenance[]> {
    return this.versions.provenance(documentId);
  }

  @Authorize('revision.name', { kind: 'document', arg: 'documentId' })
  @Mutation(() => Revision, { description: 'Prend une révision de l’état actuel, avec un nom (« avant la rencontre du 3 juin »).' })
  createNamedRevision(@Args() { documentId, name }: CreateNamedRevisionArgs, @CurrentUser() user: User): Promise<Revision> {
    return this.versions.createNamed(documentId, name, user);
  }

  @Authorize('revision.name', { kind: 'revision', arg: 'id' })
  @Mutation(() => Revision, { description: 'Donne un nom à une révision (impossible pour une version officielle validée).' })
  nameRevision(@Args() { id, name }: NameRevisionArgs): Promise<Revision> {
    return this.versions.name(id, name);
  }

  @Authorize('revision.restore', { kind: 'revision', arg: 'id' })
  @Mutation(() => Revision, {
    description: 'Remet le contenu d’une révision dans le document, comme une nouvelle modification ; renvoie la révision qui le garde.',
  })
  restoreRevision(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User): Promise<Revision> {
    return this.versions.restore(id, user);
  }

  @ResolveField(() => GraphQLJSON, { description: 'Le contenu à ce moment, au format JSON de l’éditeur.' })
  content(@Parent() revision: Revision): Promise<JSONContent> {
    return this.revisions.content(revision);
  }

  @ResolveField(() => Document)
  async document(@Parent() revision: Revision, @RequestLoaders() loaders: Loaders): Promise<Document> {
    return (await loaders.load(DOCUMENT, revision.documentId))!;
  }

  // Names are for people with an account, as for authors; the structures that took part are public.
  @ResolveField(() => [User], { description: 'Les personnes qui ont modifié le document depuis la révision précédente.' })
  contributors(@Parent() revision: Revision, @RequestLoaders() loaders: Loaders): Promise<User[]> {
    return peopleOf(loaders, revision.contributorIds);
  }

  @ResolveField(() => [Structure], { description: 'Les structures de ces personnes.' })
  async contributorStructures(@Parent() revision: Revision, @RequestLoaders() loaders: Loaders): Promise<Structure[]> {
    const structures = await loaders.loadMany(STRUCTURE, revision.structureIds);
    return structures.filter((structure): structure is Structure => structure !== null).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }

  @ResolveField(() => User, { nullable: true, description: 'Qui a demandé la révision (nom, restauration, proposition).' })
  createdBy(@Parent() revision: Revision, @RequestLoaders() loaders: Loaders): Promise<User | null> {
    return personOf(loaders, revision.createdById);
  }

  @ResolveField(() => [OfficialVersion], { description: 'Les versions officielles proposées ou validées à partir de cette révision.' })
  officialVersions(@Parent() revision: Revision, @RequestLoaders() loaders: Loaders): Promise<OfficialVersion[]> {
    return loaders.load(OFFICIAL_VERSIONS_OF_REVISION, revision.id);
  }
}
