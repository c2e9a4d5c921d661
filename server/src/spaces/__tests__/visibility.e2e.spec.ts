import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { Document } from '../../documents/document.entity';
import { Space } from '../space.entity';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const SPACES = '{ spaces { slug } }';
const SPACE = 'query ($slug: String!) { space(slug: $slug) { id slug } }';
const DOCUMENT = 'query ($id: ID!) { document(id: $id) { id title } }';
const RECENT = '{ recentDocuments(limit: 50) { id title } }';
const CREATE_DOCUMENT = 'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id title } }';
const RENAME = 'mutation ($id: ID!, $title: String!) { renameDocument(id: $id, title: $title) { id } }';
const TRASH_DOCUMENT = 'mutation ($id: ID!) { trashDocument(id: $id) { id } }';
const TRASH = 'query ($spaceId: ID!) { trash(spaceId: $spaceId) { id } }';
const CREATE_SPACE = 'mutation ($input: CreateSpaceInput!) { createSpace(input: $input) { id slug visibility allowedRoles allowedStructures { id } } }';
const UPDATE_SPACE = 'mutation ($input: UpdateSpaceInput!) { updateSpace(input: $input) { id slug visibility } }';
const DELETE_SPACE = 'mutation ($id: ID!) { deleteSpace(id: $id) }';

async function createDocument(client: ApiClient, space: Space, title: string): Promise<{ id: string; title: string }> {
  return (await client.ok(CREATE_DOCUMENT, { input: { spaceId: space.id, title } })).createDocument;
}

type Kind = 'public' | 'members' | 'byRole' | 'byStructure';
const KINDS: Kind[] = ['public', 'members', 'byRole', 'byStructure'];

/** What each kind of person may read among the four spaces prepared below. */
const READS: Record<string, Kind[]> = {
  'the public': ['public'],
  'a MEMBRE': ['public', 'members'],
  'a member of an allowed structure': ['public', 'members', 'byStructure'],
  'a role in allowedRoles': ['public', 'members', 'byRole'],
  'an ADMIN': KINDS,
};

