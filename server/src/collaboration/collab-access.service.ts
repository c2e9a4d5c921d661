import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DOCUMENT_MESSAGES } from '../documents/documents.messages';
import { DocumentsService } from '../documents/documents.service';
import { PolicyService } from '../policies/policy.service';
import { User } from '../users/user.entity';
import { CollabTokenService } from './collab-token.service';

/** What a collaboration connection knows about the person behind it. */
export interface CollabContext {
  userId: string | null;
  readOnly: boolean;
}

/** Thrown to refuse a connection; Hocuspocus sends the reason to the client. */
export class CollabRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Who may open a document live, and whether they may change it: the same rules as everywhere else. */
@Injectable()
export class CollabAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: CollabTokenService,
    private readonly documents: DocumentsService,
    private readonly policy: PolicyService,
  ) {}

  async authenticate(token: string, documentId: string): Promise<CollabContext> {
    const claims = await this.tokens.verify(token ?? '');
    if (!claims || claims.documentId !== documentId) {
      throw new CollabRefused('Votre accès à ce document a expiré. Rechargez la page ou reconnectez-vous.');
    }
    const user = claims.userId ? await this.dataSource.manager.findOneBy(User, { id: claims.userId }) : null;
    const access = await this.recheck(claims.userId, documentId);
    if (!access) throw new CollabRefused(DOCUMENT_MESSAGES.notFound);
    return { userId: user?.id ?? null, ...access };
  }

  /** The rights of an open connection now; null when the person may no longer read the document. */
  async recheck(userId: string | null, documentId: string): Promise<Omit<CollabContext, 'userId'> | null> {
    const user = userId ? await this.dataSource.manager.findOneBy(User, { id: userId, disabledAt: IsNull() }) : null;
    if (userId && !user) return null;
    const document = await this.documents.findReadable(user, documentId);
    if (!document || document.deletedAt) return null;
    return { readOnly: !this.policy.canEditIn(user, document.space) };
  }

  /** Browsers send Origin: only Cocon's own pages may open the socket. Other clients (tests, tools) send none. */
  originAllowed(origin: string | undefined, host: string | undefined): boolean {
    if (!origin) return true;
    try {
      const url = new URL(origin);
      return url.origin === new URL(this.config.publicUrl).origin || url.host === host;
    } catch {
      return false;
    }
  }
}
