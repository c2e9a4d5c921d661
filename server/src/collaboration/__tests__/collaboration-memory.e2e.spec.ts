import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { CollaborationServer } from '../collaboration.server';
import { allSaved, appendParagraph, eventually, openLive, type CollabClient } from './collab-clients';

const NOTHING_HELD = { open: 0, gates: 0, sizes: 0, applied: 0, acknowledgements: 0 };

describe('live editing’s memory', () => {
  let app: TestApp;
  let writer: ApiClient;
  let reader: ApiClient;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    app = await TestApp.start();
    writer = (await app.as('GROUPE_NUMERIQUE')).client;
    reader = (await app.as('MEMBRE')).client;
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
  afterAll(() => app.stop());

  const held = () => app.running.app.get(CollaborationServer).heldDocuments();

  it('lets go of every document once its last person leaves, even one left in the middle of a write', async () => {
    const space = await app.createSpace();
    const documents = await Promise.all(Array.from({ length: 10 }, () => app.createDocument(space)));
    for (const document of documents) {
      const editor = await openLive(app.url, writer, document.id, clients);
      await openLive(app.url, reader, document.id, clients);
      appendParagraph(editor.doc, 'Écrit puis enregistré.');
      await allSaved(editor);
    }
    expect(held().open).toBe(documents.length);

    // Gone before its change is written: the write ends after the document left memory.
    const hasty = await openLive(app.url, writer, documents[0].id, clients);
    appendParagraph(hasty.doc, 'Envoyé en partant.');
    clients.splice(0).forEach((client) => client.destroy());

    await eventually(() => JSON.stringify(held()) === JSON.stringify(NOTHING_HELD), 15_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(held()).toEqual(NOTHING_HELD);
    const again = await openLive(app.url, writer, documents[0].id, clients);
    expect(again.text()).toContain('Écrit puis enregistré.');
  });
});
