import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { ALIAS_COST, MAX_QUERY_COMPLEXITY } from '../graphql/query-limits';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.gql'), 'utf8'));

/** Every Int argument of the schema, as `Type.field.argument`. */
function intArguments(): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) =>
      Object.values((type as ReturnType<typeof schema.getQueryType> & object).getFields()).flatMap((field) =>
        field.args.filter((arg) => getNamedType(arg.type).name === 'Int').map((arg) => `${type.name}.${field.name}.${arg.name}`),
      ),
    );
}

/**
 * For each Int argument: an operation that passes `$value` to it, the bounds it must keep, and a valid value for
 * the other arguments. `$slug`, `$id` are filled in from a document made for the test.
 */
const BOUNDED: Record<string, { query: string; min: number; max: number }> = {
  'Query.recentDocuments.limit': { query: 'query ($value: Int!) { recentDocuments(limit: $value) { id } }', min: 1, max: 50 },
  'Document.revisions.limit': { query: 'query ($id: ID!, $value: Int!) { document(id: $id) { revisions(limit: $value) { id } } }', min: 1, max: 200 },
  'Document.revisions.before': {
    query: 'query ($id: ID!, $value: Int!) { document(id: $id) { revisions(before: $value) { id } } }',
    min: 1,
    max: 2_147_483_647,
  },
  'Query.notifications.first': { query: 'query ($value: Int!) { notifications(first: $value) { hasMore } }', min: 1, max: 100 },
  'Space.treeLevel.first': { query: 'query ($slug: String!, $value: Int!) { space(slug: $slug) { treeLevel(first: $value) { hasMore } } }', min: 1, max: 1000 },
  'Space.treePath.first': {
    query: 'query ($slug: String!, $id: ID!, $value: Int!) { space(slug: $slug) { treePath(documentId: $id, first: $value) { hasMore } } }',
    min: 1,
    max: 1000,
  },
};

/** The arguments checked with common/validation.ts's Bounded, whose message names both bounds. */
const NAMED_BOUNDS = ['Query.recentDocuments.limit', 'Document.revisions.limit', 'Document.revisions.before', 'Query.notifications.first'];

describe('limits on what one request may ask', () => {
  let app: TestApp;
  let client: ApiClient;
  let fixture: { slug: string; id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    client = (await app.as('GROUPE_NUMERIQUE')).client;
    const space = await app.createSpace({ visibility: 'MEMBERS' });
    fixture = { slug: space.slug, id: (await app.createDocument(space)).id };
  });
  afterAll(() => app.stop());

  it('knows the bounds of every Int argument of the schema', () => {
    expect(Object.keys(BOUNDED).sort()).toEqual(intArguments().sort());
  });

  it.each(Object.entries(BOUNDED))('%s accepts its bounds and refuses anything beyond them, in French, naming them', async (name, { query, min, max }) => {
    const call = (value: number) => client.request(query, { ...fixture, value });
    for (const value of [min, max]) expect([value, (await call(value)).errors]).toEqual([value, undefined]);
    const outside = [min - 1, -1, max + 1, 100_000_000].filter((value) => (value < min || value > max) && value <= 2_147_483_647);
    for (const value of outside) {
      const error = (await call(value)).errors?.[0];
      expect([value, error?.extensions.code, error?.message]).toEqual([value, 'BAD_USER_INPUT', expect.any(String)]);
      // Ours name both bounds, as French numbers (« 2 147 483 647 »).
      if (NAMED_BOUNDS.includes(name)) expect(error!.message).toContain(`entre ${min.toLocaleString('fr-FR')} et ${max.toLocaleString('fr-FR')}`);
    }
  });

  it('refuses a thousand aliases of a cheap field before running any, and lets a few through', async () => {
    const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    for (const field of ['__typename', 'me { id }', 'spaces { id }']) {
      const error = await client.fails(aliases(1000, field));
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/trop lourde/);
    }
    const fits = Math.floor(MAX_QUERY_COMPLEXITY / (ALIAS_COST + 2)) - 1;
    const { a0, [`a${fits - 1}`]: last } = await client.ok(aliases(fits, 'me { id }'));
    expect(a0).toEqual(last);
  });

  it('refuses more than 100 structures or people in a discussion filter', async () => {
    const ids = Array.from({ length: 101 }, () => '00000000-0000-4000-8000-000000000000');
    const query = 'query ($id: ID!, $filter: CommentFilterInput) { commentThreads(documentId: $id, filter: $filter) { id } }';
    for (const [key, word] of [
      ['structureIds', /structures/],
      ['authorIds', /personnes/],
    ] as const) {
      const error = await client.fails(query, { id: fixture.id, filter: { [key]: ids } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: key });
      expect(error.message).toMatch(word);
    }
  });
});
