import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { JSONContent } from '@cocon/shared';
import { GraphQLJSON } from '../common/json.scalar';
import { CurrentUser } from '../common/request-context';
import { Document } from '../documents/document.entity';
import { DocumentsService } from '../documents/documents.service';
import { Authorize } from '../policies/authorize.decorator';
import { Structure } from '../structures/structure.entity';
import { StructuresService } from '../structures/structures.service';
import { User } from '../users/user.entity';
import { UsersLoader } from '../users/users.loader';
import { CompareRevisionsArgs, CreateNamedRevisionArgs, NameRevisionArgs } from './dto/versions.input';
import { OfficialVersion } from './official-version.entity';
import { OfficialVersionsService } from './official-versions.service';
import { Revision } from './revision.entity';
import { RevisionsService } from './revisions.service';
import { ParagraphProvenance, RevisionComparison } from './versions.models';
import { VersionsService } from './versions.service';

@Resolver(() => Revision)
export class RevisionsResolver {
  constructor(
    private readonly revisions: RevisionsService,
    private readonly versions: VersionsService,
    private readonly official: OfficialVersionsService,
    private readonly documents: DocumentsService,
    private readonly structures: StructuresService,
    private readonly usersLoader: UsersLoader,
  ) {}

  @Authorize('history.read', { kind: 'revision', arg: 'id' })
  @Query(() => Revision, { description: 'Une révision, avec son contenu tel qu’il était.' })
  revision(@Args('id', { type: () => ID }) id: string): Promise<Revision> {
    return this.versions.revisionsByIds([id]).then(([revision]) => revision);
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
  async document(@Parent() revision: Revision): Promise<Document> {
    return this.documents.findById(revision.documentId);
  }

  // Names are for people with an account, as for authors; the structures that took part are public.
  @ResolveField(() => [User], { description: 'Les personnes qui ont modifié le document depuis la révision précédente.' })
  contributors(@Parent() revision: Revision, @CurrentUser() user: User | null): Promise<User[]> {
    return this.usersLoader.loadMany(user, revision.contributorIds);
  }

  @ResolveField(() => [Structure], { description: 'Les structures de ces personnes.' })
  contributorStructures(@Parent() revision: Revision): Promise<Structure[]> {
    return this.structures.findByIds(revision.structureIds);
  }

  @ResolveField(() => User, { nullable: true, description: 'Qui a demandé la révision (nom, restauration, proposition).' })
  createdBy(@Parent() revision: Revision, @CurrentUser() user: User | null): Promise<User | null> {
    return this.usersLoader.load(user, revision.createdById);
  }

  @ResolveField(() => [OfficialVersion], { description: 'Les versions officielles proposées ou validées à partir de cette révision.' })
  officialVersions(@Parent() revision: Revision): Promise<OfficialVersion[]> {
    return this.official.forRevision(revision.id);
  }
}
