import { AuthToken } from '../auth/auth-token.entity';
import { DocumentUpdate } from '../collaboration/document-update.entity';
import { ServerSetting } from '../common/server-setting.entity';
import { Session } from '../auth/session.entity';
import { Document } from '../documents/document.entity';
import { Space } from '../spaces/space.entity';
import { EscSite } from '../structures/esc-site.entity';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';
import { DocumentImage } from '../uploads/document-image.entity';

export const ENTITIES = [EscSite, Structure, User, Session, AuthToken, Space, Document, DocumentUpdate, DocumentImage, ServerSetting];
