import { AuthToken } from '../auth/auth-token.entity';
import { AnchorCheck } from '../comments/anchors/anchor-check.entity';
import { Comment } from '../comments/comment.entity';
import { CommentModeration } from '../comments/comment-moderation.entity';
import { CommentThread } from '../comments/comment-thread.entity';
import { SummaryRecent } from '../comments/summary/summary-recent.entity';
import { SummaryRow } from '../comments/summary/summary-row.entity';
import { DocumentMention } from '../notifications/document-mention.entity';
import { Notification } from '../notifications/notification.entity';
import { NotificationSettings } from '../notifications/notification-settings.entity';
import { DocumentUpdate } from '../collaboration/document-update.entity';
import { QuarantinedUpdate } from '../collaboration/quarantined-update.entity';
import { ServerSetting } from '../common/server-setting.entity';
import { KnownDevice } from '../auth/known-device.entity';
import { LoginCounter } from '../auth/login-counter.entity';
import { Session } from '../auth/session.entity';
import { Document } from '../documents/document.entity';
import { DocumentEvent } from '../documents/document-event.entity';
import { Space } from '../spaces/space.entity';
import { EscSite } from '../structures/esc-site.entity';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';
import { DocumentImage } from '../uploads/document-image.entity';
import { DocumentActivity } from '../versions/document-activity.entity';
import { OfficialVersion } from '../versions/official-version.entity';
import { OfficialVersionEvent } from '../versions/official-version-event.entity';
import { RevisionBlock } from '../versions/revision-block.entity';
import { Revision } from '../versions/revision.entity';

export const ENTITIES = [
  EscSite,
  Structure,
  User,
  Session,
  AuthToken,
  KnownDevice,
  LoginCounter,
  Space,
  Document,
  DocumentUpdate,
  QuarantinedUpdate,
  DocumentImage,
  ServerSetting,
  DocumentEvent,
  Revision,
  RevisionBlock,
  DocumentActivity,
  OfficialVersion,
  OfficialVersionEvent,
  CommentThread,
  Comment,
  CommentModeration,
  AnchorCheck,
  SummaryRow,
  SummaryRecent,
  Notification,
  NotificationSettings,
  DocumentMention,
];
