import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DocumentDiff } from '@cocon/shared';
import { DataSource } from 'typeorm';
import { badInput, conflict } from '../common/errors';
import { CollaborationServer } from '../collaboration/collaboration.server';
import { DocumentStoreService } from '../collaboration/document-store.service';
import { Document } from '../documents/document.entity';
import { DOCUMENT_MESSAGES } from '../documents/documents.messages';
import type { User } from '../users/user.entity';
import { DiffWorker } from './diff-worker.service';
import { OfficialVersion } from './official-version.entity';
import { Revision } from './revision.entity';
import { RevisionsService } from './revisions.service';
import { VERSION_MESSAGES } from './versions.messages';
import type { ParagraphProvenance } from './versions.models';

/** What people do with revisions: compare them, name them, restore one, ask where a paragraph comes from. */
@Injectable()
export class VersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly revisions: RevisionsService,
    private readonly worker: DiffWorker,
    private readonly store: DocumentStoreService,
    private readonly collaboration: CollaborationServer,
  ) {}

  /** Compares two revisions of one document; without `toId`, a revision with the document as it stands now. */
  async compare(fromId: string, toId: string | null): Promise<{ from: Revision; to: Revision | null; diff: DocumentDiff }> {
    const from = await this.dataSource.manager.findOneByOrFail(Revision, { id: fromId });
    const to = toId ? await this.dataSource.manager.findOneByOrFail(Revision, { id: toId }) : null;
    if (to && to.documentId !== from.documentId) {
      throw badInput(VERSION_MESSAGES.comparedAcrossDocuments, 'toId');
    }
    const [before, after] = await Promise.all([this.revisions.contentText(from), to ? this.revisions.contentText(to) : this.store.current(from.documentId)]);
    const { diff } = await this.worker.run({ kind: 'diff', before, after });
    return { from, to, diff };
  }

  async name(id: string, name: string): Promise<Revision> {
    const revision = await this.dataSource.manager.findOneByOrFail(Revision, { id });
    if (revision.frozenAt) throw conflict(VERSION_MESSAGES.frozen);
    await this.dataSource.manager.update(Revision, { id }, { name });
    return this.dataSource.manager.findOneByOrFail(Revision, { id });
  }

  async createNamed(documentId: string, name: string, user: User): Promise<Revision> {
    await this.assertNotInTrash(documentId);
    return (await this.revisions.take(documentId, { cause: 'NAMED', name, actorId: user.id }))!;
  }

  /**
   * Brings back an older revision's content as a new change on top (nothing is rewritten): people editing live see
   * it arrive, and a new revision records the restoration.
   */
  async restore(id: string, user: User): Promise<Revision> {
    const revision = await this.dataSource.manager.findOneByOrFail(Revision, { id });
    await this.assertNotInTrash(revision.documentId);
    const content = await this.revisions.content(revision);
    await this.collaboration.replaceContent(revision.documentId, content, user.id);
    return (await this.revisions.take(revision.documentId, {
      cause: 'RESTORE',
      actorId: user.id,
      restoredFromNumber: revision.number,
    }))!;
  }

  /**
   * For each paragraph of the document as it stands: the revision where it first appeared and the one that gave
   * it its wording, with the first official versions that contained it.
   */
  async provenance(documentId: string): Promise<ParagraphProvenance[]> {
    const latest = await this.revisions.latest(documentId);
    const pending = (latest?.number ?? 0) + 1;
    const [after, before, lineage] = await Promise.all([
      this.store.current(documentId),
      latest ? this.revisions.contentText(latest) : Promise.resolve(null),
      latest ? this.revisions.lineage(latest) : Promise.resolve([]),
    ]);
    const result = await this.worker.run({ kind: 'provenance', before, lineage, after, revision: pending });

    const numbers = [...new Set(result.lineage.flatMap(({ origin, changed }) => [origin, changed]))].filter((n) => n !== pending);
    const revisions = numbers.length ? await this.dataSource.manager.find(Revision, { where: { documentId }, order: { number: 'ASC' } }) : [];
    // A pruned revision is represented by the next one kept.
    const revisionAt = (number: number) => (number === pending ? null : (revisions.find((r) => r.number >= number) ?? null));
    const official = await this.dataSource.manager.find(OfficialVersion, { where: { documentId, status: 'APPROVED' } });
    const officialNumbers = new Map(revisions.filter((r) => official.some((v) => v.revisionId === r.id)).map((r) => [r.id, r.number]));
    const chronological = official
      .map((version) => ({ version, number: officialNumbers.get(version.revisionId) ?? Number.POSITIVE_INFINITY }))
      .sort((a, b) => a.number - b.number);
    const firstOfficialFrom = (number: number) => chronological.find((entry) => entry.number >= number)?.version ?? null;

    return result.blocks.map((block, index) => {
      const { origin, changed } = result.lineage[index];
      return {
        index,
        type: block.type,
        level: block.level,
        text: block.text,
        pending: changed === pending,
        origin: revisionAt(origin),
        changedIn: revisionAt(changed),
        firstOfficialVersion: origin === pending ? null : firstOfficialFrom(origin),
        wordingSinceOfficialVersion: changed === pending ? null : firstOfficialFrom(changed),
      };
    });
  }

  private async assertNotInTrash(documentId: string): Promise<void> {
    const document = await this.dataSource.manager.findOneByOrFail(Document, { id: documentId });
    if (document.deletedAt) throw badInput(DOCUMENT_MESSAGES.inTrash);
  }
}
