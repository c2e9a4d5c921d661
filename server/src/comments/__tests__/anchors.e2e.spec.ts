import { build } from '@cocon/shared';
import { TestApp } from '../../../test/test-app';
import { allSaved, eventually, openLive, type CollabClient } from '../../collaboration/__tests__/collab-clients';
import { anchorOf, CREATE_THREAD, deleteText, insertBefore, insertHeading, textAt, THREADS } from './comment-helpers';

/** Anchors are Yjs relative positions: they must keep their passage while several people edit the text. */
describe('the place of a discussion while the document is edited', () => {
  let app: TestApp;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
  afterAll(() => app.stop());

  async function setUp() {
    const space = await app.createSpace();
    const document = await app.createDocument(space, {
      content: build.doc(
        build.h(2, 'Constat'),
        build.p('Les usagers attendent trop longtemps au guichet.'),
        build.p('Les horaires ne sont pas affichés.'),
        build.h(2, 'Propositions'),
        build.p('Ouvrir une permanence le samedi matin.'),
      ),
    });
    const { client: alice } = await app.as('GROUPE_NUMERIQUE');
    const { client: bob } = await app.as('REFERENT_NUMERIQUE');
    const aliceDoc = await openLive(app.url, alice, document.id, clients);
    const bobDoc = await openLive(app.url, bob, document.id, clients);
    return { document, alice, bob, aliceDoc, bobDoc };
  }

  const placeOf = async (api: Awaited<ReturnType<typeof setUp>>['alice'], documentId: string) => (await api.ok(THREADS, { documentId })).commentThreads[0];

  it('follows its passage while two people type around it at the same time, and moves with a new chapter', async () => {
    const { document, alice, bob, aliceDoc, bobDoc } = await setUp();
    const anchor = anchorOf(aliceDoc.doc, 'horaires ne sont pas affichés');
    await alice.ok(CREATE_THREAD, { input: { documentId: document.id, body: 'À corriger.', anchor } });

    // Both type at once, before and inside the paragraph, without waiting for each other.
    insertBefore(aliceDoc.doc, 'Les usagers', 'Depuis 2024, ');
    insertBefore(bobDoc.doc, 'Les horaires', 'Par ailleurs, ');
    insertBefore(bobDoc.doc, 'horaires ne sont', 'nouveaux ');
    insertHeading(bobDoc.doc, 2, 2, 'Accueil');
    await Promise.all([allSaved(aliceDoc), allSaved(bobDoc)]);
    await eventually(() => aliceDoc.text() === bobDoc.text());

    const thread = await placeOf(bob, document.id);
    expect(thread).toMatchObject({ chapter: 'Accueil', textDeleted: false, excerpt: 'horaires ne sont pas affichés' });
    // What the anchor covers now, read back in a third copy of the document as the browser would: words typed at the
    // very start of the passage join it (the start holds to the character before it), those before it do not.
    const reader = await openLive(app.url, bob, document.id, clients);
    expect(reader.text()).toContain('Par ailleurs, Les nouveaux horaires ne sont pas affichés.');
    expect(textAt(reader.doc, thread.anchor)).toBe('nouveaux horaires ne sont pas affichés');
  });

  it('keeps a discussion anchored to text typed offline, and places it once the text arrives', async () => {
    const { document, alice, bob, aliceDoc, bobDoc } = await setUp();
    aliceDoc.socket.disconnect();
    insertBefore(aliceDoc.doc, 'Ouvrir', 'Proposition écrite hors ligne. ');
    // The comment goes through the API at once; the text it points at is still only on Alice's device.
    const anchor = anchorOf(aliceDoc.doc, 'Proposition écrite hors ligne.');
    const { createThread } = await alice.ok(CREATE_THREAD, { input: { documentId: document.id, body: 'Qu’en pensez-vous ?', anchor } });
    expect(createThread.thread).toMatchObject({ excerpt: 'Proposition écrite hors ligne.', chapter: null, textDeleted: false });

    // Meanwhile Bob adds a chapter above; then Alice comes back online and both edits merge.
    insertHeading(bobDoc.doc, 4, 2, 'Nouvelles pistes');
    await allSaved(bobDoc);
    aliceDoc.socket.connect();
    await eventually(() => bobDoc.text().includes('Proposition écrite hors ligne.'));
    await allSaved(aliceDoc);
    await eventually(async () => (await placeOf(bob, document.id)).chapter === 'Nouvelles pistes');
    expect(await placeOf(bob, document.id)).toMatchObject({ textDeleted: false, excerpt: 'Proposition écrite hors ligne.' });
  });

  it('says « texte supprimé » when its passage is deleted, keeping the discussion and the original excerpt', async () => {
    const { document, alice, aliceDoc, bobDoc } = await setUp();
    await alice.ok(CREATE_THREAD, {
      input: { documentId: document.id, body: 'Trop long ?', anchor: anchorOf(aliceDoc.doc, 'attendent trop longtemps') },
    });
    deleteText(bobDoc.doc, 'attendent trop longtemps');
    await allSaved(bobDoc);
    expect(await placeOf(alice, document.id)).toMatchObject({ textDeleted: true, excerpt: 'attendent trop longtemps', chapter: 'Constat' });
    // Undoing by retyping the same words elsewhere does not bring it back: the passage itself is gone.
    insertBefore(bobDoc.doc, 'au guichet', 'attendent trop longtemps ');
    await allSaved(bobDoc);
    expect((await placeOf(alice, document.id)).textDeleted).toBe(true);
  });

  it('says « texte supprimé » when the whole paragraph is deleted', async () => {
    const { document, alice, aliceDoc, bobDoc } = await setUp();
    await alice.ok(CREATE_THREAD, {
      input: { documentId: document.id, body: 'Samedi ?', anchor: anchorOf(aliceDoc.doc, 'permanence le samedi') },
    });
    bobDoc.doc.getXmlFragment('default').delete(4, 1);
    await allSaved(bobDoc);
    expect(await placeOf(alice, document.id)).toMatchObject({ textDeleted: true, chapter: 'Propositions', excerpt: 'permanence le samedi' });
  });
});
