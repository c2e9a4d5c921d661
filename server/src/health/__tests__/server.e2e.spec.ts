import { TestApp } from '../../../test/test-app';

describe('the server, seen from outside', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.stop());

  it('answers /health with {"status":"ok"} once the database is migrated', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('sends protective headers', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses a form-encoded request that could come from another site (CSRF)', async () => {
    const response = await app.anonymous().post('query=%7Bme%7Bname%7D%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.data ?? null).toBeNull();
  });

  it('refuses batched requests', async () => {
    const response = await app.anonymous().post([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it('refuses a request body over the size limit', async () => {
    const response = await app.anonymous().post({ query: '{ me { id } }', variables: { padding: 'x'.repeat(3 * 1024 * 1024) } });
    expect(response.status).toBe(413);
  });

  it('refuses queries nested too deep, in French', async () => {
    const nested = 'children { '.repeat(14) + 'id' + ' }'.repeat(14);
    const error = await app.anonymous().fails(`{ document(id: "00000000-0000-0000-0000-000000000000") { ${nested} } }`);
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/trop imbriquée/);
  });

  it('answers a malformed query with BAD_USER_INPUT and a French message', async () => {
    const error = await app.anonymous().fails('{ thisFieldDoesNotExist }');
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('La requête envoyée au serveur est invalide.');
  });

  it('answers the public with `me: null`', async () => {
    expect(await app.anonymous().ok('{ me { id } }')).toEqual({ me: null });
  });
});
