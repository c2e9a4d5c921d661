import { AuthToken } from '../auth/auth-token.entity';
import { AnchorCheck } from '../comments/anchors/anchor-check.entity';
import { Comment } from '../comments/comment.entity';
import { CommentModeration } from '../comments/comment-moderation.entity';
import { CommentThread } from '../comments/comment-thread.entity';
import { Notification } from '../notifications/notification.entity';
import { NotificationSettings } from '../notifications/notification-settings.entity';
import { DocumentUpdate } from '../collaboration/document-update.entity';
import { ServerSetting } from '../common/server-setting.entity';
import { Session } from '../auth/session.entity';
import { Document } from '../documents/document.entity';
import { Space } from '../spaces/space.entity';
import { EscSite } from '../structures/esc-site.entity';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';
import { DocumentImage } from '../uploads/document-image.entity';

export const ENTITIES = [
  EscSite,
  Structure,
  User,
  Session,
  AuthToken,
  Space,
  Document,
  DocumentUpdate,
  DocumentImage,
  ServerSetting,
  CommentThread,
  Comment,
  CommentModeration,
  AnchorCheck,
  Notification,
  NotificationSettings,
];
