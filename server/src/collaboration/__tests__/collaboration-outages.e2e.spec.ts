import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { COLLAB_RETRY_LATER, build, documentToText, yDocToDocumentJSON } from '@cocon/shared';
import type { Logger } from 'pino';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { ApiClient } from '../../../test/api-client';
import { TcpProxy } from '../../../test/tcp-proxy';
import { TestApp } from '../../../test/test-app';
import { createTestDatabase } from '../../../test/test-database';
import { startApp, type RunningApp } from '../../bootstrap';
import { LOGGER } from '../../common/logger';
import { loadConfig } from '../../config/config';
import { DocumentStoreService } from '../document-store.service';
import { MAX_DOCUMENT_BYTES } from '../collaboration.server';
import { allSaved, appendParagraph, COLLAB_TOKEN, eventually, type CollabClient } from './collab-clients';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A client as the browser's: a fresh token at every (re)connection, and when the server says it cannot open the
 * document for now (its database is away), it keeps its changes and tries again shortly.
 */
function connect(socketUrl: string, api: ApiClient, documentId: string): CollabClient {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: socketUrl, WebSocketPolyfill: WebSocket, maxDelay: 2000 });
  let provider!: HocuspocusProvider;
  const ready = new Promise<void>((resolve) => {
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentId,
      document: doc,
      token: async () => (await api.ok<{ collabToken: string }>(COLLAB_TOKEN, { id: documentId })).collabToken,
      onSynced: () => resolve(),
      onAuthenticationFailed: ({ reason }) => {
        if (reason !== COLLAB_RETRY_LATER && !reason.startsWith('Failed to get token')) return;
        socket.disconnect();
        setTimeout(() => void socket.connect(), 500);
      },
    });
    provider.attach();
  });
  return {
    doc,
    provider,
    socket,
    ready,
    text: () => documentToText(yDocToDocumentJSON(doc)),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** What the save status shows as "Enregistré": connected, synced, nothing waiting. */
const claimsSaved = (client: CollabClient) => client.provider.isSynced && !client.provider.hasUnsyncedChanges;

const socketUrl = (httpUrl: string) => `${httpUrl.replace(/^http/, 'ws')}/collab`;

async function storedText(app: RunningApp, documentId: string): Promise<string> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await app.app.get(DocumentStoreService).load(documentId));
  return documentToText(yDocToDocumentJSON(doc));
}

