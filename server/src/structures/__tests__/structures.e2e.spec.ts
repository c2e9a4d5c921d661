import { randomUUID } from 'node:crypto';
import { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { EscSite } from '../esc-site.entity';
import { Structure } from '../structure.entity';

const FIELDS = 'id name shortName kind color memberCount sites { name }';
const CREATE = `mutation ($input: CreateStructureInput!) { createStructure(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateStructureInput!) { updateStructure(input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation ($id: ID!) { deleteStructure(id: $id) }';

describe('partner structures', () => {
  let app: TestApp;
  let admin: ApiClient;
  let sites: EscSite[];
  beforeAll(async () => {
    app = await TestApp.start();
    ({ client: admin } = await app.as('ADMIN'));
    sites = await app.dataSource.manager.save(EscSite, [
      { name: 'ESC Villejean', neighbourhood: 'Villejean' },
      { name: 'ESC Le Blosne', neighbourhood: 'Le Blosne' },
      { name: 'ESC Maurepas', neighbourhood: 'Maurepas' },
    ]);
  });
  afterAll(() => app.stop());

  let counter = 0;
  const input = (fields: Record<string, unknown> = {}) => ({
    name: `Association numéro ${counter++}`,
    shortName: 'Asso',
    kind: 'ASSOCIATION',
    color: '#2E7D32',
    ...fields,
  });
  const countNamed = (name: string) => app.dataSource.manager.countBy(Structure, { name });

  it('shows the public every structure with its sites, and the list of ESC sites', async () => {
    const structure = await app.createStructure({ name: 'CCAS de Rennes', shortName: 'CCAS', color: '#B3261E', sites: [sites[0]] });
    const { structures } = await app.anonymous().ok('{ structures { name shortName color sites { name } } }');
    expect(structures).toContainEqual({ name: structure.name, shortName: 'CCAS', color: '#B3261E', sites: [{ name: 'ESC Villejean' }] });

    const { escSites } = await app.anonymous().ok('{ escSites { id name neighbourhood } }');
    expect(escSites.map((site: { name: string }) => site.name)).toEqual(['ESC Le Blosne', 'ESC Maurepas', 'ESC Villejean']);
  });

  it('lets an admin create a structure with its sites, then update it', async () => {
    const { createStructure: created } = await admin.ok(CREATE, {
      input: input({ name: '  Espace Jeunes Cleunay  ', shortName: 'EJC', kind: 'VILLE', siteIds: [sites[0].id, sites[1].id] }),
    });
    expect(created).toMatchObject({ name: 'Espace Jeunes Cleunay', shortName: 'EJC', kind: 'VILLE', color: '#2E7D32', memberCount: 0 });
    expect(created.sites.map((site: { name: string }) => site.name).sort()).toEqual(['ESC Le Blosne', 'ESC Villejean']);

    const { updateStructure: updated } = await admin.ok(UPDATE, {
      input: { id: created.id, name: 'Espace Jeunes de Cleunay', color: '#6A1B9A', siteIds: [sites[2].id] },
    });
    expect(updated).toMatchObject({ id: created.id, name: 'Espace Jeunes de Cleunay', shortName: 'EJC', kind: 'VILLE', color: '#6A1B9A' });
    expect(updated.sites).toEqual([{ name: 'ESC Maurepas' }]);
    const { structures } = await app.anonymous().ok('{ structures { id name sites { name } } }');
    expect(structures).toContainEqual({ id: created.id, name: 'Espace Jeunes de Cleunay', sites: [{ name: 'ESC Maurepas' }] });
  });

  it('treats null for an optional field of an update as “unchanged”', async () => {
    const structure = await app.createStructure({ shortName: 'Avant', sites: [sites[0]] });
    const { updateStructure } = await admin.ok(UPDATE, {
      input: { id: structure.id, name: null, shortName: null, kind: null, color: null, siteIds: null },
    });
    expect(updateStructure).toMatchObject({ name: structure.name, shortName: 'Avant', color: structure.color, sites: [{ name: 'ESC Villejean' }] });
  });

  it('lets an admin delete a structure without accounts', async () => {
    const structure = await app.createStructure();
    expect(await admin.ok(DELETE, { id: structure.id })).toEqual({ deleteStructure: true });
    expect(await countNamed(structure.name)).toBe(0);
  });

  it('refuses to delete a structure that still has accounts, and keeps it', async () => {
    const structure = await app.createStructure();
    await app.createUser({ structureId: structure.id });
    const error = await admin.fails(DELETE, { id: structure.id });
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.message).toMatch(/1 compte appartient encore à cette structure/);
    expect(await countNamed(structure.name)).toBe(1);
  });

  it('refuses a name already taken, on creation and on update, naming the field', async () => {
    const taken = await app.createStructure();
    const other = await app.createStructure();
    const created = await admin.fails(CREATE, { input: input({ name: taken.name }) });
    const renamed = await admin.fails(UPDATE, { input: { id: other.id, name: taken.name } });
    for (const error of [created, renamed]) {
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
      expect(error.message).toMatch(/porte déjà ce nom/);
    }
    expect(await countNamed(taken.name)).toBe(1);
    expect(await countNamed(other.name)).toBe(1);
  });

  it('refuses a colour that is not #RRGGBB, naming the field, writing nothing', async () => {
    const structure = await app.createStructure({ color: '#0063A6' });
    for (const color of ['bleu', '#12345', 'red;background:url(x)']) {
      const fields = input({ color });
      const created = await admin.fails(CREATE, { input: fields });
      expect(created.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'color' });
      expect(created.message).toMatch(/couleur doit être au format/);
      expect(await countNamed(fields.name as string)).toBe(0);

      const updated = await admin.fails(UPDATE, { input: { id: structure.id, color } });
      expect(updated.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'color' });
    }
    expect((await app.dataSource.manager.findOneByOrFail(Structure, { id: structure.id })).color).toBe('#0063A6');
  });

  it('refuses an unknown site, writing nothing', async () => {
    const fields = input({ siteIds: [sites[0].id, randomUUID()] });
    const error = await admin.fails(CREATE, { input: fields });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siteIds' });
    expect(error.message).toMatch(/lieux choisis est inconnu/);
    expect(await countNamed(fields.name as string)).toBe(0);

    const structure = await app.createStructure({ sites: [sites[1]] });
    const updated = await admin.fails(UPDATE, { input: { id: structure.id, name: 'Nom jamais écrit', siteIds: [randomUUID()] } });
    expect(updated.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siteIds' });
    const stored = await app.dataSource.manager.findOneOrFail(Structure, { where: { id: structure.id }, relations: { sites: true } });
    expect(stored).toMatchObject({ name: structure.name, sites: [{ id: sites[1].id }] });
  });

  it('answers NOT_FOUND for an unknown structure', async () => {
    for (const error of [await admin.fails(UPDATE, { input: { id: randomUUID(), name: 'Personne' } }), await admin.fails(DELETE, { id: randomUUID() })]) {
      expect(error.extensions.code).toBe('NOT_FOUND');
      expect(error.message).toMatch(/structure n’existe pas/);
    }
  });

  it('keeps changes to structures for admins: FORBIDDEN for other roles, UNAUTHENTICATED for the public', async () => {
    const structure = await app.createStructure();
    const { client: editor } = await app.as('GT_ESC');
    const visitor = app.anonymous();
    const attempts = (client: ApiClient) => [
      client.fails(CREATE, { input: input({ name: 'Structure interdite' }) }),
      client.fails(UPDATE, { input: { id: structure.id, name: 'Renommée sans droit' } }),
      client.fails(DELETE, { id: structure.id }),
    ];
    for (const error of await Promise.all(attempts(editor))) {
      expect(error.extensions.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(/pas le droit/);
    }
    for (const error of await Promise.all(attempts(visitor))) {
      expect(error.extensions.code).toBe('UNAUTHENTICATED');
      expect(error.message).toMatch(/Connectez-vous/);
    }
    expect(await countNamed('Structure interdite')).toBe(0);
    expect(await countNamed(structure.name)).toBe(1);
  });
});
