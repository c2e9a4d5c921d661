import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, COLLAB_DOCUMENT_TRASHED } from '@cocon/shared';
import { TestApp } from '../../../test/test-app';
import { ApiClient } from '../../../test/api-client';
import { startApp } from '../../bootstrap';
import { loadConfig } from '../../config/config';
import { createTestDatabase } from '../../../test/test-database';
import { allSaved, appendParagraph, eventually, openLive, type CollabClient } from './collab-clients';

const SERVER_DIR = path.resolve(__dirname, '../../..');

describe('live co-editing when things go wrong', () => {
  let app: TestApp;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
  afterAll(() => app.stop());

  it('disconnects a person at once when an administrator disables their account', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space);
    const { client: writer, user } = await app.as('REFERENT_NUMERIQUE');
    const { client: admin } = await app.as('ADMIN');
    const editor = await openLive(app.url, writer, document.id, clients);
    const closed = new Promise<void>((resolve) => editor.provider.on('close', () => resolve()));
    await admin.ok('mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }', { input: { id: user.id, disabled: true } });
    await closed;
    editor.destroy();
  });

  it('turns a person’s connection read-only when they lose the right to edit', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space);
    const { client: writer, user } = await app.as('GROUPE_NUMERIQUE');
    const { client: admin } = await app.as('ADMIN');
    const demoted = await openLive(app.url, writer, document.id, clients);
    const witness = await openLive(app.url, admin, document.id, clients);
    await admin.ok('mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }', { input: { id: user.id, role: 'MEMBRE' } });
    appendParagraph(demoted.doc, 'Écrit après la perte du droit.');
    appendParagraph(witness.doc, 'Témoin.');
    await eventually(() => demoted.text().includes('Témoin.'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(witness.text()).not.toContain('Écrit après la perte du droit.');
  });

  it('ends live editing of a document put in the trash, and of the documents below it, at once', async () => {
    const space = await app.createSpace();
    const parent = await app.createDocument(space);
    const child = await app.createDocument(space, { parentId: parent.id });
    const { client: writer } = await app.as('GROUPE_NUMERIQUE');
    const editors = [await openLive(app.url, writer, parent.id, clients), await openLive(app.url, writer, child.id, clients)];
    const closed = editors.map(
      (editor) => new Promise<string>((resolve) => editor.provider.on('close', ({ event }: { event: { reason: string } }) => resolve(event.reason))),
    );
    const refused = new Promise<string>((resolve) => editors[0].provider.on('authenticationFailed', ({ reason }: { reason: string }) => resolve(reason)));

    await writer.ok('mutation ($id: ID!) { trashDocument(id: $id) { id } }', { id: parent.id });
    // Well before the periodic check of rights (every 30 s) would have found out.
    const soon = new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('still open 5 s after the trash')), 5000).unref());
    expect(await Promise.race([Promise.all(closed), soon])).toEqual([COLLAB_DOCUMENT_TRASHED, COLLAB_DOCUMENT_TRASHED]);
    // The editor tries to come back, and is told it no longer can.
    expect(await refused).toBe('Ce document n’existe pas ou vous n’y avez pas accès.');
  });

  it('closes the connection of a message over 1 MB and keeps the document as it was', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space, { content: build.doc(build.p('Intact.')) });
    const { client: writer } = await app.as('GROUPE_NUMERIQUE');
    const editor = await openLive(app.url, writer, document.id, clients);
    const closed = new Promise<void>((resolve) => editor.provider.on('close', () => resolve()));
    appendParagraph(editor.doc, 'x'.repeat(1_200_000));
    await closed;
    editor.destroy();
    const reader = await openLive(app.url, writer, document.id, clients);
    expect(reader.text()).toBe('Intact.');
  });
});

describe('a server killed with kill -9 while three people type', () => {
  let dataDir: string;
  let server: ChildProcess | null = null;

  function startServer(port: number): Promise<void> {
    const { DATABASE_URL: _db, REDIS_URL: _redis, ...env } = process.env;
    server = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: { ...env, NODE_OPTIONS: '', NODE_ENV: 'test', LOG_LEVEL: 'warn', SEED_DEMO: 'true', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' },
      stdio: 'ignore',
    });
    return eventually(async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.ok ?? false, 60000);
  }

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-kill-'));
  });
  afterAll(() => {
    server?.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves every acknowledged character after a restart', async () => {
    const port = 4300 + Math.floor(Math.random() * 500);
    const url = `http://127.0.0.1:${port}`;
    await startServer(port);
    const api = await new ApiClient(url).login('redaction@cocon.test', 'cocon-demo');
    const { spaces } = await api.ok('{ spaces { slug documents { id title } } }');
    const documentId = spaces.find((space: { slug: string }) => space.slug === 'acte-3').documents[0].id;
    const clients: CollabClient[] = [];
    const typists = [
      await openLive(url, api, documentId, clients),
      await openLive(url, api, documentId, clients),
      await openLive(url, api, documentId, clients),
    ];
    const sentences = typists.flatMap((typist, who) => Array.from({ length: 5 }, (_, i) => `Phrase ${i} de la personne ${who}.`));
    for (let i = 0; i < 5; i++) typists.forEach((typist, who) => appendParagraph(typist.doc, `Phrase ${i} de la personne ${who}.`));
    await Promise.all(typists.map(allSaved));
    server!.kill('SIGKILL');
    await new Promise((resolve) => server!.once('exit', resolve));
    clients.forEach((client) => client.destroy());

    await startServer(port);
    const again = await new ApiClient(url).login('redaction@cocon.test', 'cocon-demo');
    const reader = await openLive(url, again, documentId, []);
    try {
      for (const sentence of sentences) expect(reader.text()).toContain(sentence);
    } finally {
      reader.destroy();
    }
  });
});

const realServices = process.env.DATABASE_URL && process.env.REDIS_URL ? describe : describe.skip;

realServices('two instances on one PostgreSQL and Redis', () => {
  it('let two clients, one on each instance, converge', async () => {
    const database = await createTestDatabase();
    const config = (extra: Record<string, string>) =>
      loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'true', REDIS_URL: process.env.REDIS_URL, ...database.env, ...extra });
    const first = await startApp(config({}));
    const second = await startApp(config({ SEED_DEMO: 'false' }));
    const clients: CollabClient[] = [];
    try {
      const api1 = await new ApiClient(first.url).login('redaction@cocon.test', 'cocon-demo');
      const api2 = await new ApiClient(second.url).login('gt@cocon.test', 'cocon-demo');
      const { spaces } = await api1.ok('{ spaces { slug documents { id } } }');
      const documentId = spaces.find((space: { slug: string }) => space.slug === 'acte-3').documents[0].id;
      const one = await openLive(first.url, api1, documentId, clients);
      const two = await openLive(second.url, api2, documentId, clients);
      appendParagraph(one.doc, 'Depuis la première instance.');
      appendParagraph(two.doc, 'Depuis la seconde instance.');
      await eventually(() => one.text().includes('Depuis la seconde instance.') && two.text().includes('Depuis la première instance.'));
      expect(one.text()).toBe(two.text());
    } finally {
      clients.forEach((client) => client.destroy());
      await first.close();
      await second.close();
      await database.drop();
    }
  });
});
