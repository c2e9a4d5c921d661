import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders, type Loaders } from '../common/loaders';
import { Document } from '../documents/document.entity';
import { DocumentEvent } from '../documents/document-event.entity';
import { User } from '../users/user.entity';
import { personOf } from '../users/users.loader';
import { RevisionsArgs } from './dto/versions.input';
import { OfficialVersion } from './official-version.entity';
import { Revision } from './revision.entity';
import { EVENTS_OF_DOCUMENT, OFFICIAL_VERSIONS_OF_DOCUMENT, REVISIONS_OF_DOCUMENT } from './versions.loader';

/** The history of a document, read from the document itself. */
@Resolver(() => Document)
export class DocumentHistoryResolver {
  @ResolveField(() => [Revision], { description: 'Les révisions, de la plus récente à la plus ancienne ; `before` pour la page suivante.' })
  revisions(@Parent() document: Document, @Args() { limit, before }: RevisionsArgs, @RequestLoaders() loaders: Loaders): Promise<Revision[]> {
    return loaders.load(REVISIONS_OF_DOCUMENT, { documentId: document.id, limit, before: before ?? null });
  }

  @ResolveField(() => [DocumentEvent], { description: 'Les changements de titre, de place et de corbeille, du plus récent au plus ancien.' })
  events(@Parent() document: Document, @RequestLoaders() loaders: Loaders): Promise<DocumentEvent[]> {
    return loaders.load(EVENTS_OF_DOCUMENT, document.id);
  }

  @ResolveField(() => [OfficialVersion], {
    description: 'Les versions officielles du document (proposées, validées, retirées), de la plus ancienne à la plus récente.',
  })
  officialVersions(@Parent() document: Document, @RequestLoaders() loaders: Loaders): Promise<OfficialVersion[]> {
    return loaders.load(OFFICIAL_VERSIONS_OF_DOCUMENT, document.id);
  }
}

@Resolver(() => DocumentEvent)
export class DocumentEventsResolver {
  @ResolveField(() => User, { nullable: true })
  actor(@Parent() event: DocumentEvent, @RequestLoaders() loaders: Loaders): Promise<User | null> {
    return personOf(loaders, event.actorId);
  }
}
