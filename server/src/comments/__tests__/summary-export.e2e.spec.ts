import { build } from '@cocon/shared';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { openLive, type CollabClient } from '../../collaboration/__tests__/collab-clients';
import type { Document } from '../../documents/document.entity';
import type { Space } from '../../spaces/space.entity';
import { CommentSummaries1796165425906 } from '../../database/migrations/1796165425906-CommentSummaries';
import { CommentsByStructure1796166255479 } from '../../database/migrations/1796166255479-CommentsByStructure';
import { CommentRecentThreads1796168033249 } from '../../database/migrations/1796168033249-CommentRecentThreads';
import type { Structure } from '../../structures/structure.entity';
import { anchorOf, CREATE_THREAD, HIDE, REPLY, RESOLVE } from './comment-helpers';

const SUMMARY = `structures { structure { shortName } openCount resolvedCount commentCount
    chapters { document { title } chapter openCount resolvedCount } threads { excerpt } }
  openCount resolvedCount chapters { chapter openCount resolvedCount } participants { person { name } commentCount }`;

/** A CSV as a spreadsheet reads it: cells separated by « ; », quoted cells may hold « ; », quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (quoted && character === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (character === '"') {
      quoted = !quoted;
    } else if (!quoted && character === ';') {
      row.push(cell);
      cell = '';
    } else if (!quoted && character === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else {
      cell += character;
    }
  }
  return rows;
}

describe('the summary by structure and its CSV export', () => {
  let app: TestApp;
  let space: Space;
  let chapters: Document;
  let other: Document;
  let caf: Structure;
  let ville: Structure;
  let cafClient: ApiClient;
  let villeClient: ApiClient;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    app = await TestApp.start();
    space = await app.createSpace({ name: 'Socle commun V3' });
    chapters = await app.createDocument(space, {
      title: 'Le socle',
      content: build.doc(
        build.h(2, 'Accès libre'),
        build.p('Des ordinateurs en libre accès.'),
        build.h(2, 'Permanences'),
        build.p('Deux permanences par semaine.'),
      ),
    });
    other = await app.createDocument(space, { title: 'Calendrier', content: build.doc(build.p('Juin 2026.')) });
    caf = await app.createStructure({ shortName: 'CAF', name: 'CAF d’Ille-et-Vilaine' });
    ville = await app.createStructure({ shortName: 'Ville', name: 'Ville de Rennes' });
    ({ client: cafClient } = await app.as('REFERENT_NUMERIQUE', { structureId: caf.id, name: 'Amina Diallo' }));
    ({ client: villeClient } = await app.as('GT_ESC', { structureId: ville.id, name: 'Sophie Lemoine' }));
    const live = await openLive(app.url, cafClient, chapters.id, clients);
    const open = (client: ApiClient, documentId: string, body: string, passage?: string) =>
      client.ok(CREATE_THREAD, { input: { documentId, body, anchor: passage ? anchorOf(live.doc, passage) : undefined } });

    const onAccess = (await open(cafClient, chapters.id, 'La CAF a des bornes; "libre" veut dire gratuit ?', 'ordinateurs en libre')).createThread;
    await villeClient.ok(REPLY, { input: { threadId: onAccess.thread.id, body: 'Oui, gratuit.\nSans inscription.' } });
    const onPermanences = (await open(cafClient, chapters.id, '=SOMME(A1:A2) trois permanences ?', 'Deux permanences')).createThread;
    await villeClient.ok(RESOLVE, { id: onPermanences.thread.id });
    await open(villeClient, other.id, 'Date confirmée.');
    const hidden = (await open(villeClient, other.id, 'Texte masqué par la modération.')).createThread;
    await villeClient.ok(HIDE, { input: { id: hidden.comment.id, reason: 'Hors sujet' } });
  });
  afterAll(async () => {
    clients.forEach((client) => client.destroy());
    await app.stop();
  });

  it('counts, for each structure of a document, the discussions where it spoke, open and resolved, by chapter', async () => {
    const { documentCommentSummary } = await cafClient.ok(`query ($id: ID!) { documentCommentSummary(documentId: $id) { ${SUMMARY} } }`, { id: chapters.id });
    expect(documentCommentSummary).toMatchObject({ openCount: 1, resolvedCount: 1 });
    expect(documentCommentSummary.chapters).toEqual([
      { chapter: 'Accès libre', openCount: 1, resolvedCount: 0 },
      { chapter: 'Permanences', openCount: 0, resolvedCount: 1 },
    ]);
    const byStructure = Object.fromEntries(
      documentCommentSummary.structures.map((entry: { structure: { shortName: string } }) => [entry.structure.shortName, entry]),
    );
    expect(byStructure.CAF).toMatchObject({
      openCount: 1,
      resolvedCount: 1,
      commentCount: 2,
      chapters: [
        { document: { title: 'Le socle' }, chapter: 'Accès libre', openCount: 1, resolvedCount: 0 },
        { document: { title: 'Le socle' }, chapter: 'Permanences', openCount: 0, resolvedCount: 1 },
      ],
    });
    expect(byStructure.Ville).toMatchObject({ openCount: 1, resolvedCount: 0, commentCount: 1, threads: [{ excerpt: 'ordinateurs en libre' }] });
  });

  it('adds up a whole space, leaving out hidden comments', async () => {
    const { spaceCommentSummary } = await villeClient.ok(`query ($id: ID!) { spaceCommentSummary(spaceId: $id) { ${SUMMARY} } }`, { id: space.id });
    expect(spaceCommentSummary).toMatchObject({ openCount: 3, resolvedCount: 1 });
    const ville = spaceCommentSummary.structures.find((entry: { structure: { shortName: string } }) => entry.structure.shortName === 'Ville');
    expect(ville).toMatchObject({ openCount: 2, resolvedCount: 0, commentCount: 2 });
    // Its latest discussions, where it spoke last first: « Date confirmée » came after its reply on « Accès libre ».
    expect(ville.threads.map((thread: { excerpt: string | null }) => thread.excerpt)).toEqual([null, 'ordinateurs en libre']);
    expect(ville.chapters.map((entry: { document: { title: string }; chapter: string | null }) => [entry.document.title, entry.chapter])).toEqual([
      ['Calendrier', null],
      ['Le socle', 'Accès libre'],
    ]);
    expect(spaceCommentSummary.participants).toEqual(
      expect.arrayContaining([
        { person: { name: 'Amina Diallo' }, commentCount: 2 },
        { person: { name: 'Sophie Lemoine' }, commentCount: 2 },
      ]),
    );
  });

  it('fills the summaries in for discussions written before the migration that added them', async () => {
    const snapshot = async () => ({
      speakers: await app.dataSource.query('SELECT id, speakers FROM comment_thread ORDER BY id'),
      rows: await app.dataSource.query(
        'SELECT "documentId", "structureKey", chapter, "chapterIndex", status, threads, comments FROM comment_summary ORDER BY 1, 2, 3, 4, 5',
      ),
      recent: await app.dataSource.query('SELECT "documentId", "structureKey", "threadIds", activity FROM comment_summary_recent ORDER BY 1, 2'),
    });
    const kept = await snapshot();
    expect(kept.rows.length).toBeGreaterThan(0);
    expect(kept.recent.length).toBeGreaterThan(0);
    // Undone newest first, then done again in order, on the discussions written above.
    const migrations = [new CommentSummaries1796165425906(), new CommentsByStructure1796166255479(), new CommentRecentThreads1796168033249()];
    const runner = app.dataSource.createQueryRunner();
    try {
      for (const migration of [...migrations].reverse()) await migration.down(runner);
      for (const migration of migrations) await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await snapshot()).toEqual(kept);
  });

  it('exports a space as CSV that spreadsheets read: BOM, « ; », quoted cells, formulas neutralised', async () => {
    const response = await fetch(`${app.url}/api/exports/comments.csv?spaceId=${space.id}`, { headers: { cookie: cafClient.sessionCookie! } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="commentaires-socle-commun-v3-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual([
      'Structure',
      'Personne',
      'Rôle',
      'Date',
      'Document',
      'Chapitre',
      'Passage commenté',
      'Texte supprimé',
      'Discussion',
      'Commentaire',
      'Texte',
      'Modifié',
      'Lien',
    ]);
    const lines = rows.slice(1).map((row) => [row[0], row[4], row[5], row[8], row[9], row[10]]);
    expect(lines).toEqual([
      ['Ville de Rennes', 'Calendrier', '', 'Ouverte', 'Ouverture', 'Date confirmée.'],
      ['CAF d’Ille-et-Vilaine', 'Le socle', 'Accès libre', 'Ouverte', 'Ouverture', 'La CAF a des bornes; "libre" veut dire gratuit ?'],
      ['Ville de Rennes', 'Le socle', 'Accès libre', 'Ouverte', 'Réponse', 'Oui, gratuit.\nSans inscription.'],
      ['CAF d’Ille-et-Vilaine', 'Le socle', 'Permanences', 'Résolue', 'Ouverture', "'=SOMME(A1:A2) trois permanences ?"],
    ]);
    expect(rows[1][2]).toBe('GT ESC');
    expect(rows[1][3]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(rows[1][12]).toMatch(new RegExp(`/d/${other.id}/.+\\?discussion=`));
  });

  it('exports one document, with the caller’s rights: 401 for the public, 404 for a document one cannot read', async () => {
    const ok = await fetch(`${app.url}/api/exports/comments.csv?documentId=${other.id}`, { headers: { cookie: villeClient.sessionCookie! } });
    expect(parseCsv((await ok.text()).slice(1))).toHaveLength(2);
    expect((await fetch(`${app.url}/api/exports/comments.csv?documentId=${other.id}`)).status).toBe(401);
    const restricted = await app.createDocument(await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['ADMIN'] }));
    const { client } = await app.as('MEMBRE');
    const hidden = await fetch(`${app.url}/api/exports/comments.csv?documentId=${restricted.id}`, { headers: { cookie: client.sessionCookie! } });
    const unknown = await fetch(`${app.url}/api/exports/comments.csv?documentId=00000000-0000-4000-8000-000000000000`, {
      headers: { cookie: client.sessionCookie! },
    });
    expect([hidden.status, await hidden.text()]).toEqual([404, await unknown.text()]);
    expect((await fetch(`${app.url}/api/exports/comments.csv`, { headers: { cookie: client.sessionCookie! } })).status).toBe(400);
  });
});
