import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders, type Loaders } from '../common/loaders';
import { CurrentUser } from '../common/request-context';
import { Document } from '../documents/document.entity';
import { DOCUMENT } from '../documents/documents.loader';
import { Authorize } from '../policies/authorize.decorator';
import { User } from '../users/user.entity';
import { personOf } from '../users/users.loader';
import { DecideOfficialVersionArgs, ProposeOfficialVersionInput } from './dto/versions.input';
import { OfficialVersionEvent } from './official-version-event.entity';
import { OfficialVersion } from './official-version.entity';
import { OfficialVersionsService } from './official-versions.service';
import { Revision } from './revision.entity';
import { EVENTS_OF_OFFICIAL_VERSION, REVISION } from './versions.loader';

@Resolver(() => OfficialVersion)
export class OfficialVersionsResolver {
  constructor(private readonly officialVersions: OfficialVersionsService) {}

  @Authorize('history.read')
  @Query(() => [OfficialVersion], { description: 'Les archives : les versions officielles validées que la personne peut lire.' })
  archive(@CurrentUser() user: User | null): Promise<OfficialVersion[]> {
    return this.officialVersions.archive(user);
  }

  @Authorize('history.read')
  @Query(() => OfficialVersion, {
    nullable: true,
    description: 'Une version officielle validée par son adresse publique /archives/<archiveSlug>/<slug> ; null si inconnue ou non lisible.',
  })
  archivedVersion(@Args('archiveSlug') archiveSlug: string, @Args('slug') slug: string, @CurrentUser() user: User | null): Promise<OfficialVersion | null> {
    return this.officialVersions.byAddress(user, archiveSlug, slug);
  }

  @Authorize('version.propose', { kind: 'document', arg: 'input.documentId' }, { kind: 'revision', arg: 'input.revisionId', optional: true })
  @Mutation(() => OfficialVersion, { description: 'Propose l’état actuel (ou une révision) comme version officielle, à valider par le GT ESC.' })
  proposeOfficialVersion(@Args('input') input: ProposeOfficialVersionInput, @CurrentUser() user: User): Promise<OfficialVersion> {
    return this.officialVersions.propose(input, user);
  }

  @Authorize('version.approve', { kind: 'officialVersion', arg: 'id' })
  @Mutation(() => OfficialVersion, { description: 'Valide une version proposée : elle devient officielle et figée pour toujours.' })
  approveOfficialVersion(@Args() { id, note }: DecideOfficialVersionArgs, @CurrentUser() user: User): Promise<OfficialVersion> {
    return this.officialVersions.approve(id, user, note);
  }

  @Authorize('version.propose', { kind: 'officialVersion', arg: 'id' })
  @Mutation(() => OfficialVersion, { description: 'Retire une proposition qui n’a pas encore été validée.' })
  withdrawOfficialVersion(@Args() { id, note }: DecideOfficialVersionArgs, @CurrentUser() user: User): Promise<OfficialVersion> {
    return this.officialVersions.withdraw(id, user, note);
  }

  @ResolveField(() => Revision)
  async revision(@Parent() version: OfficialVersion, @RequestLoaders() loaders: Loaders): Promise<Revision> {
    return (await loaders.load(REVISION, version.revisionId))!;
  }

  @ResolveField(() => Document)
  async document(@Parent() version: OfficialVersion, @RequestLoaders() loaders: Loaders): Promise<Document> {
    return (await loaders.load(DOCUMENT, version.documentId))!;
  }

  @ResolveField(() => String, { nullable: true, description: 'L’adresse publique, une fois la version validée : /archives/<document>/<version>.' })
  async archivePath(@Parent() version: OfficialVersion, @RequestLoaders() loaders: Loaders): Promise<string | null> {
    if (version.status !== 'APPROVED') return null;
    const document = await this.document(version, loaders);
    return document.archiveSlug ? `/archives/${document.archiveSlug}/${version.slug}` : null;
  }

  @ResolveField(() => User, { nullable: true })
  proposedBy(@Parent() version: OfficialVersion, @RequestLoaders() loaders: Loaders): Promise<User | null> {
    return personOf(loaders, version.proposedById);
  }

  @ResolveField(() => User, { nullable: true, description: 'Qui l’a validée ou retirée.' })
  decidedBy(@Parent() version: OfficialVersion, @RequestLoaders() loaders: Loaders): Promise<User | null> {
    return personOf(loaders, version.decidedById);
  }

  @ResolveField(() => [OfficialVersionEvent], { description: 'L’historique de la version : proposée, validée ou retirée, par qui, quand.' })
  events(@Parent() version: OfficialVersion, @RequestLoaders() loaders: Loaders): Promise<OfficialVersionEvent[]> {
    return loaders.load(EVENTS_OF_OFFICIAL_VERSION, version.id);
  }
}

@Resolver(() => OfficialVersionEvent)
export class OfficialVersionEventsResolver {
  @ResolveField(() => User, { nullable: true })
  actor(@Parent() event: OfficialVersionEvent, @RequestLoaders() loaders: Loaders): Promise<User | null> {
    return personOf(loaders, event.actorId);
  }
}
