import { build } from '@cocon/shared';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { allSaved, appendParagraph, eventually, openLive, type CollabClient } from '../../collaboration/__tests__/collab-clients';
import type { Space } from '../../spaces/space.entity';
import type { User } from '../../users/user.entity';
import { RevisionScheduler } from '../revision-scheduler.service';

const HISTORY = `query ($id: ID!) { document(id: $id) { revisions { id number cause name wordCount restoredFromNumber
  changes { wordsAdded wordsRemoved sectionsTouched } contributors { id } contributorStructures { id shortName } } } }`;
const MINUTE = 60_000;

describe('revisions taken while people edit', () => {
  let app: TestApp;
  let writer: { client: ApiClient; user: User };
  let colleague: { client: ApiClient; user: User };
  let space: Space;
  let now: number;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    app = await TestApp.start();
    writer = await app.as('GROUPE_NUMERIQUE');
    colleague = await app.as('REFERENT_NUMERIQUE');
    space = await app.createSpace({ visibility: 'MEMBERS' });
    now = Date.parse('2026-06-01T09:00:00Z');
    jest.spyOn(app.running.app.get(Clock), 'now').mockImplementation(() => new Date(now));
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
  afterAll(() => app.stop());

  const open = (api: ApiClient, documentId: string) => openLive(app.url, api, documentId, clients);

  const history = async (documentId: string) => (await writer.client.ok(HISTORY, { id: documentId })).document.revisions;
  const sweep = () => app.running.app.get(RevisionScheduler).sweep();
  /** Types, waits until the change is durable and the activity is noted. */
  async function type(editor: CollabClient, text: string) {
    appendParagraph(editor.doc, text);
    await allSaved(editor);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  it('takes one once the document has been quiet for five minutes, crediting the people and their structures', async () => {
    const document = await app.createDocument(space, { content: build.doc(build.h(2, 'Accès libre'), build.p('Le wifi public.')) });
    const [mine, theirs] = [await open(writer.client, document.id), await open(colleague.client, document.id)];
    await type(mine, 'Une phrase de la rédaction.');
    await type(theirs, 'Une phrase du référent de la structure.');

    now += 4 * MINUTE;
    await sweep();
    expect(await history(document.id)).toEqual([]);

    now += 1 * MINUTE + 1000;
    await sweep();
    const [revision] = await history(document.id);
    expect(revision).toMatchObject({ number: 1, cause: 'QUIET', changes: { sectionsTouched: ['Accès libre'] } });
    expect(revision.contributors.map((person: User) => person.id).sort()).toEqual([writer.user.id, colleague.user.id].sort());
    expect(revision.contributorStructures.map((structure: { id: string }) => structure.id).sort()).toEqual(
      [writer.user.structureId, colleague.user.structureId].sort(),
    );

    now += 10 * MINUTE;
    await sweep();
    expect(await history(document.id)).toHaveLength(1); // nothing new: no new revision
  });

  it('takes one at least every thirty minutes under continuous editing', async () => {
    const document = await app.createDocument(space);
    const editor = await open(writer.client, document.id);
    for (let minute = 0; minute < 28; minute += 2) {
      await type(editor, `Minute ${minute}.`);
      now += 2 * MINUTE;
      await sweep();
    }
    expect(await history(document.id)).toEqual([]);
    await type(editor, 'Encore une phrase.');
    now += 2 * MINUTE;
    await sweep();
    expect((await history(document.id)).map((revision: { cause: string }) => revision.cause)).toEqual(['INTERVAL']);
  });

  it('takes one as soon as the last person who may write leaves, counting words added', async () => {
    const document = await app.createDocument(space, { content: build.doc(build.p()) });
    const editor = await open(writer.client, document.id);
    await type(editor, 'Trois mots ajoutés.');
    editor.destroy();
    await eventually(async () => (await history(document.id)).length === 1);
    const [revision] = await history(document.id);
    expect(revision).toMatchObject({ cause: 'LAST_EDITOR_LEFT', changes: { wordsAdded: 3, wordsRemoved: 0 }, wordCount: 3 });
  });

  it('restores an older revision as a new one on top, and the people editing see the restored text', async () => {
    const document = await app.createDocument(space, { content: build.doc(build.p('La version de juin.')) });
    const { createNamedRevision: june } = await writer.client.ok(
      'mutation ($documentId: ID!, $name: String!) { createNamedRevision(documentId: $documentId, name: $name) { id number name } }',
      { documentId: document.id, name: 'avant la rencontre du 3 juin' },
    );
    const watcher = await open(colleague.client, document.id);
    const editor = await open(writer.client, document.id);
    await type(editor, 'Un ajout regretté.');
    await eventually(() => watcher.text().includes('Un ajout regretté.'));

    const { restoreRevision } = await writer.client.ok('mutation ($id: ID!) { restoreRevision(id: $id) { number cause restoredFromNumber content } }', {
      id: june.id,
    });
    expect(restoreRevision).toMatchObject({ number: 2, cause: 'RESTORE', restoredFromNumber: 1 });
    await eventually(() => !watcher.text().includes('Un ajout regretté.'));
    expect(watcher.text()).toBe('La version de juin.');
    expect(editor.text()).toBe('La version de juin.');
    const causes = (await history(document.id)).map((revision: { cause: string; name: string | null }) => [revision.cause, revision.name]);
    expect(causes).toEqual([
      ['RESTORE', null],
      ['NAMED', 'avant la rencontre du 3 juin'],
    ]);
  });

  it('keeps renames, moves and trips to the trash in the history', async () => {
    const parent = await app.createDocument(space, { title: 'Rencontres' });
    const { createDocument } = await writer.client.ok('mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }', {
      input: { spaceId: space.id, title: 'Compte rendu' },
    });
    const id = createDocument.id;
    await writer.client.ok('mutation ($id: ID!) { renameDocument(id: $id, title: "Compte rendu de juin") { id } }', { id });
    await writer.client.ok('mutation ($input: MoveDocumentInput!) { moveDocument(input: $input) { id } }', {
      input: { id, parentId: parent.id, position: 0 },
    });
    await writer.client.ok('mutation ($id: ID!) { trashDocument(id: $id) { id } }', { id });
    await writer.client.ok('mutation ($id: ID!) { restoreDocument(id: $id) { id } }', { id });
    const { document } = await writer.client.ok('query ($id: ID!) { document(id: $id) { events { kind before after actor { id } } } }', { id });
    expect(document.events.map(({ kind, before, after }: Record<string, string>) => [kind, before, after]).reverse()).toEqual([
      ['CREATED', null, 'Compte rendu'],
      ['RENAMED', 'Compte rendu', 'Compte rendu de juin'],
      ['MOVED', 'Premier niveau de l’espace', 'Sous « Rencontres »'],
      ['TRASHED', null, null],
      ['RESTORED', null, null],
    ]);
    expect(document.events.every((event: { actor: { id: string } }) => event.actor.id === writer.user.id)).toBe(true);
  });
});

describe('comparing revisions through the API', () => {
  let app: TestApp;
  let writer: ApiClient;
  let space: Space;

  beforeAll(async () => {
    app = await TestApp.start();
    writer = (await app.as('GROUPE_NUMERIQUE')).client;
    space = await app.createSpace({ visibility: 'MEMBERS' });
  });
  afterAll(() => app.stop());

  const NAMED = 'mutation ($documentId: ID!, $name: String!) { createNamedRevision(documentId: $documentId, name: $name) { id } }';
  const COMPARE = 'query ($fromId: ID!, $toId: ID) { compareRevisions(fromId: $fromId, toId: $toId) { from { number } to { number } diff } }';

  it('shows what changed between two revisions, chapter by chapter, and between a revision and the document now', async () => {
    const document = await app.createDocument(space, { content: build.doc(build.h(2, 'Chapitre 3'), build.p('Les permanences ont lieu le mardi.')) });
    const first = (await writer.ok(NAMED, { documentId: document.id, name: 'avant' })).createNamedRevision.id;
    await app.dataSource.query('UPDATE document SET content = $2 WHERE id = $1', [
      document.id,
      build.doc(build.h(2, 'Chapitre 3'), build.p('Les permanences ont lieu le mardi et le jeudi.')),
    ]);
    const second = (await writer.ok(NAMED, { documentId: document.id, name: 'après' })).createNamedRevision.id;

    const { compareRevisions } = await writer.ok(COMPARE, { fromId: first, toId: second });
    expect(compareRevisions.from.number).toBe(1);
    const [chapter] = compareRevisions.diff.sections;
    expect(chapter.title).toBe('Chapitre 3');
    expect(chapter.stats).toMatchObject({ modified: 1, wordsAdded: 3, wordsRemoved: 0 });
    const modified = chapter.entries.find((entry: { kind: string }) => entry.kind === 'modified');
    expect(modified.words).toContainEqual({ op: 'insert', text: ' et le jeudi' });

    const withNow = (await writer.ok(COMPARE, { fromId: second })).compareRevisions;
    expect(withNow.to).toBeNull();
    expect(withNow.diff.stats).toMatchObject({ added: 0, removed: 0, modified: 0 });
  });

  it('refuses to compare revisions of two different documents, and an unknown revision', async () => {
    const [a, b] = [await app.createDocument(space), await app.createDocument(space)];
    const fromA = (await writer.ok(NAMED, { documentId: a.id, name: 'a' })).createNamedRevision.id;
    const fromB = (await writer.ok(NAMED, { documentId: b.id, name: 'b' })).createNamedRevision.id;
    const mixed = await writer.fails(COMPARE, { fromId: fromA, toId: fromB });
    expect(mixed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toId' });
    expect(mixed.message).toMatch(/documents différents/);
    const unknown = await writer.fails(COMPARE, { fromId: fromA, toId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.extensions.code).toBe('NOT_FOUND');
    expect(unknown.message).toMatch(/révision n’existe pas/);
  });

  it('keeps a document’s revisions from people who may not read it', async () => {
    const hidden = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['GT_ESC'] });
    const document = await app.createDocument(hidden);
    const gt = (await app.as('GT_ESC')).client;
    const revision = (await gt.ok(NAMED, { documentId: document.id, name: 'réservée' })).createNamedRevision.id;
    const error = await writer.fails('query ($id: ID!) { revision(id: $id) { content } }', { id: revision });
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect((await writer.fails(COMPARE, { fromId: revision })).extensions.code).toBe('NOT_FOUND');
  });

  it('stops a comparison that takes too long with a clear message, while the server keeps answering', async () => {
    const paragraphs = (variant: string) => Array.from({ length: 1500 }, (_, i) => build.p(`Paragraphe ${i} de la version ${variant}.`));
    const document = await app.createDocument(space, { content: build.doc(...paragraphs('une')) });
    const first = (await writer.ok(NAMED, { documentId: document.id, name: 'longue' })).createNamedRevision.id;
    await app.dataSource.query('UPDATE document SET content = $2 WHERE id = $1', [document.id, build.doc(...paragraphs('deux'))]);
    const config = app.running.app.get<symbol, AppConfig>(APP_CONFIG);
    const usual = config.diffTimeoutMs;
    config.diffTimeoutMs = 5;
    try {
      const comparing = writer.fails(COMPARE, { fromId: first });
      const meanwhile = await writer.ok('query ($id: ID!) { document(id: $id) { title } }', { id: document.id });
      expect(meanwhile.document.title).toBe(document.title);
      const error = await comparing;
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/La comparaison a pris trop de temps \(plus de 1 s\) et a été arrêtée/);
    } finally {
      config.diffTimeoutMs = usual;
    }
    // The ended thread is replaced: the next comparison goes through.
    expect((await writer.ok(COMPARE, { fromId: first })).compareRevisions.diff.stats.modified).toBe(1500);
  });
});
