import { Module } from '@nestjs/common';
import { SpacesModule } from '../spaces/spaces.module';
import { UsersLoader } from '../users/users.loader';
import { DocumentsResolver } from './documents.resolver';
import { DocumentsService } from './documents.service';

@Module({ imports: [SpacesModule], providers: [DocumentsResolver, DocumentsService, UsersLoader], exports: [DocumentsService] })
export class DocumentsModule {}
