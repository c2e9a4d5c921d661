import * as Y from 'yjs';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { appendParagraph, eventually, openLive, type CollabClient } from '../../collaboration/__tests__/collab-clients';

const NOTIFICATIONS = `{ notifications(first: 10) { unreadCount items { kind summary link threadId excerpt structure { shortName } } } }`;
const CONTENT = 'query ($id: ID!) { document(id: $id) { content } }';

/** Types a paragraph holding a mention, as the editor does after « @ ». */
function appendMention(doc: Y.Doc, kind: 'PERSON' | 'STRUCTURE', id: string, label: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  const mention = new Y.XmlElement('mention');
  mention.setAttribute('kind', kind);
  mention.setAttribute('id', id);
  mention.setAttribute('label', label);
  const before = new Y.XmlText();
  before.insert(0, 'Avis de ');
  paragraph.insert(0, [before, mention]);
  doc.getXmlFragment('default').push([paragraph]);
}

describe('mentions written in a document', () => {
  let app: TestApp;
  const clients: CollabClient[] = [];
  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterEach(() => clients.splice(0).forEach((client) => client.destroy()));
  afterAll(() => app.stop());

  const notifications = async (client: ApiClient) => (await client.ok(NOTIFICATIONS)).notifications;
  const saved = (writer: ApiClient, documentId: string, text: string) =>
    eventually(async () => JSON.stringify((await writer.ok(CONTENT, { id: documentId })).document.content).includes(text), 15000);

  it('tells the person and the members of a structure once, with a link to the mention, however often it is saved', async () => {
    const space = await app.createSpace({ visibility: 'MEMBERS' });
    const document = await app.createDocument(space, { title: 'Socle commun 2026' });
    const caf = await app.createStructure({ shortName: 'CAF' });
    const { client: writer } = await app.as('GROUPE_NUMERIQUE', { name: 'Julie Roux' });
    const { client: mentioned, user } = await app.as('REFERENT_NUMERIQUE', { name: 'Hélène Le Gall' });
    const { client: cafMember } = await app.as('MEMBRE', { structureId: caf.id });

    const editor = await openLive(app.url, writer, document.id, clients);
    appendMention(editor.doc, 'PERSON', user.id, 'Hélène Le Gall');
    appendMention(editor.doc, 'STRUCTURE', caf.id, 'CAF');
    await saved(writer, document.id, caf.id);
    await eventually(async () => (await notifications(mentioned)).unreadCount === 1, 5000);
    expect((await notifications(mentioned)).items).toEqual([
      {
        kind: 'MENTION',
        summary: expect.stringMatching(/^Julie Roux.* vous mentionne dans «\u202fSocle commun 2026\u202f»$/),
        link: `/d/${document.id}/${document.slug}?mention=${user.id}`,
        threadId: null,
        excerpt: null,
        structure: null,
      },
    ]);
    expect((await notifications(cafMember)).items).toEqual([
      expect.objectContaining({ kind: 'STRUCTURE_MENTION', link: `/d/${document.id}/${document.slug}?mention=${caf.id}`, structure: { shortName: 'CAF' } }),
    ]);
    expect((await notifications(writer)).unreadCount).toBe(0);

    appendParagraph(editor.doc, 'Une phrase de plus.');
    appendMention(editor.doc, 'PERSON', user.id, 'Hélène Le Gall');
    await saved(writer, document.id, 'Une phrase de plus.');
    expect((await notifications(mentioned)).unreadCount).toBe(1);
    expect((await notifications(cafMember)).unreadCount).toBe(1);
  });

  it('tells no one who cannot read the document', async () => {
    const space = await app.createSpace({ visibility: 'RESTRICTED', allowedRoles: ['GROUPE_NUMERIQUE'] });
    const document = await app.createDocument(space);
    const { client: writer } = await app.as('GROUPE_NUMERIQUE');
    const { client: outsider, user } = await app.as('MEMBRE');
    const editor = await openLive(app.url, writer, document.id, clients);
    appendMention(editor.doc, 'PERSON', user.id, user.name);
    await saved(writer, document.id, user.id);
    expect((await notifications(outsider)).unreadCount).toBe(0);
  });
});
