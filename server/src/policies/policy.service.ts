import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROLES, roleCan, type Action, type Role } from '@cocon/shared';
import { DataSource } from 'typeorm';
import { AuthToken } from '../auth/auth-token.entity';
import { reachableComment, reachableThread } from '../comments/comment.policy';
import { COMMENT_MESSAGES } from '../comments/comments.messages';
import { forbidden, isUuid, notFound, unauthenticated } from '../common/errors';
import { Document } from '../documents/document.entity';
import { DOCUMENT_MESSAGES } from '../documents/documents.messages';
import { INVITATION_MESSAGES } from '../invitations/invitations.messages';
import { Notification } from '../notifications/notification.entity';
import { NOTIFICATION_MESSAGES } from '../notifications/notifications.messages';
import { Space } from '../spaces/space.entity';
import { SPACE_MESSAGES } from '../spaces/spaces.messages';
import { Structure } from '../structures/structure.entity';
import { STRUCTURE_MESSAGES } from '../structures/structures.messages';
import { UPLOAD_MESSAGES } from '../uploads/uploads.messages';
import { User } from '../users/user.entity';
import { USER_MESSAGES } from '../users/users.messages';
import { VERSION_MESSAGES } from '../versions/versions.messages';
import type { Target, TargetKind } from './authorize.decorator';

const NOT_FOUND_MESSAGES: Record<TargetKind, string> = {
  space: SPACE_MESSAGES.notFound,
  document: DOCUMENT_MESSAGES.notFound,
  structure: STRUCTURE_MESSAGES.notFound,
  user: USER_MESSAGES.notFound,
  invitation: INVITATION_MESSAGES.notFound,
  revision: VERSION_MESSAGES.revisionNotFound,
  officialVersion: VERSION_MESSAGES.officialVersionNotFound,
  thread: COMMENT_MESSAGES.threadNotFound,
  comment: COMMENT_MESSAGES.commentNotFound,
  notification: NOTIFICATION_MESSAGES.notFound,
  image: UPLOAD_MESSAGES.imageNotFound,
};

/** A document with its space: what the reading rule of a document looks at. */
export type DocumentInSpace = Pick<Document, 'deletedAt'> & { space: Space };

/** Who among the accounts may read a space: all of them, or those of some roles or structures. */
export type SpaceReaders = { everyAccount: true } | { everyAccount: false; roles: Role[]; structureIds: string[] };

/**
 * Who may do what: the permission table for roles, and the visibility of spaces for objects.
 * Something the caller may not read answers exactly like something that does not exist, so nothing leaks.
 */
@Injectable()
export class PolicyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The accounts that read a space, in a form a database query can use too (mentions search people with it). */
  readersOf(space: Space): SpaceReaders {
    if (space.visibility !== 'RESTRICTED') return { everyAccount: true };
    const readingAll = ROLES.filter((role) => roleCan(role, 'space.readAll'));
    return { everyAccount: false, roles: [...new Set([...space.allowedRoles, ...readingAll])], structureIds: space.allowedStructureIds };
  }

  canReadSpace(user: User | null, space: Space): boolean {
    if (space.visibility === 'PUBLIC') return true;
    if (!user) return false;
    const readers = this.readersOf(space);
    return readers.everyAccount || readers.roles.includes(user.role) || readers.structureIds.includes(user.structureId);
  }

  /**
   * The one reading rule of a document, for its content and everything reached through it (revisions, provenance,
   * official versions, discussions, images, people to mention): its space's, and, in the trash, only for those who
   * may restore it.
   */
  canReadDocument(user: User | null, document: DocumentInSpace): boolean {
    return this.canReadSpace(user, document.space) && (!document.deletedAt || this.can(user, 'document.restore'));
  }

  can(user: User | null, action: Action): boolean {
    return roleCan(user?.role ?? null, action);
  }

  /** May the caller write documents in this space? */
  canEditIn(user: User | null, space: Space): boolean {
    return this.can(user, 'document.edit') && this.canReadSpace(user, space);
  }

  assertAllowed(user: User | null, action: Action): void {
    if (this.can(user, action)) return;
    throw user ? forbidden() : unauthenticated();
  }

  /** Loads the object a target names and checks the caller may reach that very object. */
  async assertTarget(user: User | null, target: Target, id: unknown): Promise<void> {
    if (target.notSelf && user && id === user.id) {
      throw forbidden(USER_MESSAGES.notSelf);
    }
    const found = isUuid(id) && (await this.reachable(user, target.kind, id));
    if (!found) throw notFound(NOT_FOUND_MESSAGES[target.kind]);
    await target.rule?.({ user, id: id as string, policy: this, manager: this.dataSource.manager });
  }

  private async reachable(user: User | null, kind: TargetKind, id: string): Promise<boolean> {
    const manager = this.dataSource.manager;
    switch (kind) {
      case 'space': {
        const space = await manager.findOneBy(Space, { id });
        return space !== null && this.canReadSpace(user, space);
      }
      case 'document':
        return this.canReach(user, 'document.id = :id', id);
      case 'revision':
        return this.canReach(user, 'document.id = (SELECT "documentId" FROM document_revision WHERE id = :id)', id);
      case 'officialVersion':
        return this.canReach(user, 'document.id = (SELECT "documentId" FROM official_version WHERE id = :id)', id);
      case 'image':
        return this.canReach(user, 'document.id = (SELECT "documentId" FROM document_image WHERE id = :id)', id);
      case 'structure':
        return manager.existsBy(Structure, { id });
      case 'user':
        return manager.existsBy(User, { id });
      case 'invitation':
        return manager.existsBy(AuthToken, { id, kind: 'INVITATION' });
      case 'thread':
        return (await reachableThread(this, manager, user, id)) !== null;
      case 'comment':
        return (await reachableComment(this, manager, user, id)) !== null;
      case 'notification':
        return user !== null && manager.existsBy(Notification, { id, recipientId: user.id });
    }
  }

  /**
   * May the caller read the document that `condition` names (itself, or the one a revision, a version or an image
   * belongs to)? One statement, which reads its place (trash, space) but not its content.
   */
  private async canReach(user: User | null, condition: string, id: string): Promise<boolean> {
    const document = await this.dataSource.manager
      .createQueryBuilder(Document, 'document')
      .select(['document.id', 'document.deletedAt'])
      .innerJoin('document.space', 'space')
      .addSelect('space')
      .where(condition, { id })
      .getOne();
    return document !== null && this.canReadDocument(user, document);
  }
}
