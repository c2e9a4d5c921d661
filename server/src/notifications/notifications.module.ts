import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { DocumentMentionsService } from './document-mentions.service';
import { LiveEventsService } from './live/live-events.service';
import { LiveGateway } from './live/live-gateway';
import { NotificationDigestService } from './notification-digest.service';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationViewsService } from './notification-views.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Telling people: stored notifications (of discussions and of mentions in documents), their e-mail digest, and live delivery to open pages (LiveGateway). */
@Module({
  imports: [AuthModule],
  providers: [
    LiveEventsService,
    LiveGateway,
    NotificationsService,
    DocumentMentionsService,
    NotificationViewsService,
    NotificationSettingsService,
    NotificationDigestService,
    NotificationsResolver,
  ],
  exports: [LiveEventsService, NotificationsService, DocumentMentionsService],
})
export class NotificationsModule {}
