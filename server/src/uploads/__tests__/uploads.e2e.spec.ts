import { deflateSync } from 'node:zlib';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import type { Document } from '../../documents/document.entity';

const LIMIT = 64 * 1024;

/** A real PNG of width × height grey pixels, as a camera or a screenshot tool would write it (simplified). */
function png(width = 2, height = 2): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x1a, 0, 0, 0]), Buffer.from('WEBPVP8L'), Buffer.alloc(14)]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');

describe('images of documents', () => {
  let app: TestApp;
  let writer: ApiClient;
  let member: ApiClient;
  let publicDocument: Document;
  let membersDocument: Document;

  beforeAll(async () => {
    app = await TestApp.start({ UPLOAD_MAX_BYTES: String(LIMIT) });
    writer = (await app.as('GROUPE_NUMERIQUE')).client;
    member = (await app.as('MEMBRE')).client;
    publicDocument = await app.createDocument(await app.createSpace({ visibility: 'PUBLIC' }));
    membersDocument = await app.createDocument(await app.createSpace({ visibility: 'MEMBERS' }));
  });
  afterAll(() => app.stop());

  const upload = (client: ApiClient | null, documentId: string, body: Buffer, type = 'image/png') =>
    fetch(`${app.url}/api/documents/${documentId}/images`, {
      method: 'POST',
      headers: { 'content-type': type, ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}) },
      body: new Uint8Array(body),
    });
  const get = (client: ApiClient | null, url: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${url}`, { headers: { ...headers, ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}) } });
  const uploaded = async (documentId: string, body: Buffer): Promise<{ id: string; url: string; contentType: string }> => {
    const response = await upload(writer, documentId, body);
    expect(response.status).toBe(201);
    return response.json();
  };

  it('stores a PNG, JPEG, GIF or WebP image and serves it back at a stable address, as its real type', async () => {
    for (const [bytes, type] of [
      [png(), 'image/png'],
      [JPEG, 'image/jpeg'],
      [GIF, 'image/gif'],
      [WEBP, 'image/webp'],
    ] as const) {
      // The declared type is ignored: the content says what the file is.
      const response = await upload(writer, membersDocument.id, bytes, 'application/octet-stream');
      expect(response.status).toBe(201);
      const image = await response.json();
      expect(image).toMatchObject({ contentType: type, byteSize: bytes.length });
      expect(image.url).toBe(`/api/images/${image.id}`);
      const served = await get(member, image.url);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe(type);
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
    }
  });

  it('refuses SVG and files that only pretend to be images, with a French message', async () => {
    for (const [body, type] of [
      [SVG, 'image/svg+xml'],
      [Buffer.from('Ceci est un texte renommé en photo.png'), 'image/png'],
      [Buffer.from('%PDF-1.7 un document'), 'image/jpeg'],
    ] as const) {
      const response = await upload(writer, membersDocument.id, body, type);
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/PNG, JPEG, GIF ou WebP/) });
    }
    const empty = await upload(writer, membersDocument.id, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM document_image WHERE "documentId" = $1 AND "contentType" NOT LIKE $2', [
      membersDocument.id,
      'image/%',
    ]);
    expect(count).toBe(0);
  });

  it('refuses an image over UPLOAD_MAX_BYTES, announced or not, and stores nothing', async () => {
    const before = await app.dataSource.query('SELECT count(*)::int AS count FROM document_image');
    const big = Buffer.concat([png(), Buffer.alloc(LIMIT)]);
    const response = await upload(writer, membersDocument.id, big);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/trop lourde : 0,1 Mo au plus/) });
    // Sent in chunks without a length: stopped while reading.
    const streamed = await fetch(`${app.url}/api/documents/${membersDocument.id}/images`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', cookie: writer.sessionCookie! },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 8; i++) controller.enqueue(new Uint8Array(LIMIT / 4));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await app.dataSource.query('SELECT count(*)::int AS count FROM document_image')).toEqual(before);
  });

  it('lets only people who may edit that very document add images', async () => {
    const anonymous = await upload(null, publicDocument.id, png());
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/Connectez-vous/) });
    const readOnly = await upload(member, membersDocument.id, png());
    expect(readOnly.status).toBe(403);
    // The same refusal as the GraphQL API's for an action the role does not allow.
    expect(await readOnly.json()).toEqual({ code: 'FORBIDDEN', message: 'Vous n’avez pas le droit de faire cette action.' });

    const hidden = await app.createDocument(await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['GT_ESC'] }));
    const refused = await upload(writer, hidden.id, png());
    const unknown = await upload(writer, '00000000-0000-4000-8000-000000000000', png());
    expect([refused.status, unknown.status]).toEqual([404, 404]);
    expect(await refused.json()).toEqual(await unknown.json());

    const trashed = await app.createDocument(await app.createSpace(), { deletedAt: new Date() });
    const inTrash = await upload(writer, trashed.id, png());
    expect([inTrash.status, await inTrash.json()]).toEqual([409, { code: 'CONFLICT', message: expect.stringMatching(/corbeille/) }]);
  });

  it('shows a public space’s images to everyone, cached publicly, and revalidates them by ETag', async () => {
    const image = await uploaded(publicDocument.id, png(3, 3));
    const served = await get(null, image.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('cache-control')).toBe('public, max-age=3600');
    const etag = served.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await get(null, image.url, { 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it('answers 404 alike for a missing image and for one in a space the caller may not read', async () => {
    const restricted = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['GROUPE_NUMERIQUE'] });
    const image = await uploaded((await app.createDocument(restricted)).id, png());
    const own = await get(writer, image.url);
    expect(own.status).toBe(200);
    expect(own.headers.get('cache-control')).toBe('private, max-age=3600');

    const missing = await get(member, '/api/images/00000000-0000-4000-8000-000000000000');
    const garbage = await get(member, '/api/images/pas-une-image');
    for (const response of [await get(member, image.url), await get(null, image.url), missing, garbage]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ code: 'NOT_FOUND', message: 'Cette image n’existe pas ou vous n’y avez pas accès.' });
    }
  });
});
