import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { canReadCommentsOf } from '../comments/comment.policy';
import type { ReadableDocument } from '../comments/comment-views.service';
import { Document } from '../documents/document.entity';
import { PolicyService } from '../policies/policy.service';
import { User } from '../users/user.entity';
import { Notification } from './notification.entity';
import type { NotificationView } from './models/notification.model';

const COMMENT_PREVIEW_LENGTH = 200;

/** Between French quotation marks held by narrow no-break spaces, as everywhere in the interface. */
export const quoted = (text: string) => `«\u202f${text}\u202f»`;

const preview = (text: string) => (text.length > COMMENT_PREVIEW_LENGTH ? `${text.slice(0, COMMENT_PREVIEW_LENGTH - 1).trimEnd()}…` : text);

/** Where to go: the discussion, or for a mention in the text the mention itself (of the person or their structure). */
const placeOf = (notification: Notification) =>
  notification.threadId ? `discussion=${notification.threadId}` : `mention=${notification.structureId ?? notification.recipientId}`;

/** The sentence that says what happened, the same in the page, the counter's list and the e-mail. */
export function notificationSummary(view: Pick<NotificationView, 'kind' | 'actor' | 'actorStructure' | 'structure' | 'document'>): string {
  const who = view.actor ? `${view.actor.name}${view.actorStructure ? ` (${view.actorStructure.shortName})` : ''}` : 'Une personne';
  const title = quoted(view.document.title);
  switch (view.kind) {
    case 'MENTION':
      return `${who} vous mentionne dans ${title}`;
    case 'STRUCTURE_MENTION':
      return `${who} mentionne ${view.structure?.shortName ?? 'votre structure'} dans ${title}`;
    case 'REPLY':
      return `${who} a répondu dans une discussion de ${title}`;
    case 'RESOLVED':
      return `${who} a marqué comme résolue une discussion de ${title}`;
    case 'REOPENED':
      return `${who} a rouvert une discussion de ${title}`;
  }
}

/**
 * A person's notifications as they may read them now: one about a document they can no longer read is not shown
 * (nor counted, nor e-mailed), and the text of a comment since deleted or hidden is not repeated.
 */
@Injectable()
export class NotificationViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  async page(viewer: User, first: number, after: string | null): Promise<{ items: NotificationView[]; hasMore: boolean }> {
    const query = this.dataSource.manager
      .createQueryBuilder(Notification, 'n')
      .where('n.recipientId = :recipient', { recipient: viewer.id })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC');
    if (after) {
      query.andWhere('(n.createdAt, n.id) < (SELECT a."createdAt", a.id FROM notification a WHERE a.id = :after AND a."recipientId" = :recipient)', {
        after,
      });
    }
    const items: NotificationView[] = [];
    // Unreadable ones are skipped: read on until the page is full or there is nothing left.
    for (let skip = 0; items.length < first; skip += first + 1) {
      const rows = await query
        .clone()
        .skip(skip)
        .take(first + 1)
        .getMany();
      items.push(...(await this.views(viewer, rows)));
      if (rows.length <= first) return { items: items.slice(0, first), hasMore: items.length > first };
    }
    return { items: items.slice(0, first), hasMore: true };
  }

  async unreadCount(viewer: User): Promise<number> {
    const rows: { documentId: string; count: number }[] = await this.dataSource.query(
      `SELECT "documentId", count(*)::int AS count FROM notification WHERE "recipientId" = $1 AND "readAt" IS NULL GROUP BY 1`,
      [viewer.id],
    );
    const readable = await this.readableDocuments(
      viewer,
      rows.map((row) => row.documentId),
    );
    return rows.filter((row) => readable.has(row.documentId)).reduce((total, row) => total + row.count, 0);
  }

  /** The views of these notifications, in their order, leaving out what the person may no longer read. */
  async views(viewer: User, rows: Notification[]): Promise<NotificationView[]> {
    if (rows.length === 0) return [];
    const documents = await this.readableDocuments(
      viewer,
      rows.map((row) => row.documentId),
    );
    const kept = rows.filter((row) => documents.has(row.documentId));
    if (kept.length === 0) return [];
    const manager = this.dataSource.manager;
    const full = await manager.find(Notification, {
      where: { id: In(kept.map((row) => row.id)) },
      relations: { actor: { structure: true }, structure: true, thread: true, comment: true },
    });
    const byId = new Map(full.map((row) => [row.id, row]));
    return kept.map((row): NotificationView => {
      const notification = byId.get(row.id)!;
      const document = documents.get(row.documentId)!;
      const comment = notification.comment;
      const view = {
        id: notification.id,
        kind: notification.kind,
        actor: notification.actor ? { id: notification.actor.id, name: notification.actor.name } : null,
        actorStructure: notification.actor?.structure ?? null,
        structure: notification.structure,
        document,
        threadId: notification.threadId,
        excerpt: notification.thread?.excerpt ?? null,
        commentText: comment && !comment.deletedAt && !comment.hiddenAt ? preview(comment.body) : null,
        link: `/d/${document.id}/${document.slug}?${placeOf(notification)}`,
        createdAt: notification.createdAt,
        readAt: notification.readAt,
      };
      return { ...view, summary: notificationSummary(view) };
    });
  }

  private async readableDocuments(viewer: User, ids: string[]): Promise<Map<string, ReadableDocument>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const found = (await this.dataSource.manager.find(Document, { where: { id: In(unique) }, relations: { space: true } })) as ReadableDocument[];
    return new Map(found.filter((document) => canReadCommentsOf(this.policy, viewer, document)).map((document) => [document.id, document]));
  }
}
