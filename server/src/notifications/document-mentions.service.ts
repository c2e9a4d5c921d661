import { Injectable } from '@nestjs/common';
import { MENTION_KINDS, type JSONContent, type MentionKind } from '@cocon/shared';
import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { canReadCommentsOf } from '../comments/comment.policy';
import type { ReadableDocument } from '../comments/comment-views.service';
import { Document } from '../documents/document.entity';
import { PolicyService } from '../policies/policy.service';
import { User } from '../users/user.entity';
import { NotificationsService, type NewNotification } from './notifications.service';

interface Mentioned {
  kind: MentionKind;
  id: string;
}

/** Every person and structure a document's content mentions, each once. */
export function mentionsIn(content: JSONContent): Mentioned[] {
  const found = new Map<string, Mentioned>();
  const visit = (node: JSONContent) => {
    const { kind, id } = (node.attrs ?? {}) as { kind?: MentionKind; id?: string | null };
    if (node.type === 'mention' && id && kind && MENTION_KINDS.includes(kind)) found.set(`${kind}:${id}`, { kind, id });
    node.content?.forEach(visit);
  };
  visit(content);
  return [...found.values()];
}

/**
 * Mentions written in a document's text (not in a comment): when the content is saved, the people and structures
 * mentioned for the first time in this document are told, those who can read it, with a link to the mention.
 */
@Injectable()
export class DocumentMentionsService {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly policy: PolicyService,
    private readonly clock: Clock,
  ) {}

  /** In the caller's transaction; returns who was notified, to announce once it is done. */
  async notifyNew(manager: EntityManager, documentId: string, content: JSONContent, actorId: string | null): Promise<string[]> {
    const mentioned = mentionsIn(content);
    if (mentioned.length === 0) return [];
    // Inserted first and only those this save inserted are told: two instances saving at once tell each person once.
    const fresh: Mentioned[] = await manager.query(
      `INSERT INTO document_mention ("documentId", kind, "mentionedId", "notifiedAt")
       SELECT $1, m.kind, m.id, $4 FROM unnest($2::varchar[], $3::uuid[]) AS m(kind, id)
       ON CONFLICT DO NOTHING RETURNING kind, "mentionedId" AS id`,
      [documentId, mentioned.map((mention) => mention.kind), mentioned.map((mention) => mention.id), this.clock.now()],
    );
    if (fresh.length === 0) return [];
    const idsOf = (kind: MentionKind) => fresh.filter((mention) => mention.kind === kind).map((mention) => mention.id);
    const [document, people] = await Promise.all([
      manager.findOneOrFail(Document, { where: { id: documentId }, relations: { space: true } }) as Promise<ReadableDocument>,
      manager.find(User, {
        where: [
          { id: In(idsOf('PERSON')), disabledAt: IsNull(), passwordHash: Not(IsNull()) },
          { structureId: In(idsOf('STRUCTURE')), disabledAt: IsNull(), passwordHash: Not(IsNull()) },
        ],
      }),
    ]);
    const named = new Set(idsOf('PERSON'));
    const base = { actorId, documentId, threadId: null, commentId: null };
    const candidates = people
      .filter((person) => canReadCommentsOf(this.policy, person, document))
      .map((person): NewNotification =>
        named.has(person.id)
          ? { ...base, recipientId: person.id, kind: 'MENTION' }
          : { ...base, recipientId: person.id, kind: 'STRUCTURE_MENTION', structureId: person.structureId },
      );
    return this.notifications.add(manager, candidates);
  }
}
