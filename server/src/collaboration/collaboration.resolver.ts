import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { notFound } from '../common/errors';
import { CurrentUser } from '../common/request-context';
import { DOCUMENT_MESSAGES } from '../documents/documents.messages';
import { DocumentsService } from '../documents/documents.service';
import { Authorize } from '../policies/authorize.decorator';
import type { User } from '../users/user.entity';
import { CollabTokenService } from './collab-token.service';

@Resolver()
export class CollaborationResolver {
  constructor(
    private readonly tokens: CollabTokenService,
    private readonly documents: DocumentsService,
  ) {}

  @Authorize('space.read', { kind: 'document', arg: 'documentId' })
  @Query(() => String, {
    description: 'Jeton court (2 minutes) pour ouvrir le document en édition simultanée sur /collab ; en lecture seule pour qui ne peut pas le modifier.',
  })
  async collabToken(@Args('documentId', { type: () => ID }) documentId: string, @CurrentUser() user: User | null): Promise<string> {
    const document = await this.documents.findReadable(user, documentId);
    if (!document || document.deletedAt) throw notFound(DOCUMENT_MESSAGES.notFound);
    return this.tokens.issue({ documentId, userId: user?.id ?? null });
  }
}
