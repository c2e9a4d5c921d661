import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders, type Loaders } from '../common/loaders';
import { CurrentUser } from '../common/request-context';
import { Document } from '../documents/document.entity';
import { SPACE } from '../documents/documents.loader';
import { PolicyService } from '../policies/policy.service';
import { Space } from '../spaces/space.entity';
import type { User } from '../users/user.entity';
import { canCommentIn } from './comment.policy';

@Resolver(() => Space)
export class SpaceCommentFieldsResolver {
  constructor(private readonly policy: PolicyService) {}

  @ResolveField(() => Boolean, { description: 'La personne peut-elle commenter les documents de cet espace ?' })
  canComment(@Parent() space: Space, @CurrentUser() user: User | null): boolean {
    return canCommentIn(this.policy, user, space);
  }
}

@Resolver(() => Document)
export class DocumentCommentFieldsResolver {
  constructor(private readonly policy: PolicyService) {}

  @ResolveField(() => Boolean, { description: 'La personne peut-elle commenter ce document (hors corbeille) ?' })
  async canComment(@Parent() document: Document, @RequestLoaders() loaders: Loaders): Promise<boolean> {
    if (document.deletedAt || !loaders.viewer) return false;
    const space = document.space ?? (await loaders.load(SPACE, document.spaceId));
    return space !== null && canCommentIn(this.policy, loaders.viewer, space);
  }
}
