import type { ApiClient } from '../../../test/api-client';
import { readLevel, readWholeTree } from '../../../test/space-tree';
import { TestApp } from '../../../test/test-app';
import type { Space } from '../space.entity';

const CREATE = 'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id title } }';
const MOVE = 'mutation ($input: MoveDocumentInput!) { moveDocument(input: $input) { id } }';
const TRASH = 'mutation ($id: ID!) { trashDocument(id: $id) { id } }';
const RESTORE = 'mutation ($id: ID!) { restoreDocument(id: $id) { id } }';
const PATH = `query ($slug: String!, $documentId: ID!, $first: Int) {
  space(slug: $slug) { treePath(documentId: $documentId, first: $first) { parentId hasMore items { title childCount } } }
}`;
const LEVEL = 'query ($slug: String!, $parentId: ID, $first: Int) { space(slug: $slug) { treeLevel(parentId: $parentId, first: $first) { items { id } } } }';

/** Both bounds are named, whichever is crossed (1\u202f000: how the server writes a thousand in French). */
const OUT_OF_BOUNDS = /^Le nombre de documents par niveau doit être un nombre entier compris entre 1 et 1\u202f000\.$/;

interface Doc {
  id: string;
  title: string;
}

describe('the tree of a space, a level at a time', () => {
  let app: TestApp;
  let editor: ApiClient;
  let space: Space;

  beforeAll(async () => {
    app = await TestApp.start();
    editor = (await app.as('ADMIN')).client;
  });
  beforeEach(async () => {
    space = await app.createSpace({ visibility: 'MEMBERS' });
  });
  afterAll(() => app.stop());

  async function create(title: string, parent?: Doc, inSpace: Space = space): Promise<Doc> {
    return (await editor.ok(CREATE, { input: { spaceId: inSpace.id, parentId: parent?.id, title } })).createDocument;
  }

  /** Titles and counts of a level, as the tree shows them. */
  async function level(parent: Doc | null = null) {
    const found = await readLevel(editor, space.slug, parent?.id ?? null);
    return found?.items.map((item) => `${item.title} (${item.childCount})`);
  }

  async function path(document: Doc, first?: number) {
    const { space: found } = await editor.ok(PATH, { slug: space.slug, documentId: document.id, first });
    return found.treePath.map((step: { parentId: string | null; hasMore: boolean; items: { title: string; childCount: number }[] }) => ({
      parentId: step.parentId,
      hasMore: step.hasMore,
      titles: step.items.map((item) => item.title),
    }));
  }

  it('gives the top level, then the sub-documents of a document, in order, each with its count of sub-documents', async () => {
    const a = await create('A');
    const b = await create('B');
    const a1 = await create('A1', a);
    await create('A2', a);
    await create('A1a', a1);
    expect(await level()).toEqual(['A (2)', 'B (0)']);
    expect(await level(a)).toEqual(['A1 (1)', 'A2 (0)']);
    expect(await level(a1)).toEqual(['A1a (0)']);
    expect(await level(b)).toEqual([]);

    // A move reorders the level it lands in and leaves the one it came from.
    await editor.ok(MOVE, { input: { id: b.id, parentId: a.id, position: 0 } });
    expect(await level()).toEqual(['A (3)']);
    expect(await level(a)).toEqual(['B (0)', 'A1 (1)', 'A2 (0)']);
    expect((await readWholeTree(editor, space.slug)).map((item) => [item.title, item.position])).toEqual([
      ['A', 0],
      ['B', 0],
      ['A1', 1],
      ['A2', 2],
      ['A1a', 0],
    ]);
  });

  it('leaves out the trash: the level, the counts and the sub-documents of a trashed document, until restored', async () => {
    const a = await create('A');
    const a1 = await create('A1', a);
    await create('A1a', a1);
    await create('A2', a);

    await editor.ok(TRASH, { id: a1.id });
    expect(await level()).toEqual(['A (1)']);
    expect(await level(a)).toEqual(['A2 (0)']);
    // Even asked by its id, a trashed document has nothing live below it.
    expect(await level(a1)).toEqual([]);

    await editor.ok(RESTORE, { id: a1.id });
    expect(await level(a)).toEqual(['A1 (1)', 'A2 (0)']);
    expect(await level(a1)).toEqual(['A1a (0)']);
  });

  it('gives at most `first` documents of a level and says when more follow', async () => {
    for (const title of ['A', 'B', 'C']) await create(title);
    const firstTwo = await readLevel(editor, space.slug, null, 2);
    expect([firstTwo?.items.map((item) => item.title), firstTwo?.hasMore]).toEqual([['A', 'B'], true]);
    const all = await readLevel(editor, space.slug, null, 3);
    expect([all?.items.map((item) => item.title), all?.hasMore]).toEqual([['A', 'B', 'C'], false]);
  });

  it.each([
    ['no document', { first: 0 }, 'first', OUT_OF_BOUNDS],
    ['more than 1,000 documents', { first: 1001 }, 'first', OUT_OF_BOUNDS],
    ['a malformed parent', { parentId: 'pas-un-identifiant' }, 'parentId', /n’existe pas ou vous n’y avez pas accès/],
  ])('refuses to give %s with BAD_USER_INPUT', async (_case, variables, field, message) => {
    const error = await editor.fails(LEVEL, { slug: space.slug, ...variables });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toMatch(message);
  });

  it('holds the path to the same bounds, and refuses a malformed document', async () => {
    const a = await create('A');
    for (const first of [0, 1001]) {
      const error = await editor.fails(PATH, { slug: space.slug, documentId: a.id, first });
      expect([error.extensions.code, error.extensions.field, error.message]).toEqual(['BAD_USER_INPUT', 'first', expect.stringMatching(OUT_OF_BOUNDS)]);
    }
    const error = await editor.fails(PATH, { slug: space.slug, documentId: 'pas-un-identifiant' });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentId' });
  });

  it('opens the levels that lead to a document in one request: the top, under each parent, then its own', async () => {
    const a = await create('A');
    await create('B');
    const a1 = await create('A1', a);
    await create('A2', a);
    const a1a = await create('A1a', a1);
    await create('A1a-i', a1a);

    expect(await path(a1a)).toEqual([
      { parentId: null, hasMore: false, titles: ['A', 'B'] },
      { parentId: a.id, hasMore: false, titles: ['A1', 'A2'] },
      { parentId: a1.id, hasMore: false, titles: ['A1a'] },
      { parentId: a1a.id, hasMore: false, titles: ['A1a-i'] },
    ]);
    // A document without sub-documents still gets its (empty) level: nothing is left loading.
    expect(await path(a1)).toEqual([
      { parentId: null, hasMore: false, titles: ['A', 'B'] },
      { parentId: a.id, hasMore: false, titles: ['A1', 'A2'] },
      { parentId: a1.id, hasMore: false, titles: ['A1a'] },
    ]);
  });

  it('reaches the document of the path even past `first` in a long level', async () => {
    const parent = await create('Parent');
    const children: Doc[] = [];
    for (let i = 0; i < 5; i++) children.push(await create(`Enfant ${i}`, parent));
    const steps = await path(children[3], 2);
    expect(steps[0]).toEqual({ parentId: null, hasMore: false, titles: ['Parent'] });
    expect(steps[1]).toEqual({ parentId: parent.id, hasMore: true, titles: ['Enfant 0', 'Enfant 1', 'Enfant 2', 'Enfant 3'] });
  });

  it('gives only the top level for a document in the trash or in another space', async () => {
    const a = await create('A');
    const a1 = await create('A1', a);
    const elsewhere = await app.createSpace({ visibility: 'MEMBERS' });
    const foreign = await create('Ailleurs', undefined, elsewhere);
    await create('Sous ailleurs', foreign, elsewhere);
    await editor.ok(TRASH, { id: a1.id });
    expect(await path(a1)).toEqual([{ parentId: null, hasMore: false, titles: ['A'] }]);
    expect(await path(foreign)).toEqual([{ parentId: null, hasMore: false, titles: ['A'] }]);
    // Nor does a level show the sub-documents of a document of another space.
    expect(await level(foreign)).toEqual([]);
  });

  it('answers like an unknown space to those who may not read it, as the space itself does', async () => {
    const restricted = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['GT_ESC'] });
    const secret = await create('Secret', undefined, restricted);
    const member = (await app.as('MEMBRE')).client;
    const allowed = (await app.as('GT_ESC')).client;
    for (const reader of [member, app.anonymous()]) {
      expect(await readLevel(reader, restricted.slug)).toBeUndefined();
      expect(await reader.ok(PATH, { slug: restricted.slug, documentId: secret.id })).toEqual({ space: null });
    }
    expect((await readLevel(allowed, restricted.slug))?.items.map((item) => item.title)).toEqual(['Secret']);
    // A space for members only is not shown to the public; a public space's tree is, level and path alike.
    expect(await readLevel(app.anonymous(), space.slug)).toBeUndefined();
    const open = await app.createSpace({ visibility: 'PUBLIC' });
    const charter = await create('Charte', undefined, open);
    await create('Préambule', charter, open);
    expect((await readLevel(app.anonymous(), open.slug))?.items.map((item) => `${item.title} (${item.childCount})`)).toEqual(['Charte (1)']);
    const { space: found } = await app.anonymous().ok(PATH, { slug: open.slug, documentId: charter.id });
    expect(found.treePath.map((step: { items: { title: string }[] }) => step.items.map((item) => item.title))).toEqual([['Charte'], ['Préambule']]);
  });
});
