import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { documentToText, slugify } from '@cocon/shared';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import * as Y from 'yjs';
import { hashPassword } from '../auth/password';
import { LOGGER } from '../common/logger';
import { Document } from '../documents/document.entity';
import { Space } from '../spaces/space.entity';
import { EscSite } from '../structures/esc-site.entity';
import { Structure } from '../structures/structure.entity';
import { User } from '../users/user.entity';
import { anchorOfText } from '../comments/anchors/anchor-of-text';
import { CommentsService } from '../comments/comments.service';
import { DocumentStoreService } from '../collaboration/document-store.service';
import { OfficialVersionsService } from '../versions/official-versions.service';
import { RevisionsService } from '../versions/revisions.service';
import { demoContent, type DemoContent, type DemoDocument } from './demo-content';

export const DEMO_PASSWORD = 'cocon-demo';

/**
 * Fills an empty database with the demo content of the Acte 3 programme, in one transaction; then gives each
 * document its history (revisions and official versions), through the same services as everyday use.
 */
@Injectable()
export class DemoSeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly revisions: RevisionsService,
    private readonly officialVersions: OfficialVersionsService,
    private readonly comments: CommentsService,
    private readonly store: DocumentStoreService,
  ) {}

  async seedIfEmpty(content: DemoContent = demoContent): Promise<boolean> {
    const manager = this.dataSource.manager;
    if ((await manager.count(User)) > 0 || (await manager.count(Structure)) > 0) return false;
    // Hashed before the transaction: PGlite has one connection, and hashing takes a while.
    const hashes = await Promise.all(content.people.map(() => hashPassword(DEMO_PASSWORD)));
    const inserted: { id: string; demo: DemoDocument }[] = [];
    let author!: User;
    let byEmail!: Map<string, User>;
    await this.dataSource.transaction(async (tx) => {
      const sites = new Map<string, EscSite>();
      for (const site of content.sites) {
        sites.set(site.key, await tx.save(tx.create(EscSite, { name: site.name, neighbourhood: site.neighbourhood })));
      }
      const structures = new Map<string, Structure>();
      for (const { key, siteKeys, ...fields } of content.structures) {
        const structure = tx.create(Structure, { ...fields, sites: siteKeys.map((siteKey) => sites.get(siteKey)!) });
        structures.set(key, await tx.save(structure));
      }
      const people: User[] = [];
      for (const [index, person] of content.people.entries()) {
        const structureId = structures.get(person.structureKey)!.id;
        const { structureKey: _key, ...fields } = person;
        people.push(await tx.save(tx.create(User, { ...fields, structureId, passwordHash: hashes[index] })));
      }
      author = people.find((person) => person.role === 'GROUPE_NUMERIQUE') ?? people[0];
      byEmail = new Map(people.map((person) => [person.email, person]));
      for (const [position, demoSpace] of content.spaces.entries()) {
        const { documents, allowedRoles, ...fields } = demoSpace;
        const space = await tx.save(tx.create(Space, { ...fields, allowedRoles: allowedRoles ?? [], position }));
        await this.insertDocuments(tx, space, null, documents, author, inserted);
      }
    });
    for (const { id, demo } of inserted) await this.writeHistory(id, demo, author, byEmail);
    await this.writeDiscussions(content, inserted, byEmail);
    this.logger.info({ people: content.people.length, spaces: content.spaces.length }, 'Demo content created');
    return true;
  }

  private async insertDocuments(
    tx: EntityManager,
    space: Space,
    parentId: string | null,
    documents: DemoDocument[],
    author: User,
    inserted: { id: string; demo: DemoDocument }[],
  ) {
    for (const [position, demo] of documents.entries()) {
      const document = await tx.save(
        tx.create(Document, {
          spaceId: space.id,
          parentId,
          title: demo.title,
          slug: slugify(demo.title),
          position,
          content: demo.content,
          text: documentToText(demo.content),
          createdById: author.id,
          updatedById: author.id,
        }),
      );
      inserted.push({ id: document.id, demo });
      await this.insertDocuments(tx, space, document.id, demo.children ?? [], author, inserted);
    }
  }

  /** The demo's discussions, each speaking for its author's structure, with their replies and mentions. */
  private async writeDiscussions(content: DemoContent, inserted: { id: string; demo: DemoDocument }[], byEmail: Map<string, User>) {
    const person = (email: string) => {
      const found = byEmail.get(email);
      if (!found) throw new Error(`Demo content names an unknown person: ${email}`);
      return found;
    };
    for (const demo of content.threads) {
      const documentId = inserted.find((entry) => entry.demo.title === demo.document)?.id;
      if (!documentId) throw new Error(`Demo discussion on an unknown document: ${demo.document}`);
      let anchor = null;
      if (demo.passage) {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, await this.store.load(documentId));
        anchor = anchorOfText(doc, demo.passage);
        doc.destroy();
      }
      const { thread } = await this.comments.createThread({ documentId, body: demo.body, anchor }, person(demo.author));
      for (const reply of demo.replies ?? []) await this.comments.reply({ threadId: thread.id, body: reply.body }, person(reply.author));
      if (demo.resolvedBy) await this.comments.setStatus(thread.id, 'RESOLVED', person(demo.resolvedBy));
    }
  }

  /** A first revision of each document; for those with a past (the socle commun), each of its versions. */
  private async writeHistory(documentId: string, demo: DemoDocument, author: User, byEmail: Map<string, User>): Promise<void> {
    if (!demo.history) {
      await this.revisions.take(documentId, { cause: 'IMPORT', contributorIds: [author.id] });
      return;
    }
    const person = (email: string) => {
      const found = byEmail.get(email);
      if (!found) throw new Error(`Demo content names an unknown person: ${email}`);
      return found;
    };
    for (const past of demo.history) {
      const revision = await this.revisions.take(documentId, {
        cause: 'IMPORT',
        content: past.content,
        contributorIds: past.writtenBy.map((email) => person(email).id),
        at: new Date(past.writtenAt),
      });
      if (!past.official || !revision) continue;
      const { label, slug, effectiveDate, note, proposedBy, proposedAt, approvedBy, approvedAt } = past.official;
      const input = { documentId, revisionId: revision.id, label, slug, effectiveDate, note };
      const version = await this.officialVersions.propose(input, person(proposedBy), new Date(proposedAt));
      if (approvedBy && approvedAt) await this.officialVersions.approve(version.id, person(approvedBy), 'Validée en séance du GT ESC.', new Date(approvedAt));
    }
  }
}