describe('live co-editing through outages', () => {
  let app: TestApp;
  let writer: ApiClient;
  const clients: CollabClient[] = [];
  const open = async (url: string, api: ApiClient, documentId: string) => {
    const client = connect(url, api, documentId);
    clients.push(client);
    await client.ready;
    return client;
  };

  beforeAll(async () => {
    app = await TestApp.start();
    writer = (await app.as('GROUPE_NUMERIQUE')).client;
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
  afterAll(() => app.stop());

  it('refuses the change that would take a document past 10 MB, and keeps the document as it was', async () => {
    const document = await app.createDocument(await app.createSpace(), { content: build.doc(build.p('Début.')) });
    const editor = await open(socketUrl(app.url), writer, document.id);
    let closed = false;
    editor.provider.on('close', () => (closed = true));
    // Messages stay under the 1 MB limit; the document grows by 900 kB each time.
    const chunks = Math.ceil(MAX_DOCUMENT_BYTES / 900_000);
    let accepted = 0;
    for (let i = 0; i < chunks && !closed; i++) {
      appendParagraph(editor.doc, `Partie ${i} ${'x'.repeat(900_000)}`);
      await eventually(() => closed || !editor.provider.hasUnsyncedChanges, 20000);
      if (!closed) accepted = i + 1;
    }
    expect(closed).toBe(true);
    expect(accepted).toBe(chunks - 1);
    editor.destroy();

    const reader = await open(socketUrl(app.url), writer, document.id);
    const text = reader.text();
    expect(text).toContain(`Partie ${accepted - 1} `);
    expect(text).not.toContain(`Partie ${accepted} `);
    expect(await storedText(app.running, document.id)).toBe(text);
    expect((await fetch(`${app.url}/health`)).status).toBe(200);
  }, 120000);

  it('merges what both sides typed while one of them was cut off for a whole minute', async () => {
    const document = await app.createDocument(await app.createSpace(), { content: build.doc(build.p('Avant la coupure.')) });
    const network = await TcpProxy.start(Number(new URL(app.url).port));
    try {
      const office = await open(socketUrl(app.url), writer, document.id);
      const field = await open(socketUrl(`http://127.0.0.1:${network.port}`), writer, document.id);
      // A pulled cable, not a closed socket: neither side is told, both find out by their own timeouts (30 s).
      network.blackhole();
      for (let minute = 0; minute < 6; minute++) {
        appendParagraph(field.doc, `Terrain ${minute}.`);
        appendParagraph(office.doc, `Bureau ${minute}.`);
        await sleep(10_000);
      }
      await allSaved(office);
      expect(office.text()).not.toContain('Terrain 0.');
      expect(field.text()).not.toContain('Bureau 0.');
      expect(claimsSaved(field)).toBe(false);

      network.restore();
      const everything = [0, 1, 2, 3, 4, 5].flatMap((minute) => [`Terrain ${minute}.`, `Bureau ${minute}.`]);
      await eventually(() => everything.every((line) => field.text().includes(line) && office.text().includes(line)), 60000);
      await allSaved(field);
      expect(field.text()).toBe(office.text());
      const stored = await storedText(app.running, document.id);
      for (const line of everything) expect(stored).toContain(line);
    } finally {
      await network.stop();
    }
  }, 180000);
});

const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;

// The embedded database lives inside the server process: it cannot become unreachable on its own.
onPostgres('PostgreSQL briefly unreachable', () => {
  it('shows the changes to the others at once, never calls them saved meanwhile, and writes them once the database is back', async () => {
    const database = await createTestDatabase();
    const target = new URL(database.env.DATABASE_URL);
    const link = await TcpProxy.start(Number(target.port || 5432), target.hostname);
    const proxied = new URL(target);
    proxied.host = `127.0.0.1:${link.port}`;
    const app = await TestApp.start({ DATABASE_URL: proxied.toString() });
    const clients: CollabClient[] = [];
    try {
      const writer = (await app.as('GROUPE_NUMERIQUE')).client;
      const document = await app.createDocument(await app.createSpace(), { content: build.doc(build.p('Avant la panne.')) });
      const editor = connect(socketUrl(app.url), writer, document.id);
      const colleague = connect(socketUrl(app.url), writer, document.id);
      clients.push(editor, colleague);
      await Promise.all([editor.ready, colleague.ready]);

      link.refuse();
      appendParagraph(editor.doc, 'Écrit pendant la panne de la base.');
      await eventually(() => colleague.text().includes('Écrit pendant la panne de la base.'));
      for (let i = 0; i < 40; i++) {
        expect(claimsSaved(editor)).toBe(false);
        await sleep(100);
      }

      link.restore();
      await eventually(() => claimsSaved(editor), 60000);
      expect(await storedText(app.running, document.id)).toContain('Écrit pendant la panne de la base.');
    } finally {
      clients.forEach((client) => client.destroy());
      await app.stop();
      await link.stop();
      await database.drop();
    }
  }, 120000);
});

const onPostgresAndRedis = process.env.DATABASE_URL && process.env.REDIS_URL ? describe : describe.skip;

onPostgresAndRedis('Redis stopped while two instances run', () => {
  it('lets each instance go on alone, says so in the logs, and converges again when Redis is back', async () => {
    const database = await createTestDatabase();
    const redisTarget = new URL(process.env.REDIS_URL!);
    const redis = await TcpProxy.start(Number(redisTarget.port || 6379), redisTarget.hostname);
    const config = (extra: Record<string, string>) =>
      loadConfig({
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        SEED_DEMO: 'true',
        REDIS_URL: `redis://127.0.0.1:${redis.port}`,
        ...database.env,
        ...extra,
      });
    const first = await startApp(config({}));
    const second = await startApp(config({ SEED_DEMO: 'false' }));
    const logs = [first, second].map((running) => {
      const logger = running.app.get<Logger>(LOGGER);
      return { warn: jest.spyOn(logger, 'warn'), info: jest.spyOn(logger, 'info') };
    });
    const said = (spy: jest.SpyInstance, pattern: RegExp) =>
      spy.mock.calls.some((call) => call.some((arg: unknown) => typeof arg === 'string' && pattern.test(arg)));
    const clients: CollabClient[] = [];
    try {
      const api1 = await new ApiClient(first.url).login('redaction@cocon.test', 'cocon-demo');
      const api2 = await new ApiClient(second.url).login('gt@cocon.test', 'cocon-demo');
      const { spaces } = await api1.ok('{ spaces { slug documents { id } } }');
      const documentId = spaces.find((space: { slug: string }) => space.slug === 'acte-3').documents[0].id;
      const openOn = async (running: RunningApp, api: ApiClient) => {
        const client = connect(socketUrl(running.url), api, documentId);
        clients.push(client);
        await client.ready;
        return client;
      };
      const [a1, a2, b] = [await openOn(first, api1), await openOn(first, api1), await openOn(second, api2)];
      appendParagraph(a1.doc, 'Avant la panne de Redis.');
      await eventually(() => b.text().includes('Avant la panne de Redis.'));

      redis.refuse();
      await eventually(() => logs.every((log) => said(log.warn, /Redis unreachable: live editing goes on within this instance only/)), 15000);
      appendParagraph(a1.doc, 'Première instance pendant la panne.');
      appendParagraph(b.doc, 'Seconde instance pendant la panne.');
      await eventually(() => a2.text().includes('Première instance pendant la panne.'));
      await Promise.all([allSaved(a1), allSaved(b)]);
      await sleep(500);
      expect(b.text()).not.toContain('Première instance pendant la panne.');

      redis.restore();
      await eventually(() => logs.every((log) => said(log.info, /Redis reachable again/)), 15000);
      await eventually(
        () =>
          [a1, a2, b].every(
            (client) => client.text().includes('Première instance pendant la panne.') && client.text().includes('Seconde instance pendant la panne.'),
          ),
        15000,
      );
      expect(a1.text()).toBe(b.text());
    } finally {
      clients.forEach((client) => client.destroy());
      await first.close();
      await second.close();
      await redis.stop();
      await database.drop();
    }
  }, 120000);
});
