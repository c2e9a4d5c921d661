import { build, COLLAB_CONTENT_REFUSED, COLLAB_UPDATE_UNREADABLE, documentToText } from '@cocon/shared';
import * as Y from 'yjs';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { CollaborationServer } from '../collaboration.server';
import { allSaved, appendParagraph, eventually, openLive, type CollabClient } from './collab-clients';
import { closeReason, sendRaw, updateFor, updateFrame } from './raw-frames';

/** Hocuspocus's « sync reply » message type: a sync message that asks for no sync step 1 back. */
const SYNC_REPLY = 4;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a change that cannot be read', () => {
  let app: TestApp;
  let writer: ApiClient;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    app = await TestApp.start();
    writer = (await app.as('GROUPE_NUMERIQUE')).client;
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
  afterAll(() => app.stop());

  const logCount = async (documentId: string) =>
    (await app.dataSource.query('SELECT count(*)::int AS n FROM document_update WHERE "documentId" = $1', [documentId]))[0].n as number;
  const unloaded = (documentId: string) => eventually(() => !app.running.app.get(CollaborationServer).hocuspocus.documents.has(documentId));

  it('is refused with a French reason, stores nothing, and leaves the document opening as before', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space, { content: build.doc(build.p('Avant.')) });
    const sender = await openLive(app.url, writer, document.id, clients);
    const update = updateFor(sender.doc, (scratch) => appendParagraph(scratch, 'Une phrase qui n’arrivera jamais entière.'));
    const before = await logCount(document.id);

    const closed = closeReason(sender);
    sendRaw(sender, updateFrame(document.id, update.slice(0, Math.floor(update.length / 2))));
    expect(await closed).toBe(COLLAB_UPDATE_UNREADABLE);
    await sleep(200);
    expect(await logCount(document.id)).toBe(before);

    sender.destroy();
    // Read again from the database, as after a restart.
    await unloaded(document.id);
    const next = await openLive(app.url, writer, document.id, clients);
    expect(next.text()).toBe('Avant.');
    appendParagraph(next.doc, 'Après.');
    await allSaved(next);
    expect(next.text()).toBe('Avant.\nAprès.');
  });

  it('opens a document whose log holds a damaged entry, sets the entry aside, and never stores less than before', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space, { content: build.doc(build.p('Départ.')) });
    const editor = await openLive(app.url, writer, document.id, clients);
    appendParagraph(editor.doc, 'Écrit et enregistré.');
    await allSaved(editor);
    const damaged = updateFor(editor.doc, (scratch) => appendParagraph(scratch, 'Arrivé à moitié.'));
    editor.destroy();
    await unloaded(document.id);
    // As a server before these checks would have written it, straight from the socket.
    const [{ id }] = await app.dataSource.query('INSERT INTO document_update ("documentId", update) VALUES ($1, $2) RETURNING id', [
      document.id,
      Buffer.from(damaged.slice(0, damaged.length - 3)),
    ]);

    const reader = await openLive(app.url, writer, document.id, clients);
    expect(reader.text()).toBe('Départ.\nÉcrit et enregistré.');
    const [aside] = await app.dataSource.query('SELECT id, "documentId", problem FROM quarantined_update WHERE id = $1', [id]);
    expect(aside).toMatchObject({ id, documentId: document.id });
    expect(aside.problem).toMatch(/end of array|unexpected/i);
    expect(await app.dataSource.query('SELECT id FROM document_update WHERE id = $1', [id])).toEqual([]);

    appendParagraph(reader.doc, 'Et la suite.');
    await allSaved(reader);
    await eventually(async () => {
      const { document: stored } = await writer.ok('query ($id: ID!) { document(id: $id) { content } }', { id: document.id });
      return JSON.stringify(stored.content).includes('Et la suite.');
    }, 15000);
    const { document: stored } = await writer.ok('query ($id: ID!) { document(id: $id) { content } }', { id: document.id });
    expect(JSON.stringify(stored.content)).toContain('Écrit et enregistré.');
    expect(await logCount(document.id)).toBe(0);
  });

  it('refuses a change sent as a sync reply, which Hocuspocus would apply unchecked', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space, { content: build.doc(build.p('Intact.')) });
    const sender = await openLive(app.url, writer, document.id, clients);
    const update = updateFor(sender.doc, (scratch) => scratch.getXmlFragment('default').push([new Y.XmlElement('script')]));
    const closed = closeReason(sender);
    sendRaw(sender, updateFrame(document.id, update, SYNC_REPLY));
    expect(await closed).toBe(COLLAB_CONTENT_REFUSED);
    const reader = await openLive(app.url, writer, document.id, clients);
    expect(reader.doc.getXmlFragment('default').toString()).not.toContain('script');
  });

  it('keeps saving a document whose text holds what the database cannot store (NUL, half an emoji)', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space, { content: build.doc(build.p('Avant.')) });
    const editor = await openLive(app.url, writer, document.id, clients);
    appendParagraph(editor.doc, 'nul\u0000 et demi \ud83d.');
    appendParagraph(editor.doc, '\u0000');
    await allSaved(editor);
    editor.destroy();
    // Stored whole when the last person leaves, then gone from memory: a failing save would keep it there.
    await unloaded(document.id);
    const { document: stored } = await writer.ok('query ($id: ID!) { document(id: $id) { content } }', { id: document.id });
    expect(documentToText(stored.content)).toBe('Avant.\nnul\ufffd et demi \ufffd.\n\ufffd');
  });
});
