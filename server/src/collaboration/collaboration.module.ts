import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { CollabAccessService } from './collab-access.service';
import { CollabTokenService } from './collab-token.service';
import { CollaborationResolver } from './collaboration.resolver';
import { CollaborationServer } from './collaboration.server';
import { DocumentStoreService } from './document-store.service';

@Module({
  imports: [DocumentsModule, NotificationsModule, UsersModule],
  providers: [CollabTokenService, CollabAccessService, DocumentStoreService, CollaborationServer, CollaborationResolver],
  exports: [CollaborationServer, DocumentStoreService],
})
export class CollaborationModule {}
