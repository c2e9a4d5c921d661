import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { roleCan, type Action } from '@cocon/shared';
import { DataSource } from 'typeorm';
import { AuthToken } from '../auth/auth-token.entity';
import { reachableComment, reachableThread } from '../comments/comment.policy';
import { forbidden, isUuid, notFound, unauthenticated } from '../common/errors';
import { Document } from '../documents/document.entity';
import { OfficialVersion } from '../versions/official-version.entity';
import { Revision } from '../versions/revision.entity';
import { Notification } from '../notifications/notification.entity';
import { Space } from '../spaces/space.entity';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';
import type { Target, TargetKind } from './authorize.decorator';

const NOT_FOUND_MESSAGES: Record<TargetKind, string> = {
  space: 'Cet espace n’existe pas ou vous n’y avez pas accès.',
  document: 'Ce document n’existe pas ou vous n’y avez pas accès.',
  structure: 'Cette structure n’existe pas.',
  user: 'Ce compte n’existe pas.',
  invitation: 'Cette invitation n’existe pas.',
  revision: 'Cette révision n’existe pas ou vous n’y avez pas accès.',
  officialVersion: 'Cette version officielle n’existe pas ou vous n’y avez pas accès.',
  thread: 'Cette discussion n’existe pas ou vous n’y avez pas accès.',
  comment: 'Ce commentaire n’existe pas ou vous n’y avez pas accès.',
  notification: 'Cette notification n’existe pas.',
};

/**
 * Who may do what: the permission table for roles, and the visibility of spaces for objects.
 * Something the caller may not read answers exactly like something that does not exist, so nothing leaks.
 */
@Injectable()
export class PolicyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  canReadSpace(user: User | null, space: Space): boolean {
    if (user?.role === 'ADMIN') return true;
    switch (space.visibility) {
      case 'PUBLIC':
        return true;
      case 'MEMBERS':
        return user !== null;
      case 'RESTRICTED':
        return (
          user !== null && (space.allowedRoles.includes(user.role) || space.allowedStructureIds.includes(user.structureId))
        );
    }
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
      throw forbidden('Vous ne pouvez pas modifier votre propre rôle, votre structure ou l’état de votre compte.');
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
      case 'document': {
        const document = await manager.findOne(Document, { where: { id }, relations: { space: true } });
        return document !== null && this.canReadSpace(user, document.space);
      }
      case 'structure':
        return manager.existsBy(Structure, { id });
      case 'user':
        return manager.existsBy(User, { id });
      case 'invitation':
        return manager.existsBy(AuthToken, { id, kind: 'INVITATION' });
      case 'revision': {
        const revision = await manager.findOne(Revision, { where: { id }, relations: { document: { space: true } } });
        return revision !== null && this.canReadSpace(user, revision.document.space);
      }
      case 'officialVersion': {
        const version = await manager.findOne(OfficialVersion, { where: { id }, relations: { document: { space: true } } });
        return version !== null && this.canReadSpace(user, version.document.space);
      }
      case 'thread':
        return (await reachableThread(this, manager, user, id)) !== null;
      case 'comment':
        return (await reachableComment(this, manager, user, id)) !== null;
      case 'notification':
        return user !== null && manager.existsBy(Notification, { id, recipientId: user.id });
    }
  }
}