describe('the visibility of spaces', () => {
  let app: TestApp;
  const spaces = {} as Record<Kind, Space>;
  const documents = {} as Record<Kind, { id: string; title: string }>;
  const viewers: Record<string, ApiClient> = {};
  let admin: ApiClient;

  beforeAll(async () => {
    app = await TestApp.start();
    const allowedStructure = await app.createStructure();
    spaces.public = await app.createSpace({ visibility: 'PUBLIC' });
    spaces.members = await app.createSpace({ visibility: 'MEMBERS' });
    spaces.byRole = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['REFERENT_TECHNIQUE'] });
    spaces.byStructure = await app.createSpace({ visibility: 'RESTRICTED', allowedStructureIds: [allowedStructure.id] });
    admin = (await app.as('ADMIN')).client;
    for (const kind of KINDS) documents[kind] = await createDocument(admin, spaces[kind], `Secret de ${kind}`);
    viewers['the public'] = app.anonymous();
    viewers['a MEMBRE'] = (await app.as('MEMBRE')).client;
    viewers['a member of an allowed structure'] = (await app.as('MEMBRE', { structureId: allowedStructure.id })).client;
    viewers['a role in allowedRoles'] = (await app.as('REFERENT_TECHNIQUE')).client;
    viewers['an ADMIN'] = admin;
  });
  afterAll(() => app.stop());

  it.each(Object.keys(READS))('shows %s exactly the spaces and documents they may read', async (viewer) => {
    const client = viewers[viewer];
    const expected = READS[viewer];
    const ours = new Set(KINDS.map((kind) => spaces[kind].slug));
    const listed = (await client.ok(SPACES)).spaces.map((space: Space) => space.slug).filter((slug: string) => ours.has(slug));
    expect(listed.sort()).toEqual(expected.map((kind) => spaces[kind].slug).sort());

    for (const kind of KINDS) {
      const readable = expected.includes(kind);
      const { space } = await client.ok(SPACE, { slug: spaces[kind].slug });
      expect([kind, space?.id ?? null]).toEqual([kind, readable ? spaces[kind].id : null]);
      const { document } = await client.ok(DOCUMENT, { id: documents[kind].id });
      expect([kind, document?.title ?? null]).toEqual([kind, readable ? documents[kind].title : null]);
    }

    const titles = new Set(KINDS.map((kind) => documents[kind].title));
    const recent = (await client.ok(RECENT)).recentDocuments.map((doc: Document) => doc.title).filter((title: string) => titles.has(title));
    expect(recent.sort()).toEqual(expected.map((kind) => documents[kind].title).sort());
  });

  it('answers an editor without the right NOT_FOUND, worded like an unknown id, for anything naming a restricted space', async () => {
    const { client: editor } = await app.as('GT_ESC');
    const hidden = documents.byRole;
    const pairs: [string, Record<string, unknown>, Record<string, unknown>][] = [
      [CREATE_DOCUMENT, { input: { spaceId: spaces.byRole.id, title: 'Intrus' } }, { input: { spaceId: UNKNOWN_ID, title: 'Intrus' } }],
      [
        CREATE_DOCUMENT,
        { input: { spaceId: spaces.members.id, parentId: hidden.id, title: 'Intrus' } },
        { input: { spaceId: spaces.members.id, parentId: UNKNOWN_ID, title: 'Intrus' } },
      ],
      [RENAME, { id: hidden.id, title: 'Intrus' }, { id: UNKNOWN_ID, title: 'Intrus' }],
      [TRASH_DOCUMENT, { id: hidden.id }, { id: UNKNOWN_ID }],
      [TRASH, { spaceId: spaces.byRole.id }, { spaceId: UNKNOWN_ID }],
    ];
    for (const [query, hiddenVariables, unknownVariables] of pairs) {
      const result = await editor.request(query, hiddenVariables);
      const unknown = await editor.fails(query, unknownVariables);
      expect(result.errors?.[0]).toEqual(unknown);
      expect(unknown.extensions.code).toBe('NOT_FOUND');
      expect(unknown.message).toMatch(/n’existe pas ou vous n’y avez pas accès/);
      expect(JSON.stringify(result)).not.toContain(hidden.title);
    }
    const stored = await app.dataSource.manager.findOneByOrFail(Document, { id: hidden.id });
    expect([stored.title, stored.deletedAt]).toEqual([hidden.title, null]);
    expect(await app.dataSource.manager.countBy(Document, { spaceId: spaces.byRole.id })).toBe(1);
  });

  it('shows the public the content of public documents, but the names of their authors only to accounts', async () => {
    const { client: editor, user } = await app.as('GROUPE_NUMERIQUE');
    const { createDocument } = await editor.ok(CREATE_DOCUMENT, { input: { spaceId: spaces.public.id, title: 'Charte des ESC' } });
    await editor.ok(RENAME, { id: createDocument.id, title: 'Charte commune des ESC' });
    const read = 'query ($id: ID!) { document(id: $id) { title content createdBy { name } updatedBy { name } } }';

    const seenByPublic = (await app.anonymous().ok(read, { id: createDocument.id })).document;
    expect(seenByPublic).toMatchObject({ title: 'Charte commune des ESC', createdBy: null, updatedBy: null });
    expect(seenByPublic.content.type).toBe('doc');

    const seenByMember = (await viewers['a MEMBRE'].ok(read, { id: createDocument.id })).document;
    expect(seenByMember).toMatchObject({ createdBy: { name: user.name }, updatedBy: { name: user.name } });
  });

  it('still finds a space by its former addresses after an administrator changes its slug', async () => {
    const space = await app.createSpace({ visibility: 'MEMBERS', slug: 'ancienne-adresse' });
    await admin.ok(UPDATE_SPACE, { input: { id: space.id, slug: 'adresse-intermediaire' } });
    // null stands for "unchanged", as a form sends for the fields it leaves alone.
    const { updateSpace } = await admin.ok(UPDATE_SPACE, { input: { id: space.id, slug: 'nouvelle-adresse', name: null, visibility: null } });
    expect(updateSpace).toMatchObject({ slug: 'nouvelle-adresse', visibility: 'MEMBERS' });
    expect((await app.dataSource.manager.findOneByOrFail(Space, { id: space.id })).name).toBe(space.name);

    for (const slug of ['ancienne-adresse', 'adresse-intermediaire', 'nouvelle-adresse']) {
      expect((await viewers['a MEMBRE'].ok(SPACE, { slug })).space).toEqual({ id: space.id, slug: 'nouvelle-adresse' });
    }
    const taken = await admin.fails(CREATE_SPACE, { input: { name: 'Autre espace', slug: 'ancienne-adresse', visibility: 'PUBLIC' } });
    expect(taken.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    expect(taken.message).toMatch(/adresse est déjà prise/);
  });

  it('lets an administrator create a restricted space, then open it to the public', async () => {
    const structure = await app.createStructure();
    const { createSpace } = await admin.ok(CREATE_SPACE, {
      input: { name: 'Référents et GT', visibility: 'RESTRICTED', allowedRoles: ['GROUPE_NUMERIQUE'], allowedStructureIds: [structure.id] },
    });
    expect(createSpace).toMatchObject({
      slug: 'referents-et-gt',
      allowedRoles: ['GROUPE_NUMERIQUE'],
      allowedStructures: [{ id: structure.id }],
    });

    const slug = { slug: 'referents-et-gt' };
    expect((await (await app.as('GROUPE_NUMERIQUE')).client.ok(SPACE, slug)).space).not.toBeNull();
    expect((await (await app.as('MEMBRE', { structureId: structure.id })).client.ok(SPACE, slug)).space).not.toBeNull();
    expect((await viewers['a MEMBRE'].ok(SPACE, slug)).space).toBeNull();

    await admin.ok(UPDATE_SPACE, { input: { id: createSpace.id, visibility: 'PUBLIC' } });
    expect((await app.anonymous().ok(SPACE, slug)).space).toEqual({ id: createSpace.id, slug: 'referents-et-gt' });
  });

  it('refuses to delete a space that still holds documents, even only in its trash, and deletes an empty one', async () => {
    const space = await app.createSpace({ visibility: 'MEMBERS' });
    const document = await createDocument(admin, space, 'Brouillon');
    await admin.ok(TRASH_DOCUMENT, { id: document.id });

    const error = await admin.fails(DELETE_SPACE, { id: space.id });
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.message).toMatch(/contient encore des documents/);
    expect(await app.dataSource.manager.existsBy(Space, { id: space.id })).toBe(true);

    const empty = await app.createSpace({ visibility: 'MEMBERS' });
    expect(await admin.ok(DELETE_SPACE, { id: empty.id })).toEqual({ deleteSpace: true });
    expect(await app.dataSource.manager.existsBy(Space, { id: empty.id })).toBe(false);
    expect((await admin.ok(SPACE, { slug: empty.slug })).space).toBeNull();
  });
});
