import { Module } from '@nestjs/common';
import { CollaborationModule } from '../collaboration/collaboration.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AnchorsService } from './anchors/anchors.service';
import { CommentEventsService } from './comment-events.service';
import { DocumentCommentFieldsResolver, SpaceCommentFieldsResolver } from './comment-fields.resolver';
import { CommentSummaryResolver } from './summary/comment-summary.resolver';
import { CommentSummaryService } from './summary/comment-summary.service';
import { CommentViewsService } from './comment-views.service';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { CommentsExportController } from './export/comments-export.controller';
import { CommentsExportService } from './export/comments-export.service';
import { MentionRecipientsService } from './mentions/mention-recipients.service';

@Module({
  imports: [CollaborationModule, NotificationsModule],
  controllers: [CommentsExportController],
  providers: [
    AnchorsService,
    CommentViewsService,
    CommentsService,
    CommentEventsService,
    CommentSummaryService,
    CommentsExportService,
    MentionRecipientsService,
    CommentsResolver,
    CommentSummaryResolver,
    SpaceCommentFieldsResolver,
    DocumentCommentFieldsResolver,
  ],
  exports: [CommentViewsService, CommentsService],
})
export class CommentsModule {}
