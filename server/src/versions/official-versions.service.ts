import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { badInput, conflict } from '../common/errors';
import { Document } from '../documents/document.entity';
import { DOCUMENT_MESSAGES } from '../documents/documents.messages';
import { PolicyService } from '../policies/policy.service';
import { Space } from '../spaces/space.entity';
import type { User } from '../users/user.entity';
import type { ProposeOfficialVersionInput } from './dto/versions.input';
import { OfficialVersionEvent, type OfficialVersionAction } from './official-version-event.entity';
import { OfficialVersion } from './official-version.entity';
import { Revision } from './revision.entity';
import { RevisionsService } from './revisions.service';
import { VERSION_MESSAGES } from './versions.messages';

/**
 * The life of official versions: the Groupe numérique proposes a state of a document, the GT ESC approves it
 * (which freezes it for good) or the proposal is withdrawn. Each step is kept in an append-only audit trail.
 */
@Injectable()
export class OfficialVersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly revisions: RevisionsService,
    private readonly policy: PolicyService,
    private readonly clock: Clock,
  ) {}

  /** `at` dates a version decided before Cocon (the demo's history); otherwise it is now. */
  async propose(input: ProposeOfficialVersionInput, user: User, at?: Date): Promise<OfficialVersion> {
    const document = await this.dataSource.manager.findOneByOrFail(Document, { id: input.documentId });
    if (document.deletedAt) throw badInput(DOCUMENT_MESSAGES.inTrash);
    // Checked before the revision is taken, so that a refused proposal leaves nothing behind; and again below.
    await this.assertSlugFree(this.dataSource.manager, input.documentId, input.slug);
    const revision = input.revisionId
      ? await this.dataSource.manager.findOneByOrFail(Revision, { id: input.revisionId })
      : await this.revisions.take(input.documentId, { cause: 'OFFICIAL', actorId: user.id, name: input.label, at });
    if (!revision || revision.documentId !== input.documentId) {
      throw badInput(VERSION_MESSAGES.revisionOfAnotherDocument, 'revisionId');
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`official:${input.documentId}`]);
      await this.assertSlugFree(manager, input.documentId, input.slug);
      const now = at ?? this.clock.now();
      const version = await manager.save(
        manager.create(OfficialVersion, {
          documentId: input.documentId,
          revisionId: revision.id,
          label: input.label,
          slug: input.slug,
          effectiveDate: input.effectiveDate,
          note: input.note ?? '',
          status: 'PROPOSED',
          proposedById: user.id,
          proposedAt: now,
        }),
      );
      await this.record(manager, version.id, 'PROPOSED', user.id, now, input.note ?? '');
      return version;
    });
  }

  /**
   * Approves and freezes. Only a version still proposed can be approved: of two people approving at once, the
   * first wins and the second is told the version is already approved.
   */
  approve(id: string, user: User, note: string | null | undefined, at?: Date): Promise<OfficialVersion> {
    return this.decide(id, 'APPROVED', user, note ?? '', at, async (manager, version, now) => {
      await manager.update(Revision, { id: version.revisionId }, { frozenAt: now });
      await this.giveArchiveSlug(manager, version.documentId);
    });
  }

  withdraw(id: string, user: User, note: string | null | undefined): Promise<OfficialVersion> {
    return this.decide(id, 'WITHDRAWN', user, note ?? '', undefined, async () => undefined);
  }

  /** Approved versions of the documents the caller may read, most recent first: the archive. */
  async archive(user: User | null): Promise<OfficialVersion[]> {
    const spaces = (await this.dataSource.manager.find(Space)).filter((space) => this.policy.canReadSpace(user, space));
    if (spaces.length === 0) return [];
    return (
      this.dataSource.manager
        .createQueryBuilder(OfficialVersion, 'version')
        .innerJoin(Document, 'document', 'document.id = version.documentId')
        .where('version.status = :approved AND document.spaceId IN (:...spaces)', { approved: 'APPROVED', spaces: spaces.map((s) => s.id) })
        // A document in the trash keeps its versions out of sight, as it does its content (policy.canReadDocument).
        .andWhere(this.policy.can(user, 'document.restore') ? 'TRUE' : 'document.deletedAt IS NULL')
        .orderBy('version.effectiveDate', 'DESC')
        .addOrderBy('version.decidedAt', 'DESC')
        .getMany()
    );
  }

  /** An approved version by its public address (/archives/<archiveSlug>/<slug>), if the caller may read it. */
  async byAddress(user: User | null, archiveSlug: string, slug: string): Promise<OfficialVersion | null> {
    const document = await this.dataSource.manager.findOne(Document, { where: { archiveSlug }, relations: { space: true } });
    if (!document || !this.policy.canReadDocument(user, document)) return null;
    return this.dataSource.manager.findOneBy(OfficialVersion, { documentId: document.id, slug, status: 'APPROVED' });
  }

  findByIds(ids: string[]): Promise<OfficialVersion[]> {
    return ids.length ? this.dataSource.manager.findBy(OfficialVersion, { id: In(ids) }) : Promise.resolve([]);
  }

  private async decide(
    id: string,
    status: 'APPROVED' | 'WITHDRAWN',
    user: User,
    note: string,
    at: Date | undefined,
    effect: (manager: EntityManager, version: OfficialVersion, now: Date) => Promise<void>,
  ): Promise<OfficialVersion> {
    return this.dataSource.transaction(async (manager) => {
      const now = at ?? this.clock.now();
      const decided = await manager
        .createQueryBuilder()
        .update(OfficialVersion)
        .set({ status, decidedById: user.id, decidedAt: now })
        .where('id = :id AND status = :proposed', { id, proposed: 'PROPOSED' })
        .execute();
      const version = await manager.findOneByOrFail(OfficialVersion, { id });
      if (!decided.affected) throw conflict(VERSION_MESSAGES.alreadyDecided[version.status]);
      await effect(manager, version, now);
      await this.record(manager, id, status, user.id, now, note);
      return version;
    });
  }

  private async record(manager: EntityManager, versionId: string, action: OfficialVersionAction, actorId: string, at: Date, note: string) {
    await manager.insert(OfficialVersionEvent, { officialVersionId: versionId, action, actorId, at, note });
  }

  private async assertSlugFree(manager: EntityManager, documentId: string, slug: string): Promise<void> {
    const taken = await manager
      .createQueryBuilder(OfficialVersion, 'version')
      .where('version.documentId = :documentId AND version.slug = :slug AND version.status <> :withdrawn', { documentId, slug, withdrawn: 'WITHDRAWN' })
      .getOne();
    if (!taken) return;
    throw conflict(VERSION_MESSAGES.slugTaken(taken.label, taken.slug, taken.status === 'APPROVED'), 'slug');
  }

  /** The document's name in archive addresses, given once (at its first approval) and never changed after. */
  private async giveArchiveSlug(manager: EntityManager, documentId: string): Promise<void> {
    const document = await manager.findOneByOrFail(Document, { id: documentId });
    if (document.archiveSlug) return;
    let candidate = document.slug || 'document';
    for (let n = 2; await manager.existsBy(Document, { archiveSlug: candidate }); n++) candidate = `${document.slug}-${n}`;
    await manager.update(Document, { id: documentId }, { archiveSlug: candidate, updatedAt: () => '"updatedAt"' });
  }
}
