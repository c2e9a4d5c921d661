import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { LiveEventsService } from './live/live-events.service';
import { Notification, type NotificationKind } from './notification.entity';
import { NotificationSettings } from './notification-settings.entity';

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  actorId: string | null;
  documentId: string;
  /** Null for a mention in the document's text rather than in a discussion. */
  threadId: string | null;
  commentId: string | null;
  structureId?: string | null;
}

/** When one comment concerns a person several ways, they get one notification: the most personal one. */
const PRIORITY: Record<NotificationKind, number> = { MENTION: 0, STRUCTURE_MENTION: 1, REPLY: 2, RESOLVED: 3, REOPENED: 3 };

export const personTopic = (userId: string) => `person:${userId}`;

/** Stores notifications, following each person's settings, and tells their open pages. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Adds notifications in the caller's transaction: the actor is never told of their own doing, settings are
   * followed (a direct mention is always told). Returns who was notified, to announce once the transaction is done.
   */
  async add(manager: EntityManager, candidates: NewNotification[]): Promise<string[]> {
    const best = new Map<string, NewNotification>();
    for (const candidate of candidates) {
      if (candidate.recipientId === candidate.actorId) continue;
      const current = best.get(candidate.recipientId);
      if (!current || PRIORITY[candidate.kind] < PRIORITY[current.kind]) best.set(candidate.recipientId, candidate);
    }
    if (best.size === 0) return [];
    const settings = await manager.findBy(NotificationSettings, { userId: In([...best.keys()]) });
    const settingsOf = new Map(settings.map((setting) => [setting.userId, setting]));
    const kept = [...best.values()].filter((notification) => {
      const setting = settingsOf.get(notification.recipientId);
      if (!setting || notification.kind === 'MENTION') return true;
      return notification.kind === 'STRUCTURE_MENTION' ? setting.structureMentions : setting.threadActivity;
    });
    if (kept.length === 0) return [];
    const createdAt = this.clock.now();
    await manager.insert(
      Notification,
      kept.map((notification) => ({ ...notification, structureId: notification.structureId ?? null, createdAt })),
    );
    return kept.map((notification) => notification.recipientId);
  }

  /** Tells the open pages of these people that their notifications changed. */
  async announce(recipientIds: string[]): Promise<void> {
    await Promise.all([...new Set(recipientIds)].map((id) => this.live.publish({ topic: personTopic(id), payload: {} })));
  }

  /** Notifications about a comment (or a whole discussion) that no longer exists: there is nothing left to open. */
  async forget(manager: EntityManager, where: { commentId: string } | { threadId: string }): Promise<string[]> {
    const gone = await manager.find(Notification, { select: { id: true, recipientId: true }, where: { ...where, readAt: IsNull() } });
    await manager.delete(Notification, where);
    return gone.map((notification) => notification.recipientId);
  }

  async markRead(userId: string, id: string): Promise<void> {
    await this.dataSource.manager.update(Notification, { id, recipientId: userId, readAt: IsNull() }, { readAt: this.clock.now() });
    await this.announce([userId]);
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource.manager.update(Notification, { recipientId: userId, readAt: IsNull() }, { readAt: this.clock.now() });
    await this.announce([userId]);
  }
}
