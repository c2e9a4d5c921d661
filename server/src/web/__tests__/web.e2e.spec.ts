import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { TestApp } from '../../../test/test-app';
import { CREATE_THREAD } from '../../comments/__tests__/comment-helpers';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as they travelled, not decoded. */
  body: Buffer;
}

/** A request as a browser sends it, with the bytes as they come on the wire (fetch would decode them). */
function request(
  url: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const sent = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

const decode = (response: RawResponse) =>
  response.headers['content-encoding'] === 'br'
    ? zlib.brotliDecompressSync(response.body)
    : response.headers['content-encoding'] === 'gzip'
      ? zlib.gunzipSync(response.body)
      : response.body;

/** A built client as Vite and its compression step leave it: a page, a hashed script, an icon. */
function fakeClientDist() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-client-'));
  const page = `<!doctype html><html lang="fr"><head><title>Cocon</title><script type="module" src="/assets/index-Ab12_-Cd.js"></script></head><body><div id="root"></div>${'<!-- marge -->'.repeat(200)}</body></html>`;
  const script = `export const pages = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ path: `/page/${i}`, title: `Page numéro ${i}` })))};\n`;
  fs.mkdirSync(path.join(folder, 'assets'));
  const write = (name: string, content: string) => {
    fs.writeFileSync(path.join(folder, name), content);
    fs.writeFileSync(path.join(folder, `${name}.br`), zlib.brotliCompressSync(content));
    fs.writeFileSync(path.join(folder, `${name}.gz`), zlib.gzipSync(content));
  };
  write('index.html', page);
  write('assets/index-Ab12_-Cd.js', script);
  fs.writeFileSync(path.join(folder, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return { folder, page, script };
}

describe('what the server sends over HTTP: compression and caching', () => {
  let app: TestApp;
  let client: ReturnType<typeof fakeClientDist>;
  beforeAll(async () => {
    client = fakeClientDist();
    app = await TestApp.start({ CLIENT_DIST: client.folder });
  });
  afterAll(async () => {
    await app.stop();
    fs.rmSync(client.folder, { recursive: true, force: true });
  });

  it('sends a hashed script compressed as built, brotli first, and lets browsers keep it for a year', async () => {
    const response = await request(`${app.url}/assets/index-Ab12_-Cd.js`, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toMatch(/Accept-Encoding/i);
    expect(response.body.length).toBeLessThan(client.script.length / 3);
    expect(decode(response).toString()).toBe(client.script);
  });

  it('chooses gzip when the browser prefers it or knows nothing else, and the file as it is when it asks for no encoding', async () => {
    const gzip = await request(`${app.url}/assets/index-Ab12_-Cd.js`, { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decode(gzip).toString()).toBe(client.script);
    const preferred = await request(`${app.url}/assets/index-Ab12_-Cd.js`, { headers: { 'accept-encoding': 'br;q=0.5, gzip;q=1' } });
    expect(preferred.headers['content-encoding']).toBe('gzip');
    const identity = await request(`${app.url}/assets/index-Ab12_-Cd.js`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString()).toBe(client.script);
    const refused = await request(`${app.url}/assets/index-Ab12_-Cd.js`, { headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('answers a repeated request for an unchanged file with 304, per encoding', async () => {
    const first = await request(`${app.url}/assets/index-Ab12_-Cd.js`, { headers: { 'accept-encoding': 'br' } });
    const again = await request(`${app.url}/assets/index-Ab12_-Cd.js`, { headers: { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) } });
    expect(again.status).toBe(304);
    const other = await request(`${app.url}/assets/index-Ab12_-Cd.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(other.headers.etag).not.toBe(first.headers.etag);
  });

  it('serves the page for every address of the client, never cached without asking again, with its security headers', async () => {
    for (const address of ['/', '/d/0d0e3c7c-0000-4000-8000-000000000000/un-document', '/archives/socle-commun/v1']) {
      const response = await request(`${app.url}${address}`, { headers: { 'accept-encoding': 'gzip, br' } });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(decode(response).toString()).toBe(client.page);
    }
    const plain = await request(`${app.url}/espaces/socle-commun`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(client.page);
  });

  it('keeps files with a name of their own for an hour only, and answers 404 for a script no build has', async () => {
    const icon = await request(`${app.url}/favicon.svg`);
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/);
    const missing = await request(`${app.url}/assets/index-Zz99zz99.js`, { headers: { 'accept-encoding': 'br' } });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).not.toMatch(/html/);
  });

  it('compresses GraphQL answers above the threshold and leaves the small ones as they are', async () => {
    const big = await request(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect(big.status).toBe(200);
    expect(big.headers['content-encoding']).toBe('br');
    expect(big.headers.vary).toMatch(/Accept-Encoding/i);
    expect(JSON.parse(decode(big).toString()).data.__schema.types.length).toBeGreaterThan(20);
    const gzip = await request(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decode(gzip).length).toBeGreaterThan(gzip.body.length * 2);
    const small = await request(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, br' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { me: null } });
  });

  it('streams a CSV export compressed, whole, with its byte order mark', async () => {
    const { client: admin } = await app.as('ADMIN');
    const space = await app.createSpace();
    const document = await app.createDocument(space, { title: 'Compte rendu compressé' });
    const bodies = Array.from({ length: 40 }, (_, i) => `Remarque numéro ${i} : les permanences du samedi matin sont très demandées dans le quartier.`);
    for (const body of bodies) await admin.ok(CREATE_THREAD, { input: { documentId: document.id, body } });
    const response = await request(`${app.url}/api/exports/comments.csv?documentId=${document.id}`, {
      headers: { cookie: admin.sessionCookie!, 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    // Written as it is read from the database, not gathered first: no length is known in advance.
    expect(response.headers['transfer-encoding']).toBe('chunked');
    const text = decode(response);
    expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    for (const body of bodies) expect(text.toString()).toContain(body);
  });
});
