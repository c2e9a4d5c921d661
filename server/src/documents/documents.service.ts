import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EMPTY_DOCUMENT, slugify } from '@cocon/shared';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { badInput, isUuid } from '../common/errors';
import { PolicyService } from '../policies/policy.service';
import { Space } from '../spaces/space.entity';
import type { User } from '../users/user.entity';
import { DocumentEvent, type DocumentEventKind } from './document-event.entity';
import { Document } from './document.entity';
import { DOCUMENT_MESSAGES } from './documents.messages';
import type { CreateDocumentInput, MoveDocumentInput } from './dto/document.input';

/** Told, after the change is written, of documents just put in the trash (with everything below them). */
export type RemovalListener = (documentIds: string[]) => void;

@Injectable()
export class DocumentsService {
  private readonly removalListeners: RemovalListener[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly clock: Clock,
  ) {}

  /** Live editing listens here: nobody goes on writing into a document that was just put away. */
  onRemoved(listener: RemovalListener): void {
    this.removalListeners.push(listener);
  }

  private announceRemoved(documentIds: string[]): void {
    for (const listener of this.removalListeners) listener(documentIds);
  }

  /** A document the caller may read; a trashed one only for those who may restore it. */
  async findReadable(user: User | null, id: string): Promise<Document | null> {
    if (!isUuid(id)) return null;
    // One statement (findOne with a relation would send two).
    const document = await this.dataSource.manager
      .createQueryBuilder(Document, 'document')
      .innerJoinAndSelect('document.space', 'space')
      .where('document.id = :id', { id })
      .getOne();
    return document && this.policy.canReadDocument(user, document) ? document : null;
  }

  async recent(user: User | null, limit: number): Promise<Document[]> {
    const spaces = await this.dataSource.manager.find(Space);
    const readable = spaces.filter((space) => this.policy.canReadSpace(user, space)).map((space) => space.id);
    if (readable.length === 0) return [];
    return this.dataSource.manager.find(Document, {
      where: { spaceId: In(readable), deletedAt: IsNull() },
      order: { updatedAt: 'DESC' },
      take: limit,
    });
  }

  trash(spaceId: string): Promise<Document[]> {
    return this.dataSource.manager
      .createQueryBuilder(Document, 'document')
      .where('document.spaceId = :spaceId AND document.deletedAt IS NOT NULL AND document.trashRootId = document.id', {
        spaceId,
      })
      .orderBy('document.deletedAt', 'DESC')
      .getMany();
  }

  create(input: CreateDocumentInput, user: User): Promise<Document> {
    return this.inSpace(input.spaceId, async (manager) => {
      const parentId = input.parentId ?? null;
      if (parentId) await this.liveParentIn(manager, input.spaceId, parentId);
      const position = await this.nextPosition(manager, input.spaceId, parentId);
      const document = await manager.save(
        manager.create(Document, {
          spaceId: input.spaceId,
          parentId,
          title: input.title,
          slug: slugify(input.title),
          position,
          content: EMPTY_DOCUMENT,
          text: '',
          createdById: user.id,
          updatedById: user.id,
        }),
      );
      await this.recordEvent(manager, document.id, 'CREATED', user, null, input.title);
      return document;
    });
  }

