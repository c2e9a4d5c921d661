import type { ApiClient } from '../../../test/api-client';
import { clientOperation } from '../../../test/client-operations';
import { StatementCounter } from '../../../test/statement-counter';
import { TestApp } from '../../../test/test-app';
import type { Space } from '../space.entity';

const SPACES = '{ spaces { slug documents { title } allowedStructures { name } } }';

interface Listed {
  slug: string;
  documents: { title: string }[];
  allowedStructures: { name: string }[];
}

/**
 * The list of spaces (the home page, the administration) with what each space shows: its top-level documents and
 * the structures it is restricted to, read for all the spaces at once rather than once per space.
 */
describe('the list of spaces', () => {
  let app: TestApp;
  let counter: StatementCounter;
  let admin: ApiClient;

  beforeAll(async () => {
    app = await TestApp.start();
    counter = StatementCounter.attach(app);
    admin = (await app.as('ADMIN')).client;
  });
  afterAll(() => app.stop());

  /** A space restricted to two structures, with two live top-level documents, a sub-document and one in the trash. */
  async function furnishedSpace(): Promise<Space> {
    const structures = [await app.createStructure({ name: `Zèbre ${Math.random()}` }), await app.createStructure({ name: `Abeille ${Math.random()}` })];
    const space = await app.createSpace({ visibility: 'RESTRICTED', allowedStructureIds: structures.map((structure) => structure.id) });
    const first = await app.createDocument(space, { title: 'Premier', position: 0 });
    await app.createDocument(space, { title: 'À la corbeille', position: 1, deletedAt: new Date() });
    await app.createDocument(space, { title: 'Second', position: 1 });
    await app.createDocument(space, { title: 'Sous le premier', parentId: first.id });
    return space;
  }

  it('gives each space its live top-level documents in order and its structures by name', async () => {
    const space = await furnishedSpace();
    const { spaces } = await admin.ok<{ spaces: Listed[] }>(SPACES);
    const listed = spaces.find((candidate) => candidate.slug === space.slug)!;
    expect(listed.documents.map((document) => document.title)).toEqual(['Premier', 'Second']);
    expect(listed.allowedStructures.map((structure) => structure.name.split(' ')[0])).toEqual(['Abeille', 'Zèbre']);
  });

  it('reads as many statements for 30 spaces as for 3, on the home page as in the administration', async () => {
    const statements = async (query: string) => {
      await counter.graphql(admin, query);
      return (await counter.graphql(admin, query)).statements.length;
    };
    const counts = async () => ({ home: await statements(SPACES), admin: await statements(clientOperation('AdminSpaces')) });

    while ((await admin.ok<{ spaces: Listed[] }>(SPACES)).spaces.length < 3) await furnishedSpace();
    const few = await counts();
    for (let i = 0; i < 27; i++) await furnishedSpace();
    expect((await admin.ok<{ spaces: Listed[] }>(SPACES)).spaces.length).toBeGreaterThanOrEqual(30);
    expect(await counts()).toEqual(few);
  });
});
