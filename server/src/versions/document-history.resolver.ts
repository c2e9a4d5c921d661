import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentUser } from '../common/request-context';
import { Document } from '../documents/document.entity';
import { DocumentEvent } from '../documents/document-event.entity';
import { User } from '../users/user.entity';
import { UsersLoader } from '../users/users.loader';
import { OfficialVersion } from './official-version.entity';
import { OfficialVersionsService } from './official-versions.service';
import { Revision } from './revision.entity';
import { RevisionsService } from './revisions.service';

/** The history of a document, read from the document itself. */
@Resolver(() => Document)
export class DocumentHistoryResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly revisionsService: RevisionsService,
    private readonly officialVersionsService: OfficialVersionsService,
  ) {}

  @ResolveField(() => [Revision], { description: 'Les révisions, de la plus récente à la plus ancienne ; `before` pour la page suivante.' })
  revisions(
    @Parent() document: Document,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('before', { type: () => Int, nullable: true, description: 'Les révisions de numéro inférieur à celui-ci.' }) before: number | null,
  ): Promise<Revision[]> {
    return this.revisionsService.list(document.id, limit, before);
  }

  @ResolveField(() => [DocumentEvent], { description: 'Les changements de titre, de place et de corbeille, du plus récent au plus ancien.' })
  events(@Parent() document: Document): Promise<DocumentEvent[]> {
    return this.dataSource.manager.find(DocumentEvent, { where: { documentId: document.id }, order: { at: 'DESC', id: 'DESC' }, take: 200 });
  }

  @ResolveField(() => [OfficialVersion], { description: 'Les versions officielles du document (proposées, validées, retirées), de la plus ancienne à la plus récente.' })
  officialVersions(@Parent() document: Document): Promise<OfficialVersion[]> {
    return this.officialVersionsService.forDocument(document.id);
  }
}

@Resolver(() => DocumentEvent)
export class DocumentEventsResolver {
  constructor(private readonly usersLoader: UsersLoader) {}

  @ResolveField(() => User, { nullable: true })
  actor(@Parent() event: DocumentEvent, @CurrentUser() user: User | null): Promise<User | null> {
    return this.usersLoader.load(user, event.actorId);
  }
}