  async rename(id: string, title: string, user: User): Promise<Document> {
    const document = await this.dataSource.manager.findOneByOrFail(Document, { id });
    if (document.deletedAt) throw badInput(DOCUMENT_MESSAGES.inTrash);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(Document, { id }, { title, slug: slugify(title), updatedById: user.id });
      if (title !== document.title) await this.recordEvent(manager, id, 'RENAMED', user, document.title, title);
      return manager.findOneByOrFail(Document, { id });
    });
  }

  async move(input: MoveDocumentInput, user: User): Promise<Document> {
    const { spaceId } = await this.dataSource.manager.findOneByOrFail(Document, { id: input.id });
    return this.inSpace(spaceId, async (manager) => {
      const document = await manager.findOneByOrFail(Document, { id: input.id });
      if (document.deletedAt) throw badInput(DOCUMENT_MESSAGES.inTrash);
      const parentId = input.parentId ?? null;
      if (parentId) {
        await this.liveParentIn(manager, spaceId, parentId);
        const below = await this.subtreeIds(manager, document.id);
        if (below.includes(parentId)) {
          throw badInput(DOCUMENT_MESSAGES.underItself, 'parentId');
        }
      }
      await manager.update(Document, { id: document.id }, { parentId, updatedById: user.id });
      await this.renumber(manager, spaceId, parentId, { id: document.id, rank: input.position });
      // The level it left closes up behind it.
      if (document.parentId !== parentId) {
        await this.renumber(manager, spaceId, document.parentId);
        await this.recordEvent(manager, document.id, 'MOVED', user, await this.placeName(manager, document.parentId), await this.placeName(manager, parentId));
      }
      return manager.findOneByOrFail(Document, { id: document.id });
    });
  }

  /** To the trash with everything below it; restoring it brings them all back. */
  async moveToTrash(id: string, user: User): Promise<Document> {
    const { spaceId } = await this.dataSource.manager.findOneByOrFail(Document, { id });
    const { trashed, ids } = await this.inSpace(spaceId, async (manager) => {
      const document = await manager.findOneByOrFail(Document, { id });
      if (document.deletedAt) throw badInput(DOCUMENT_MESSAGES.alreadyInTrash);
      const subtree = await this.subtreeIds(manager, id);
      await manager.update(Document, { id: In(subtree), deletedAt: IsNull() }, { deletedAt: new Date(), deletedById: user.id, trashRootId: id });
      await this.renumber(manager, spaceId, document.parentId);
      await this.recordEvent(manager, id, 'TRASHED', user, null, null);
      return { trashed: await manager.findOneByOrFail(Document, { id }), ids: subtree };
    });
    this.announceRemoved(ids);
    return trashed;
  }

  async restore(id: string, user: User): Promise<Document> {
    const { spaceId } = await this.dataSource.manager.findOneByOrFail(Document, { id });
    return this.inSpace(spaceId, async (manager) => {
      const document = await this.trashedRoot(manager, id);
      const parent = document.parentId ? await manager.findOneBy(Document, { id: document.parentId }) : null;
      // Its old parent is gone or in the trash: the document comes back last at the top of its space.
      const parentGone = document.parentId !== null && (!parent || parent.deletedAt !== null);
      const parentId = parentGone ? null : document.parentId;
      await manager.update(Document, { trashRootId: id }, { deletedAt: null, deletedById: null, trashRootId: null });
      await manager.update(Document, { id }, { parentId });
      await this.renumber(manager, spaceId, parentId, { id, rank: parentGone ? Number.MAX_SAFE_INTEGER : document.position });
      await this.recordEvent(manager, id, 'RESTORED', user, null, parentGone ? await this.placeName(manager, null) : null);
      return manager.findOneByOrFail(Document, { id });
    });
  }

  async purge(id: string): Promise<void> {
    const { spaceId } = await this.dataSource.manager.findOneByOrFail(Document, { id });
    await this.inSpace(spaceId, async (manager) => {
      await this.trashedRoot(manager, id);
      const subtree = await this.subtreeIds(manager, id);
      const [{ official }] = await manager.query('SELECT count(*)::int AS official FROM official_version WHERE "documentId" = ANY($1)', [subtree]);
      if (official > 0) {
        throw badInput(DOCUMENT_MESSAGES.hasOfficialVersions);
      }
      // Everything below goes too (foreign key ON DELETE CASCADE).
      await manager.delete(Document, { id });
    });
  }

  /** Keeps in the document's history what happened to it besides its content. */
  private async recordEvent(manager: EntityManager, documentId: string, kind: DocumentEventKind, user: User, before: string | null, after: string | null) {
    await manager.insert(DocumentEvent, { documentId, kind, actorId: user.id, at: this.clock.now(), before, after });
  }

  /** Where a document stands, in words: under which document, or at the top of its space. */
  private async placeName(manager: EntityManager, parentId: string | null): Promise<string> {
    if (!parentId) return 'Premier niveau de l’espace';
    const parent = await manager.findOneBy(Document, { id: parentId });
    return parent ? `Sous « ${parent.title} »` : 'Premier niveau de l’espace';
  }

  /** Tree changes in one space run one at a time, so two moves can never build a loop together. */
  private inSpace<T>(spaceId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [spaceId]);
      return work(manager);
    });
  }

  private async trashedRoot(manager: EntityManager, id: string): Promise<Document> {
    const document = await manager.findOneByOrFail(Document, { id });
    if (!document.deletedAt) throw badInput(DOCUMENT_MESSAGES.notInTrash);
    if (document.trashRootId !== id) {
      const root = await manager.findOneBy(Document, { id: document.trashRootId ?? '' });
      throw badInput(DOCUMENT_MESSAGES.trashedWith(root?.title ?? null));
    }
    return document;
  }

  private async liveParentIn(manager: EntityManager, spaceId: string, parentId: string): Promise<void> {
    const parent = await manager.findOneBy(Document, { id: parentId });
    if (!parent || parent.spaceId !== spaceId) {
      throw badInput(DOCUMENT_MESSAGES.parentElsewhere, 'parentId');
    }
    if (parent.deletedAt) throw badInput(DOCUMENT_MESSAGES.parentInTrash, 'parentId');
  }

  /**
   * Numbers the live documents of a level 0, 1, 2… so that a position is always a rank, optionally putting one
   * of them at a given rank first. Written in SQL so that neighbours do not count as modified (updatedAt).
   */
  private async renumber(manager: EntityManager, spaceId: string, parentId: string | null, place?: { id: string; rank: number }) {
    const level = await manager.find(Document, {
      select: { id: true },
      where: { spaceId, parentId: parentId ?? IsNull(), deletedAt: IsNull() },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const ids = level.map((doc) => doc.id);
    if (place) {
      ids.splice(ids.indexOf(place.id), 1);
      ids.splice(Math.min(place.rank, ids.length), 0, place.id);
    }
    await manager.query(
      `UPDATE document SET position = ranked.rank - 1
       FROM unnest($1::uuid[]) WITH ORDINALITY AS ranked(id, rank)
       WHERE document.id = ranked.id AND document.position <> ranked.rank - 1`,
      [ids],
    );
  }

  private async nextPosition(manager: EntityManager, spaceId: string, parentId: string | null): Promise<number> {
    const last = await manager.maximum(Document, 'position', { spaceId, parentId: parentId ?? IsNull(), deletedAt: IsNull() });
    return (last ?? -1) + 1;
  }

  private async subtreeIds(manager: EntityManager, id: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH RECURSIVE below AS (
         SELECT id FROM document WHERE id = $1
         UNION
         SELECT d.id FROM document d JOIN below ON d."parentId" = below.id
       ) SELECT id FROM below`,
      [id],
    );
    return rows.map((row) => row.id);
  }
}
