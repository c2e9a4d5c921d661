import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders, type Loaders } from '../common/loaders';
import { CurrentUser } from '../common/request-context';
import { Authorize } from '../policies/authorize.decorator';
import { PolicyService } from '../policies/policy.service';
import { Space } from '../spaces/space.entity';
import { User } from '../users/user.entity';
import { personOf } from '../users/users.loader';
import { Document } from './document.entity';
import { ANCESTORS, CHILDREN, DOCUMENT, SPACE } from './documents.loader';
import { DocumentsService } from './documents.service';
import { CreateDocumentInput, MoveDocumentInput, RecentDocumentsArgs, RenameDocumentArgs } from './dto/document.input';

@Resolver(() => Document)
export class DocumentsResolver {
  constructor(
    private readonly documents: DocumentsService,
    private readonly policy: PolicyService,
  ) {}

  @Authorize('space.read')
  @Query(() => Document, { nullable: true, description: 'Un document ; null s’il est inconnu ou non lisible.' })
  document(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User | null): Promise<Document | null> {
    return this.documents.findReadable(user, id);
  }

  @Authorize('space.read')
  @Query(() => [Document], { description: 'Les derniers documents modifiés parmi ceux que la personne peut lire.' })
  recentDocuments(@Args() { limit }: RecentDocumentsArgs, @CurrentUser() user: User | null): Promise<Document[]> {
    return this.documents.recent(user, limit);
  }

  @Authorize('document.restore', { kind: 'space', arg: 'spaceId' })
  @Query(() => [Document], { description: 'La corbeille d’un espace : les documents mis à la corbeille (avec leurs sous-documents).' })
  trash(@Args('spaceId', { type: () => ID }) spaceId: string): Promise<Document[]> {
    return this.documents.trash(spaceId);
  }

  @ResolveField(() => Space)
  async space(@Parent() document: Document, @RequestLoaders() loaders: Loaders): Promise<Space> {
    return document.space ?? (await loaders.load(SPACE, document.spaceId))!;
  }

  @ResolveField(() => Document, { nullable: true, description: 'Le document parent, s’il est lisible ; vide au premier niveau.' })
  async parent(@Parent() document: Document, @RequestLoaders() loaders: Loaders): Promise<Document | null> {
    const parent = document.parentId ? await loaders.load(DOCUMENT, document.parentId) : null;
    if (!parent) return null;
    // A parent is always in its child's space (documents move within their space).
    return this.policy.canReadDocument(loaders.viewer, { deletedAt: parent.deletedAt, space: await this.space(document, loaders) }) ? parent : null;
  }

  @ResolveField(() => [Document], { description: 'Les sous-documents, dans l’ordre (hors corbeille).' })
  children(@Parent() document: Document, @RequestLoaders() loaders: Loaders): Promise<Document[]> {
    return loaders.load(CHILDREN, document.id);
  }

  @ResolveField(() => [Document], { description: 'Les documents parents, du plus haut au plus proche : le fil d’Ariane.' })
  ancestors(@Parent() document: Document, @RequestLoaders() loaders: Loaders): Promise<Document[]> {
    return loaders.load(ANCESTORS, document.id);
  }

  @ResolveField(() => Boolean, { description: 'La personne peut-elle renommer, déplacer ou supprimer ce document ?' })
  async canEdit(@Parent() document: Document, @RequestLoaders() loaders: Loaders): Promise<boolean> {
    return this.policy.canEditIn(loaders.viewer, await this.space(document, loaders));
  }

  // Authors are shown to people with an account; the public reads documents without names attached.
  @ResolveField(() => User, { nullable: true })
  createdBy(@Parent() document: Document, @RequestLoaders() loaders: Loaders): Promise<User | null> {
    return personOf(loaders, document.createdById);
  }

  @ResolveField(() => User, { nullable: true })
  updatedBy(@Parent() document: Document, @RequestLoaders() loaders: Loaders): Promise<User | null> {
    return personOf(loaders, document.updatedById);
  }

  @ResolveField(() => User, { nullable: true })
  deletedBy(@Parent() document: Document, @RequestLoaders() loaders: Loaders): Promise<User | null> {
    return personOf(loaders, document.deletedById);
  }

  @Authorize('document.create', { kind: 'space', arg: 'input.spaceId' }, { kind: 'document', arg: 'input.parentId', optional: true })
  @Mutation(() => Document)
  createDocument(@Args('input') input: CreateDocumentInput, @CurrentUser() user: User): Promise<Document> {
    return this.documents.create(input, user);
  }

  @Authorize('document.edit', { kind: 'document', arg: 'id' })
  @Mutation(() => Document, { description: 'Renomme ; l’adresse du document reste valable.' })
  renameDocument(@Args() { id, title }: RenameDocumentArgs, @CurrentUser() user: User): Promise<Document> {
    return this.documents.rename(id, title, user);
  }

  @Authorize('document.edit', { kind: 'document', arg: 'input.id' }, { kind: 'document', arg: 'input.parentId', optional: true })
  @Mutation(() => Document, { description: 'Range le document sous un autre parent (ou au premier niveau), au rang donné.' })
  moveDocument(@Args('input') input: MoveDocumentInput, @CurrentUser() user: User): Promise<Document> {
    return this.documents.move(input, user);
  }

  @Authorize('document.trash', { kind: 'document', arg: 'id' })
  @Mutation(() => Document, { description: 'Met le document et ses sous-documents à la corbeille.' })
  trashDocument(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User): Promise<Document> {
    return this.documents.moveToTrash(id, user);
  }

  @Authorize('document.restore', { kind: 'document', arg: 'id' })
  @Mutation(() => Document, { description: 'Restaure un document de la corbeille avec ses sous-documents.' })
  restoreDocument(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User): Promise<Document> {
    return this.documents.restore(id, user);
  }

  @Authorize('document.purge', { kind: 'document', arg: 'id' })
  @Mutation(() => Boolean, { description: 'Supprime définitivement un document qui est dans la corbeille.' })
  async purgeDocument(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.documents.purge(id);
    return true;
  }
}
