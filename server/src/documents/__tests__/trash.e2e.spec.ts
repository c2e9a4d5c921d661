import { In } from 'typeorm';
import type { ApiClient } from '../../../test/api-client';
import { readWholeTree, type TreeItem } from '../../../test/space-tree';
import { TestApp } from '../../../test/test-app';
import type { Space } from '../../spaces/space.entity';
import type { User } from '../../users/user.entity';
import { Document } from '../document.entity';

const CREATE = 'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id title } }';
const TRASH_DOCUMENT = 'mutation ($id: ID!) { trashDocument(id: $id) { id deletedAt } }';
const RESTORE = 'mutation ($id: ID!) { restoreDocument(id: $id) { id deletedAt parent { id } position } }';
const PURGE = 'mutation ($id: ID!) { purgeDocument(id: $id) }';
const RENAME = 'mutation ($id: ID!, $title: String!) { renameDocument(id: $id, title: $title) { id } }';
const MOVE = 'mutation ($input: MoveDocumentInput!) { moveDocument(input: $input) { id } }';
const READ = 'query ($id: ID!) { document(id: $id) { id deletedAt deletedBy { name } children { id } } }';
const TRASH = 'query ($spaceId: ID!) { trash(spaceId: $spaceId) { id } }';
const RECENT = '{ recentDocuments(limit: 50) { id } }';

