import { build, type JSONContent } from '@cocon/shared';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { connectCollab } from '../../collaboration/__tests__/collab-clients';
import type { Document } from '../../documents/document.entity';
import type { Space } from '../../spaces/space.entity';
import type { User } from '../../users/user.entity';

const PROPOSE = `mutation ($input: ProposeOfficialVersionInput!) {
  proposeOfficialVersion(input: $input) { id status label slug revision { id number } } }`;
const APPROVE = 'mutation ($id: ID!, $note: String) { approveOfficialVersion(id: $id, note: $note) { id status archivePath revision { id frozenAt } } }';
const WITHDRAW = 'mutation ($id: ID!, $note: String) { withdrawOfficialVersion(id: $id, note: $note) { id status } }';
const { doc, h, p } = build;

describe('official versions', () => {
  let app: TestApp;
  let redaction: { client: ApiClient; user: User };
  let gt: { client: ApiClient; user: User };
  let admin: ApiClient;
  let space: Space;

  beforeAll(async () => {
    app = await TestApp.start();
    redaction = await app.as('GROUPE_NUMERIQUE');
    gt = await app.as('GT_ESC');
    admin = (await app.as('ADMIN')).client;
    space = await app.createSpace({ visibility: 'PUBLIC', slug: `socle-${Date.now()}` });
  });
  afterAll(() => app.stop());

  const setContent = (document: Document, content: JSONContent) =>
    app.dataSource.query('UPDATE document SET content = $2 WHERE id = $1', [document.id, content]);
  const propose = async (document: Document, slug: string, label = `Socle commun ${slug.toUpperCase()}`) =>
    (await redaction.client.ok(PROPOSE, { input: { documentId: document.id, label, slug, effectiveDate: '2025-06-15', note: 'Après le temps en quartier.' } }))
      .proposeOfficialVersion;
  const approve = async (id: string) => (await gt.client.ok(APPROVE, { id, note: 'Validée en séance.' })).approveOfficialVersion;

  it('lets the Groupe numérique propose and only the GT ESC approve, which freezes the version and gives it a public address', async () => {
    const document = await app.createDocument(space, { title: 'Socle commun', content: doc(h(2, 'Accès libre'), p('Le wifi public.')) });
    const proposal = await propose(document, 'v1');
    expect(proposal).toMatchObject({ status: 'PROPOSED', label: 'Socle commun V1', revision: { number: 1 } });

    const byAdmin = await admin.fails(APPROVE, { id: proposal.id });
    expect(byAdmin.extensions.code).toBe('FORBIDDEN');
    const byWriter = await redaction.client.fails(APPROVE, { id: proposal.id });
    expect(byWriter.extensions.code).toBe('FORBIDDEN');

    const approved = await approve(proposal.id);
    expect(approved.status).toBe('APPROVED');
    expect(approved.revision.frozenAt).not.toBeNull();
    expect(approved.archivePath).toBe('/archives/socle-commun/v1');

    const { document: read } = await gt.client.ok(
      'query ($id: ID!) { document(id: $id) { officialVersions { label status proposedBy { id } decidedBy { id } events { action note actor { id } } } } }',
      { id: document.id },
    );
    expect(read.officialVersions).toEqual([
      {
        label: 'Socle commun V1',
        status: 'APPROVED',
        proposedBy: { id: redaction.user.id },
        decidedBy: { id: gt.user.id },
        events: [
          { action: 'PROPOSED', note: 'Après le temps en quartier.', actor: { id: redaction.user.id } },
          { action: 'APPROVED', note: 'Validée en séance.', actor: { id: gt.user.id } },
        ],
      },
    ]);
  });

  it('keeps a frozen version exactly as it was, whatever path tries to change it', async () => {
    const document = await app.createDocument(space, { title: 'Socle figé', content: doc(h(2, 'Accès libre'), p('Texte de la V1.')) });
    const version = await approve((await propose(document, 'v1')).id);
    const revisionId = version.revision.id;
    const frozenContent = async () => (await admin.ok('query ($id: ID!) { revision(id: $id) { content name } }', { id: revisionId })).revision;
    const before = await frozenContent();

    // GraphQL: naming it, approving or withdrawing it again.
    const rename = await admin.fails('mutation ($id: ID!) { nameRevision(id: $id, name: "Autre nom") { id } }', { id: revisionId });
    expect(rename.extensions.code).toBe('CONFLICT');
    expect(rename.message).toMatch(/figée/);
    expect((await gt.client.fails(APPROVE, { id: version.id })).extensions.code).toBe('CONFLICT');
    expect((await redaction.client.fails(WITHDRAW, { id: version.id })).message).toMatch(/déjà validée et figée/);

    // Restoring it, then writing on top: a new revision, the frozen one untouched.
    await setContent(document, doc(h(2, 'Accès libre'), p('Texte réécrit après la V1.')));
    const { restoreRevision } = await admin.ok('mutation ($id: ID!) { restoreRevision(id: $id) { number cause } }', { id: revisionId });
    expect(restoreRevision).toMatchObject({ number: 2, cause: 'RESTORE' });

    // The collaboration socket: a revision is not a document one can open.
    const { collabToken } = await admin.ok('query ($id: ID!) { collabToken(documentId: $id) }', { id: document.id });
    const socket = connectCollab(app.url, revisionId, collabToken);
    await expect(socket.ready).rejects.toThrow(/expiré|accès/);
    socket.destroy();

    // The database itself, even for someone who bypasses the application.
    await expect(app.dataSource.query('UPDATE document_revision SET name = $2 WHERE id = $1', [revisionId, 'x'])).rejects.toThrow(/figée/);
    await expect(app.dataSource.query('DELETE FROM document_revision WHERE id = $1', [revisionId])).rejects.toThrow(/figée/);
    await expect(app.dataSource.query(`UPDATE official_version SET label = 'Falsifiée' WHERE id = $1`, [version.id])).rejects.toThrow(/figée/);
    await expect(app.dataSource.query('UPDATE revision_block SET content = $2 WHERE "documentId" = $1', [document.id, { type: 'paragraph' }])).rejects.toThrow(
      /ne peut pas être modifié/,
    );
    await expect(app.dataSource.query('DELETE FROM official_version_event WHERE "officialVersionId" = $1', [version.id])).rejects.toThrow(
      /ne peut pas être modifié/,
    );

    // Purging the document from the trash would take its official versions along: refused.
    await admin.ok('mutation ($id: ID!) { trashDocument(id: $id) { id } }', { id: document.id });
    const purge = await admin.fails('mutation ($id: ID!) { purgeDocument(id: $id) }', { id: document.id });
    expect(purge.extensions.code).toBe('BAD_USER_INPUT');
    expect(purge.message).toMatch(/versions officielles/);

    expect(await frozenContent()).toEqual(before);
    expect(JSON.stringify(before.content)).toContain('Texte de la V1.');
  });

  it('lets only one of two people approving at the same moment win; the other is told it is already done', async () => {
    const document = await app.createDocument(space, { title: 'Socle disputé' });
    const proposal = await propose(document, 'v2');
    const otherGt = (await app.as('GT_ESC')).client;
    const results = await Promise.all([gt.client.request(APPROVE, { id: proposal.id }), otherGt.request(APPROVE, { id: proposal.id })]);
    const errors = results.map((result) => result.errors?.[0]?.extensions.code ?? null).sort();
    expect(errors).toEqual(['CONFLICT', null]);
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM official_version_event WHERE "officialVersionId" = $1 AND action = 'APPROVED'`,
      [proposal.id],
    );
    expect(count).toBe(1);
  });

  it('refuses a second proposal under a short name already used, and a withdrawn one frees it', async () => {
    const document = await app.createDocument(space, { title: 'Socle à plusieurs propositions' });
    const first = await propose(document, 'v3');
    const taken = await redaction.client.fails(PROPOSE, { input: { documentId: document.id, label: 'Autre V3', slug: 'v3', effectiveDate: '2026-06-15' } });
    expect(taken.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    await redaction.client.ok(WITHDRAW, { id: first.id, note: 'Trop tôt.' });
    expect((await propose(document, 'v3')).status).toBe('PROPOSED');
  });

  it('refuses bad input with the field named: a made-up date, an address form with spaces, a revision of another document', async () => {
    const document = await app.createDocument(space);
    const other = await app.createDocument(space);
    const otherRevision = (await propose(other, 'v1')).revision.id;
    const input = { documentId: document.id, label: 'Socle V1', slug: 'v1', effectiveDate: '2025-06-15' };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ effectiveDate: '2025-02-30' }, 'effectiveDate', /date du calendrier/],
      [{ slug: 'V 1' }, 'slug', /lettres minuscules/],
      [{ label: '   ' }, 'label', /ne peut pas être vide/],
      [{ revisionId: otherRevision }, 'revisionId', /autre document/],
    ];
    for (const [change, field, message] of cases) {
      const error = await redaction.client.fails(PROPOSE, { input: { ...input, ...change } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toMatch(message);
    }
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM official_version WHERE "documentId" = $1', [document.id]);
    expect(count).toBe(0);
  });

  it('traces a paragraph across three versions: where it first appeared, and since when it reads as it does', async () => {
    const document = await app.createDocument(space, { title: 'Socle tracé' });
    const wifiV1 = 'Le wifi public fonctionne dans chaque ESC.';
    const wifiV2 = 'Le wifi public fonctionne et il est vérifié chaque mois dans chaque ESC.';
    await setContent(document, doc(h(2, 'Accès libre'), p(wifiV1), p('Les ordinateurs sont en libre-service.')));
    const v1 = await approve((await propose(document, 'v1')).id);
    await setContent(document, doc(h(2, 'Accès libre'), p(wifiV2), p('Les ordinateurs sont en libre-service.')));
    const v2 = await approve((await propose(document, 'v2')).id);
    await setContent(document, doc(h(2, 'Accès libre'), p(wifiV2), p('Les ordinateurs sont en libre-service.'), p('Une imprimante est partagée.')));
    await propose(document, 'v3'); // a draft: proposed, not approved
    await setContent(
      document,
      doc(h(2, 'Accès libre'), p(wifiV2), p('Les ordinateurs sont en libre-service.'), p('Une imprimante est partagée.'), p('En cours.')),
    );

    const { documentProvenance } = await redaction.client.ok(
      `query ($id: ID!) { documentProvenance(documentId: $id) { text pending origin { number } changedIn { number }
        firstOfficialVersion { slug } wordingSinceOfficialVersion { slug } } }`,
      { id: document.id },
    );
    const byText = Object.fromEntries(documentProvenance.map((row: { text: string }) => [row.text, row]));
    expect(byText[wifiV2]).toMatchObject({
      origin: { number: 1 },
      changedIn: { number: 2 },
      firstOfficialVersion: { slug: 'v1' },
      wordingSinceOfficialVersion: { slug: 'v2' },
    });
    expect(byText['Les ordinateurs sont en libre-service.']).toMatchObject({
      origin: { number: 1 },
      changedIn: { number: 1 },
      wordingSinceOfficialVersion: { slug: 'v1' },
    });
    expect(byText['Une imprimante est partagée.']).toMatchObject({ origin: { number: 3 }, firstOfficialVersion: null, pending: false });
    expect(byText['En cours.']).toMatchObject({ pending: true, origin: null, changedIn: null });
    expect(v1.archivePath).not.toBe(v2.archivePath);
  });

  it('shows the public the archive of public spaces only, each version at its stable address', async () => {
    const members = await app.createSpace({ visibility: 'MEMBERS' });
    const internal = await app.createDocument(members, { title: 'Charte interne' });
    await approve((await propose(internal, 'v1')).id);
    const visitor = app.anonymous();
    const { archive } = await visitor.ok('{ archive { label archivePath document { title } } }');
    expect(archive.map((version: { document: { title: string } }) => version.document.title)).not.toContain('Charte interne');
    expect(archive.map((version: { archivePath: string }) => version.archivePath)).toContain('/archives/socle-commun/v1');

    const { archivedVersion } = await visitor.ok(
      '{ archivedVersion(archiveSlug: "socle-commun", slug: "v1") { label revision { content } proposedBy { id } } }',
    );
    expect(archivedVersion).toMatchObject({ label: 'Socle commun V1', proposedBy: null });
    expect(JSON.stringify(archivedVersion.revision.content)).toContain('Le wifi public.');
    const hidden = await visitor.ok('{ archivedVersion(archiveSlug: "charte-interne", slug: "v1") { label } }');
    expect(hidden.archivedVersion).toBeNull();
  });
});
