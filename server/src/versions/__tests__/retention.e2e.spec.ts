import { build } from '@cocon/shared';
import { TestApp } from '../../../test/test-app';
import { RevisionRetentionService } from '../revision-retention.service';
import { RevisionsService } from '../revisions.service';
import { Revision, type RevisionCause } from '../revision.entity';

describe('thinning out old revisions (REVISION_RETENTION_DAYS)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({ REVISION_RETENTION_DAYS: '30' });
  });
  afterAll(() => app.stop());

  it('keeps one automatic revision a day past the limit, every named, restored or official one, and the latest', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space);
    const revisions = app.running.app.get(RevisionsService);
    const take = async (cause: RevisionCause, at: string, text: string, name: string | null = null) =>
      (await revisions.take(document.id, { cause, name, at: new Date(at), content: build.doc(build.p(text)) }))!;

    await take('QUIET', '2026-01-10T09:00:00Z', 'Premier jet.');
    await take('QUIET', '2026-01-10T10:00:00Z', 'Deuxième jet, seulement dans cette révision-là.');
    await take('NAMED', '2026-01-10T11:00:00Z', 'Relu avant la rencontre.', 'avant la rencontre');
    const proposed = await take('INTERVAL', '2026-01-10T12:00:00Z', 'Version proposée.');
    await app.dataSource.query(
      `INSERT INTO official_version ("documentId", "revisionId", label, slug, "effectiveDate", status, "proposedAt") VALUES ($1, $2, 'V1', 'v1', '2026-02-01', 'PROPOSED', now())`,
      [document.id, proposed.id],
    );
    await take('QUIET', '2026-01-10T16:00:00Z', 'Fin de journée.');
    await take('QUIET', '2026-01-11T09:00:00Z', 'Lendemain matin.');
    await take('LAST_EDITOR_LEFT', '2026-01-11T17:00:00Z', 'Lendemain soir.');
    await take('QUIET', '2026-11-28T09:00:00Z', 'Récemment, le matin.');
    await take('QUIET', '2026-11-28T10:00:00Z', 'Récemment, plus tard.');

    const removed = await app.running.app.get(RevisionRetentionService).prune(new Date('2026-12-01T12:00:00Z'));
    expect(removed).toBe(3);
    const kept = await app.dataSource.manager.find(Revision, { where: { documentId: document.id }, order: { number: 'DESC' } });
    expect(kept.map((revision) => revision.number).reverse()).toEqual([3, 4, 5, 7, 8, 9]);
    // What only a removed revision held is gone from the store; what the others hold is still there, exactly.
    const blocks = await app.dataSource.query(`SELECT content::text AS json FROM revision_block WHERE "documentId" = $1`, [document.id]);
    expect(blocks.map((row: { json: string }) => row.json).join()).not.toContain('Deuxième jet');
    expect(JSON.stringify(await revisions.content(kept[kept.length - 1]))).toContain('Relu avant la rencontre.');
    expect(await app.running.app.get(RevisionRetentionService).prune(new Date('2026-12-01T12:00:00Z'))).toBe(0);
  });
});
