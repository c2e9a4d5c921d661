import { Module } from '@nestjs/common';
import { CollaborationModule } from '../collaboration/collaboration.module';
import { DocumentsModule } from '../documents/documents.module';
import { StructuresModule } from '../structures/structures.module';
import { DiffWorker } from './diff-worker.service';
import { DocumentEventsResolver, DocumentHistoryResolver } from './document-history.resolver';
import { OfficialVersionEventsResolver, OfficialVersionsResolver } from './official-versions.resolver';
import { OfficialVersionsService } from './official-versions.service';
import { RevisionContentStore } from './revision-content.store';
import { RevisionRetentionService } from './revision-retention.service';
import { RevisionScheduler } from './revision-scheduler.service';
import { RevisionsResolver } from './revisions.resolver';
import { RevisionsService } from './revisions.service';
import { VersionsService } from './versions.service';

/** History of documents: automatic and named revisions, comparisons, restoration, provenance, official versions. */
@Module({
  imports: [CollaborationModule, DocumentsModule, StructuresModule],
  providers: [
    DiffWorker,
    RevisionContentStore,
    RevisionsService,
    RevisionScheduler,
    RevisionRetentionService,
    VersionsService,
    OfficialVersionsService,
    RevisionsResolver,
    OfficialVersionsResolver,
    OfficialVersionEventsResolver,
    DocumentHistoryResolver,
    DocumentEventsResolver,
  ],
  exports: [RevisionsService, OfficialVersionsService],
})
export class VersionsModule {}
