import type { ApiClient } from '../../../test/api-client';
import { readWholeTree, type TreeItem } from '../../../test/space-tree';
import { TestApp } from '../../../test/test-app';
import type { Space } from '../../spaces/space.entity';
import { Document } from '../document.entity';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const FIELDS = 'id title slug position parent { id }';
const CREATE = `mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { ${FIELDS} } }`;
const RENAME = `mutation ($id: ID!, $title: String!) { renameDocument(id: $id, title: $title) { ${FIELDS} } }`;
const MOVE = `mutation ($input: MoveDocumentInput!) { moveDocument(input: $input) { ${FIELDS} } }`;
const TRASH = 'mutation ($id: ID!) { trashDocument(id: $id) { id } }';
const READ = 'query ($id: ID!) { document(id: $id) { title ancestors { title } children { title } } }';

interface Created {
  id: string;
  title: string;
  slug: string;
  position: number;
  parent: { id: string } | null;
}

describe('the document tree of a space', () => {
  let app: TestApp;
  let editor: ApiClient;
  let space: Space;

  beforeAll(async () => {
    app = await TestApp.start();
    editor = (await app.as('REFERENT_NUMERIQUE')).client;
  });
  beforeEach(async () => {
    space = await app.createSpace({ visibility: 'MEMBERS' });
  });
  afterAll(() => app.stop());

  async function create(title: string, parent?: Created): Promise<Created> {
    return (await editor.ok(CREATE, { input: { spaceId: space.id, parentId: parent?.id, title } })).createDocument;
  }

  async function move(document: Created, parent: Created | null, position: number): Promise<Created> {
    return (await editor.ok(MOVE, { input: { id: document.id, parentId: parent?.id ?? null, position } })).moveDocument;
  }

  async function tree(): Promise<TreeItem[]> {
    return readWholeTree(editor, space.slug);
  }

  /** The documents under a parent (or at the top), in order; their positions must be their ranks. */
  async function level(parent: Created | null): Promise<string[]> {
    const items = (await tree()).filter((item) => item.parentId === (parent?.id ?? null)).sort((a, b) => a.position - b.position);
    expect(items.map((item) => item.position)).toEqual(items.map((_, rank) => rank));
    return items.map((item) => item.id);
  }

  const countInSpace = () => app.dataSource.manager.countBy(Document, { spaceId: space.id });

  it('appends each new document at the end of its level, at the top or under a parent', async () => {
    const [a, b, c] = [await create('A'), await create('B'), await create('C')];
    expect([a, b, c].map((doc) => [doc.position, doc.parent])).toEqual([
      [0, null],
      [1, null],
      [2, null],
    ]);
    const [a1, a2] = [await create('A1', a), await create('A2', a)];
    expect([a1, a2].map((doc) => [doc.position, doc.parent])).toEqual([
      [0, { id: a.id }],
      [1, { id: a.id }],
    ]);
    expect(await level(null)).toEqual([a.id, b.id, c.id]);
    expect(await level(a)).toEqual([a1.id, a2.id]);
  });

  it('trims the title and derives the slug from it', async () => {
    const doc = await create('   Compte rendu de la rencontre n°3  ');
    expect(doc).toMatchObject({ title: 'Compte rendu de la rencontre n°3', slug: 'compte-rendu-de-la-rencontre-n-3' });
  });

  it.each([
    ['an empty title', '   '],
    ['a title of 10,000 characters', 'x'.repeat(10_000)],
  ])('refuses %s with BAD_USER_INPUT on `title`, on creation and on renaming, and writes nothing', async (_case, title) => {
    const existing = await create('Titre d’origine');
    const created = await editor.fails(CREATE, { input: { spaceId: space.id, title } });
    const renamed = await editor.fails(RENAME, { id: existing.id, title });
    for (const error of [created, renamed]) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
      expect(error.message).toMatch(/^Le titre ne peut pas/);
    }
    expect(await countInSpace()).toBe(1);
    expect((await app.dataSource.manager.findOneByOrFail(Document, { id: existing.id })).title).toBe('Titre d’origine');
  });

  it('refuses a parent from another space, on creation and on move, and writes nothing', async () => {
    const here = await create('Ici');
    const elsewhere = await app.createSpace({ visibility: 'MEMBERS' });
    const foreign = (await editor.ok(CREATE, { input: { spaceId: elsewhere.id, title: 'Ailleurs' } })).createDocument;

    const created = await editor.fails(CREATE, { input: { spaceId: space.id, parentId: foreign.id, title: 'Perdu' } });
    const moved = await editor.fails(MOVE, { input: { id: here.id, parentId: foreign.id, position: 0 } });
    for (const error of [created, moved]) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
      expect(error.message).toMatch(/même espace/);
    }
    expect(await countInSpace()).toBe(1);
    expect(await level(null)).toEqual([here.id]);
  });

  it('renames a document: new title and slug, same id, so its address /d/<id> keeps working', async () => {
    const doc = await create('Forces et faiblesses');
    const renamed = await editor.ok(RENAME, { id: doc.id, title: 'Forces, faiblesses et pistes' });
    expect(renamed.renameDocument).toMatchObject({ id: doc.id, title: 'Forces, faiblesses et pistes', slug: 'forces-faiblesses-et-pistes' });
    expect((await editor.ok(READ, { id: doc.id })).document.title).toBe('Forces, faiblesses et pistes');
  });

  it('reorders the siblings when a document moves within its level', async () => {
    const [a, b, c, d] = [await create('A'), await create('B'), await create('C'), await create('D')];
    const updatedAt = async () => (await app.dataSource.manager.findOneByOrFail(Document, { id: b.id })).updatedAt;
    const bBefore = await updatedAt();
    expect((await move(d, null, 1)).position).toBe(1);
    expect(await level(null)).toEqual([a.id, d.id, b.id, c.id]);
    // A neighbour pushed down a rank was not modified: it does not climb the recent documents.
    expect(await updatedAt()).toEqual(bBefore);
    // A rank past the end puts the document last.
    expect((await move(a, null, 99)).position).toBe(3);
    expect(await level(null)).toEqual([d.id, b.id, c.id, a.id]);
  });

  it('moves a document under another parent and back, each level keeping positions 0, 1, 2…', async () => {
    const [a, b, c] = [await create('A'), await create('B'), await create('C')];
    const a1 = await create('A1', a);
    expect(await move(b, a, 0)).toMatchObject({ parent: { id: a.id }, position: 0 });
    expect(await level(a)).toEqual([b.id, a1.id]);
    expect(await level(null)).toEqual([a.id, c.id]);

    expect(await move(b, null, 0)).toMatchObject({ parent: null, position: 0 });
    expect(await level(null)).toEqual([b.id, a.id, c.id]);
    expect(await level(a)).toEqual([a1.id]);
  });

  it.each(['itself', 'one of its descendants'])('refuses to move a document under %s, and changes nothing', async (target) => {
    const a = await create('A');
    const a1 = await create('A1', a);
    const a1a = await create('A1a', a1);
    const before = await tree();
    const error = await editor.fails(MOVE, { input: { id: a.id, parentId: target === 'itself' ? a.id : a1a.id, position: 0 } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    expect(error.message).toMatch(/sous lui-même ni sous l’un de ses sous-documents/);
    expect(await tree()).toEqual(before);
  });

  it('gives the breadcrumbs from the top down, and the children in order', async () => {
    const a = await create('A');
    const a1 = await create('A1', a);
    const a1a = await create('A1a', a1);
    const a2 = await create('A2', a);
    const titles = (documents: { title: string }[]) => documents.map((doc) => doc.title);

    expect(titles((await editor.ok(READ, { id: a1a.id })).document.ancestors)).toEqual(['A', 'A1']);
    expect(titles((await editor.ok(READ, { id: a.id })).document.ancestors)).toEqual([]);
    expect(titles((await editor.ok(READ, { id: a.id })).document.children)).toEqual(['A1', 'A2']);
    await move(a2, a, 0);
    expect(titles((await editor.ok(READ, { id: a.id })).document.children)).toEqual(['A2', 'A1']);
  });

  it.each([
    ['an unknown id', UNKNOWN_ID],
    ['a malformed id', 'pas-un-identifiant'],
  ])('answers null to queries and NOT_FOUND to mutations for %s', async (_case, id) => {
    expect(await editor.ok(READ, { id })).toEqual({ document: null });
    const existing = await create('Existant');
    const calls: [string, Record<string, unknown>][] = [
      [RENAME, { id, title: 'Nouveau titre' }],
      [MOVE, { input: { id, parentId: null, position: 0 } }],
      [MOVE, { input: { id: existing.id, parentId: id, position: 0 } }],
      [TRASH, { id }],
      [CREATE, { input: { spaceId: space.id, parentId: id, title: 'Orphelin' } }],
      [CREATE, { input: { spaceId: id, title: 'Sans espace' } }],
    ];
    for (const [query, variables] of calls) {
      const error = await editor.fails(query, variables);
      expect(error.extensions.code).toBe('NOT_FOUND');
      expect(error.message).toMatch(/n’existe pas ou vous n’y avez pas accès/);
    }
    expect(await countInSpace()).toBe(1);
  });
});
