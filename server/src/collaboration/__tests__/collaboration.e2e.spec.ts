import { build } from '@cocon/shared';
import WebSocket from 'ws';
import { TestApp } from '../../../test/test-app';
import type { ApiClient } from '../../../test/api-client';
import type { Space } from '../../spaces/space.entity';
import { DocumentStoreService } from '../document-store.service';
import { allSaved, appendParagraph, COLLAB_TOKEN, connectCollab, eventually, openLive, type CollabClient } from './collab-clients';
import { documentToText, yDocToDocumentJSON } from '@cocon/shared';
import * as Y from 'yjs';

describe('live co-editing on /collab', () => {
  let app: TestApp;
  let writer: ApiClient;
  let member: ApiClient;
  let space: Space;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    app = await TestApp.start();
    writer = (await app.as('GROUPE_NUMERIQUE')).client;
    member = (await app.as('MEMBRE')).client;
    space = await app.createSpace({ visibility: 'MEMBERS' });
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
  afterAll(() => app.stop());

  const open = (api: ApiClient, documentId: string) => openLive(app.url, api, documentId, clients);

  async function storedText(documentId: string): Promise<string> {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, await app.running.app.get(DocumentStoreService).load(documentId));
    return documentToText(yDocToDocumentJSON(doc));
  }

  it('starts from the stored content, and two editors see each other’s text', async () => {
    const document = await app.createDocument(space, { content: build.doc(build.p('Texte de départ.')) });
    const [alice, bob] = [await open(writer, document.id), await open(writer, document.id)];
    expect(alice.text()).toBe('Texte de départ.');
    appendParagraph(alice.doc, 'Écrit par Alice.');
    appendParagraph(bob.doc, 'Écrit par Bob.');
    await eventually(() => alice.text().includes('Écrit par Bob.') && bob.text().includes('Écrit par Alice.'));
    expect(alice.text()).toBe(bob.text());
  });

  it('has every acknowledged change in the database already, before any compaction', async () => {
    const document = await app.createDocument(space);
    const editor = await open(writer, document.id);
    appendParagraph(editor.doc, 'Rien ne se perd.');
    await allSaved(editor);
    expect(await storedText(document.id)).toContain('Rien ne se perd.');
  });

  it('compacts the changes into the document’s content, readable through the API', async () => {
    const document = await app.createDocument(space);
    const editor = await open(writer, document.id);
    appendParagraph(editor.doc, 'Compacté dans le contenu.');
    await allSaved(editor);
    await eventually(async () => {
      const { document: stored } = await writer.ok('query ($id: ID!) { document(id: $id) { content } }', { id: document.id });
      return JSON.stringify(stored.content).includes('Compacté dans le contenu.');
    }, 15000);
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM document_update WHERE "documentId" = $1', [document.id]);
    expect(count).toBe(0);
  });

  it('merges what both sides typed while one of them was cut off', async () => {
    const document = await app.createDocument(space, { content: build.doc(build.p('Avant la coupure.')) });
    const [office, field] = [await open(writer, document.id), await open(writer, document.id)];
    field.socket.disconnect();
    appendParagraph(field.doc, 'Tapé pendant la coupure.');
    appendParagraph(office.doc, 'Tapé au bureau pendant ce temps.');
    await allSaved(office);
    expect(field.text()).not.toContain('Tapé au bureau pendant ce temps.');
    await field.socket.connect();
    await eventually(() => field.text().includes('Tapé au bureau pendant ce temps.') && office.text().includes('Tapé pendant la coupure.'));
    await allSaved(field);
    expect(await storedText(document.id)).toContain('Tapé pendant la coupure.');
    expect(office.text()).toBe(field.text());
  });

  it('lets a member read live but never change the document', async () => {
    const document = await app.createDocument(space, { content: build.doc(build.p('Version validée.')) });
    const editor = await open(writer, document.id);
    const reader = await open(member, document.id);
    expect(reader.text()).toBe('Version validée.');
    appendParagraph(reader.doc, 'Tentative de lecteur.');
    appendParagraph(editor.doc, 'Ajout du rédacteur.');
    await eventually(() => reader.text().includes('Ajout du rédacteur.'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(editor.text()).not.toContain('Tentative de lecteur.');
    expect(await storedText(document.id)).not.toContain('Tentative de lecteur.');
  });

  it('refuses a wrong token, and a token made for another document, with a French reason', async () => {
    const document = await app.createDocument(space);
    const other = await app.createDocument(space);
    const forged = connectCollab(app.url, document.id, 'pas-un-jeton');
    clients.push(forged);
    await expect(forged.ready).rejects.toThrow(/expiré|Rechargez/);
    const { collabToken } = await writer.ok<{ collabToken: string }>(COLLAB_TOKEN, { id: other.id });
    const misused = connectCollab(app.url, document.id, collabToken);
    clients.push(misused);
    await expect(misused.ready).rejects.toThrow(/expiré|Rechargez/);
  });

  it('gives no token for a document one may not read, without revealing it exists', async () => {
    const restricted = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['GT_ESC'] });
    const hidden = await app.createDocument(restricted);
    const error = await writer.fails(COLLAB_TOKEN, { id: hidden.id });
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect((await writer.fails(COLLAB_TOKEN, { id: '00000000-0000-4000-8000-000000000000' })).message).toBe(error.message);
  });

  it('survives a malformed message sent before authentication, and refuses other sites’ pages', async () => {
    const socket = new WebSocket(`${app.url.replace(/^http/, 'ws')}/collab`);
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x01, 0x02]));
    socket.send(Buffer.from('pas du tout un message yjs'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.terminate();
    expect((await fetch(`${app.url}/health`)).status).toBe(200);

    const foreign = new WebSocket(`${app.url.replace(/^http/, 'ws')}/collab`, { headers: { origin: 'https://autre-site.example' } });
    const refused = await new Promise<string>((resolve) => {
      foreign.once('unexpected-response', (_request, response) => resolve(String(response.statusCode)));
      foreign.once('open', () => resolve('open'));
      foreign.once('error', (error) => resolve(error.message));
    });
    expect(refused).toBe('403');
  });
});
