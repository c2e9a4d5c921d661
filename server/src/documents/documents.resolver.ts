import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../common/request-context';
import { Authorize } from '../policies/authorize.decorator';
import { PolicyService } from '../policies/policy.service';
import { Space } from '../spaces/space.entity';
import { SpacesService } from '../spaces/spaces.service';
import { User } from '../users/user.entity';
import { UsersLoader } from '../users/users.loader';
import { Document } from './document.entity';
import { DocumentsService } from './documents.service';
import { CreateDocumentInput, MoveDocumentInput, RenameDocumentArgs } from './dto/document.input';

@Resolver(() => Document)
export class DocumentsResolver {
  constructor(
    private readonly documents: DocumentsService,
    private readonly spaces: SpacesService,
    private readonly policy: PolicyService,
    private readonly usersLoader: UsersLoader,
  ) {}

  @Authorize('space.read')
  @Query(() => Document, { nullable: true, description: 'Un document ; null s’il est inconnu ou non lisible.' })
  document(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: User | null): Promise<Document | null> {
    return this.documents.findReadable(user, id);
  }

  @Authorize('space.read')
  @Query(() => [Document], { description: 'Les derniers documents modifiés parmi ceux que la personne peut lire.' })
  recentDocuments(
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
    @CurrentUser() user: User | null,
  ): Promise<Document[]> {
    return this.documents.recent(user, limit);
  }

  @Authorize('document.restore', { kind: 'space', arg: 'spaceId' })
  @Query(() => [Document], { description: 'La corbeille d’un espace : les documents mis à la corbeille (avec leurs sous-documents).' })
  trash(@Args('spaceId', { type: () => ID }) spaceId: string): Promise<Document[]> {
    return this.documents.trash(spaceId);
  }

  @ResolveField(() => Space)
  async space(@Parent() document: Document): Promise<Space> {
    return document.space ?? (await this.spaces.findById(document.spaceId))!;
  }

  @ResolveField(() => Document, { nullable: true })
  parent(@Parent() document: Document, @CurrentUser() user: User | null): Promise<Document | null> {
    return document.parentId ? this.documents.findReadable(user, document.parentId) : Promise.resolve(null);
  }

  @ResolveField(() => [Document], { description: 'Les sous-documents, dans l’ordre (hors corbeille).' })
  children(@Parent() document: Document): Promise<Document[]> {
    return this.documents.children(document);
  }

  @ResolveField(() => [Document], { description: 'Les documents parents, du plus haut au plus proche : le fil d’Ariane.' })
  ancestors(@Parent() document: Document): Promise<Document[]> {
    return this.documents.ancestors(document);
  }

  @ResolveField(() => Boolean, { description: 'La personne peut-elle renommer, déplacer ou supprimer ce document ?' })
  async canEdit(@Parent() document: Document, @CurrentUser() user: User | null): Promise<boolean> {
    return this.policy.canEditIn(user, await this.space(document));
  }

  // Authors are shown to people with an account; the public reads documents without names attached.
  @ResolveField(() => User, { nullable: true })
  createdBy(@Parent() document: Document, @CurrentUser() user: User | null): Promise<User | null> {
    return this.usersLoader.load(user, document.createdById);
  }

  @ResolveField(() => User, { nullable: true })
  updatedBy(@Parent() document: Document, @CurrentUser() user: User | null): Promise<User | null> {
    return this.usersLoader.load(user, document.updatedById);
  }

  @ResolveField(() => User, { nullable: true })
  deletedBy(@Parent() document: Document, @CurrentUser() user: User | null): Promise<User | null> {
    return this.usersLoader.load(user, document.deletedById);
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
