import { TestApp } from '../../../test/test-app';

const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';

/** What an outsider can learn from a server started as the image and the compose file start it. */
describe('the server in production mode', () => {
  let production: TestApp;
  let development: TestApp;
  beforeAll(async () => {
    [production, development] = await Promise.all([
      TestApp.start({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }),
      TestApp.start({ NODE_ENV: 'development', LOG_LEVEL: 'silent' }),
    ]);
  });
  afterAll(() => Promise.all([production.stop(), development.stop()]));

  it('keeps its schema closed to introspection, which development opens to tools', async () => {
    const refused = await production.anonymous().fails(INTROSPECTION);
    expect(refused.extensions.code).toBe('BAD_USER_INPUT');
    const open = await development.anonymous().ok<{ __schema: { queryType: { name: string } } }>(INTROSPECTION);
    expect(open.__schema.queryType.name).toBe('Query');
  });

  it('names no field of the schema when a query is mistyped', async () => {
    const error = await production.anonymous().fails('{ spacez { id } }');
    expect(error.message).toBe('La requête envoyée au serveur est invalide.');
    expect(JSON.stringify(error)).not.toMatch(/Did you mean|spaces/);
    const helped = await development.anonymous().fails('{ spacez { id } }');
    expect(JSON.stringify(helped)).toMatch(/Did you mean/);
  });

  it('sends errors without a stack or an exception in any of its answers', async () => {
    const client = production.anonymous();
    const responses = [
      await client.post({ query: '{ spacez { id } }' }),
      await client.post({ query: 'mutation { login(email: "personne@exemple.test", password: "faux") { id } }' }),
      await client.post({ query: 'mutation { createSpace(input: { name: "x", visibility: PUBLIC }) { id } }' }),
      await client.post({ query: '{ revision(id: "00000000-0000-0000-0000-000000000000") { id } }' }),
    ];
    for (const response of responses) {
      const body = await response.json();
      expect(body.errors?.length).toBeGreaterThan(0);
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/stacktrace|exception|at .*\.js:\d+|node_modules/);
      for (const error of body.errors) expect(error.extensions.code).toMatch(/^(BAD_USER_INPUT|UNAUTHENTICATED|FORBIDDEN|NOT_FOUND|CONFLICT)$/);
    }
  });
});