interface Doc {
  id: string;
  title: string;
}
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('the trash', () => {
  let app: TestApp;
  let editor: ApiClient;
  let editorUser: User;
  let member: ApiClient;
  let admin: ApiClient;
  let space: Space;
  // R (top) > P > C > G, and S next to R.
  let r: Doc, s: Doc, p: Doc, c: Doc, g: Doc;

  beforeAll(async () => {
    app = await TestApp.start();
    ({ client: editor, user: editorUser } = await app.as('GT_ESC'));
    member = (await app.as('MEMBRE')).client;
    admin = (await app.as('ADMIN')).client;
  });
  beforeEach(async () => {
    space = await app.createSpace({ visibility: 'MEMBERS' });
    r = await create('Rencontres');
    s = await create('Socle commun');
    p = await create('Rencontre n°3', r);
    c = await create('Compte rendu', p);
    g = await create('Annexes', c);
  });
  afterAll(() => app.stop());

  async function create(title: string, parent?: Doc): Promise<Doc> {
    return (await editor.ok(CREATE, { input: { spaceId: space.id, parentId: parent?.id, title } })).createDocument;
  }

  async function tree(): Promise<TreeItem[]> {
    return readWholeTree(editor, space.slug);
  }

  /** The live documents under a parent (or at the top), in order; their positions must be their ranks. */
  async function level(parent: Doc | null): Promise<string[]> {
    const items = (await tree()).filter((item) => item.parentId === (parent?.id ?? null)).sort((a, b) => a.position - b.position);
    expect(items.map((item) => item.position)).toEqual(items.map((_, rank) => rank));
    return ids(items);
  }

  it('takes the descendants along, out of the tree, the children and the recent documents', async () => {
    const { trashDocument } = await editor.ok(TRASH_DOCUMENT, { id: p.id });
    expect(trashDocument.deletedAt).not.toBeNull();
    expect(ids(await tree()).sort()).toEqual([r.id, s.id].sort());
    expect((await editor.ok(READ, { id: r.id })).document.children).toEqual([]);
    const recent = ids((await editor.ok(RECENT)).recentDocuments);
    expect(recent).toEqual(expect.arrayContaining([r.id, s.id]));
    for (const gone of [p, c, g]) expect(recent).not.toContain(gone.id);
  });

  it('shows trashed documents, with deletedAt and who trashed them, only to those who may restore them', async () => {
    await editor.ok(TRASH_DOCUMENT, { id: p.id });
    for (const client of [editor, admin]) {
      const { document } = await client.ok(READ, { id: c.id });
      expect(document).toMatchObject({ id: c.id, deletedBy: { name: editorUser.name } });
      expect(document.deletedAt).not.toBeNull();
    }
    expect(await member.ok(READ, { id: c.id })).toEqual({ document: null });
  });

  it('lists only the trashed root in the trash of the space, and only to editors', async () => {
    await editor.ok(TRASH_DOCUMENT, { id: p.id });
    expect(ids((await editor.ok(TRASH, { spaceId: space.id })).trash)).toEqual([p.id]);
    const error = await member.fails(TRASH, { spaceId: space.id });
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/pas le droit/);
  });

  it('restores the whole subtree where it was', async () => {
    const before = await tree();
    await editor.ok(TRASH_DOCUMENT, { id: p.id });
    const { restoreDocument } = await editor.ok(RESTORE, { id: p.id });
    expect(restoreDocument).toEqual({ id: p.id, deletedAt: null, parent: { id: r.id }, position: 0 });
    expect(await tree()).toEqual(expect.arrayContaining(before));
    expect((await tree()).length).toBe(before.length);
    expect((await editor.ok(TRASH, { spaceId: space.id })).trash).toEqual([]);
  });

  it('refuses to restore a child trashed together with its parent, naming the parent in French', async () => {
    await editor.ok(TRASH_DOCUMENT, { id: p.id });
    const error = await editor.fails(RESTORE, { id: c.id });
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('Ce document a été mis à la corbeille avec « Rencontre n°3 » : agissez sur celui-ci.');
    expect((await app.dataSource.manager.findOneByOrFail(Document, { id: c.id })).deletedAt).not.toBeNull();
  });

  it('brings a document back at the top level, last, when its parent was trashed separately', async () => {
    await editor.ok(TRASH_DOCUMENT, { id: c.id });
    await editor.ok(TRASH_DOCUMENT, { id: p.id });
    expect(ids((await editor.ok(TRASH, { spaceId: space.id })).trash)).toEqual([p.id, c.id]);

    expect((await editor.ok(RESTORE, { id: c.id })).restoreDocument).toMatchObject({ parent: null, position: 2 });
    expect(await level(null)).toEqual([r.id, s.id, c.id]);
    expect(await level(c)).toEqual([g.id]);
    expect((await editor.ok(READ, { id: p.id })).document.deletedAt).not.toBeNull();
  });

  it('keeps positions as ranks when documents leave for the trash and come back', async () => {
    const t = await create('Temps en quartier');
    await editor.ok(TRASH_DOCUMENT, { id: s.id });
    expect(await level(null)).toEqual([r.id, t.id]);
    await editor.ok(MOVE, { input: { id: t.id, parentId: null, position: 0 } });
    await editor.ok(RESTORE, { id: s.id });
    expect(await level(null)).toEqual([t.id, s.id, r.id]);
  });

  it('lets only an administrator purge, only from the trash, and removes the subtree from the database', async () => {
    await editor.ok(TRASH_DOCUMENT, { id: p.id });
    const forbidden = await editor.fails(PURGE, { id: p.id });
    expect(forbidden.extensions.code).toBe('FORBIDDEN');

    const live = await admin.fails(PURGE, { id: r.id });
    expect(live.extensions.code).toBe('BAD_USER_INPUT');
    expect(live.message).toMatch(/n’est pas dans la corbeille/);
    const child = await admin.fails(PURGE, { id: c.id });
    expect(child.message).toMatch(/« Rencontre n°3 »/);

    expect(await admin.ok(PURGE, { id: p.id })).toEqual({ purgeDocument: true });
    const manager = app.dataSource.manager;
    expect(await manager.countBy(Document, { id: In([p.id, c.id, g.id]) })).toBe(0);
    expect(await manager.countBy(Document, { id: In([r.id, s.id]) })).toBe(2);
  });

  it('refuses to rename, move, trash again or write under a trashed document', async () => {
    await editor.ok(TRASH_DOCUMENT, { id: p.id });
    const calls: [string, Record<string, unknown>, string | undefined][] = [
      [RENAME, { id: p.id, title: 'Nouveau titre' }, undefined],
      [MOVE, { input: { id: p.id, parentId: null, position: 0 } }, undefined],
      [MOVE, { input: { id: s.id, parentId: c.id, position: 0 } }, 'parentId'],
      [TRASH_DOCUMENT, { id: p.id }, undefined],
      [CREATE, { input: { spaceId: space.id, parentId: p.id, title: 'Sous la corbeille' } }, 'parentId'],
    ];
    for (const [query, variables, field] of calls) {
      const error = await editor.fails(query, variables);
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', ...(field ? { field } : {}) });
      expect(error.message).toMatch(/corbeille/);
    }
    const stored = await app.dataSource.manager.findOneByOrFail(Document, { id: p.id });
    expect([stored.title, stored.parentId]).toEqual([p.title, r.id]);
    expect(await level(null)).toEqual([r.id, s.id]);
  });
});
