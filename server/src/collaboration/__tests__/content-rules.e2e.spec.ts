import { build, COLLAB_CONTENT_REFUSED, documentToText, findContentProblem, type JSONContent } from '@cocon/shared';
import * as Y from 'yjs';
import type { ApiClient } from '../../../test/api-client';
import { TestApp } from '../../../test/test-app';
import { CollaborationServer } from '../collaboration.server';
import { allowed, blockToY, refused, TRAP } from '../../../../shared/src/__tests__/fixtures/hostile-content.cjs';
import { allSaved, appendParagraph, eventually, openLive, type CollabClient } from './collab-clients';
import { closeReason, sendRaw, updateFor, updateFrame } from './raw-frames';

const CREATE_THREAD = 'mutation ($input: CreateThreadInput!) { createThread(input: $input) { comment { id body } } }';

describe('the editor’s schema and content rules, enforced on every live change', () => {
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
  const storedContent = async (documentId: string): Promise<JSONContent> =>
    (await writer.ok('query ($id: ID!) { document(id: $id) { content } }', { id: documentId })).document.content;

  /** Sends a change as the editor does (through the provider); resolves with the reason the server closed, or null once saved. */
  async function tryChange(client: CollabClient, change: (doc: Y.Doc) => void): Promise<string | null> {
    const closed = closeReason(client);
    change(client.doc);
    return Promise.race([closed, allSaved(client).then(() => null)]);
  }

  it(`refuses each of the ${refused.length} hostile payloads, stores nothing of them, and keeps the document as it was`, async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space, { content: build.doc(build.p('Intact.')) });
    const outcomes: string[] = [];
    for (const { name, block } of refused) {
      const client = await openLive(app.url, writer, document.id, clients);
      const reason = await tryChange(client, (doc) => doc.getXmlFragment('default').push([blockToY(Y, block)]));
      if (reason !== COLLAB_CONTENT_REFUSED) outcomes.push(`${name}: ${reason ?? 'saved'}`);
      client.destroy();
    }
    expect(outcomes).toEqual([]);
    expect(await logCount(document.id)).toBe(0);
    const reader = await openLive(app.url, writer, document.id, clients);
    expect(reader.text()).toBe('Intact.');
  });

  it(`keeps the ${allowed.length} payloads the editor could have written, and saves them as written`, async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space, { content: build.doc(build.p('Début.')) });
    const editor = await openLive(app.url, writer, document.id, clients);
    for (const { name, block } of allowed) {
      expect([name, await tryChange(editor, (doc) => doc.getXmlFragment('default').push([blockToY(Y, block)]))]).toEqual([name, null]);
    }
    const expected = documentToText({ type: 'doc', content: [build.p('Début.'), ...allowed.map(({ block }) => block)] });
    await eventually(async () => documentToText(await storedContent(document.id)) === expected, 15000);
    expect(findContentProblem(await storedContent(document.id))).toBeNull();
    expect(JSON.stringify(await storedContent(document.id))).toContain(TRAP);
  });

  it('refuses a forbidden value set on a block or a text already there', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space, { content: build.doc(build.h(2, 'Titre'), build.p('Un paragraphe.')) });
    const fragment = (doc: Y.Doc) => doc.getXmlFragment('default');
    const changes: [string, (doc: Y.Doc) => void][] = [
      ['a heading made level 9', (doc) => (fragment(doc).get(0) as Y.XmlElement).setAttribute('level', 9 as unknown as string)],
      ['an onclick on a paragraph', (doc) => (fragment(doc).get(1) as Y.XmlElement).setAttribute('onclick', TRAP)],
      [
        'a javascript: link on existing text',
        (doc) => ((fragment(doc).get(1) as Y.XmlElement).get(0) as Y.XmlText).format(0, 3, { link: { href: `javascript:${TRAP}` } }),
      ],
      ['an unknown mark on existing text', (doc) => ((fragment(doc).get(1) as Y.XmlElement).get(0) as Y.XmlText).format(0, 3, { script: {} })],
      ['a map among the blocks', (doc) => fragment(doc).push([new Y.Map() as unknown as Y.XmlElement])],
      ['an embed inside a text', (doc) => ((fragment(doc).get(1) as Y.XmlElement).get(0) as Y.XmlText).insertEmbed(0, { script: TRAP })],
      ['an attribute on a text', (doc) => ((fragment(doc).get(1) as Y.XmlElement).get(0) as Y.XmlText).setAttribute('onclick', TRAP)],
      ['another root field', (doc) => doc.getMap('script').set('x', TRAP)],
      ['a hook element', (doc) => fragment(doc).push([new Y.XmlHook('script') as unknown as Y.XmlElement])],
    ];
    const outcomes: string[] = [];
    for (const [name, change] of changes) {
      const client = await openLive(app.url, writer, document.id, clients);
      const reason = await tryChange(client, change);
      if (reason !== COLLAB_CONTENT_REFUSED) outcomes.push(`${name}: ${reason ?? 'saved'}`);
      client.destroy();
    }
    expect(outcomes).toEqual([]);
    const reader = await openLive(app.url, writer, document.id, clients);
    expect(reader.text()).toBe('Titre\nUn paragraphe.');
  });

  it('keeps saving a document whose state already held an unknown node, without it', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space, { content: build.doc(build.p('Ancien.')) });
    const editor = await openLive(app.url, writer, document.id, clients);
    const legacy = updateFor(editor.doc, (doc) =>
      doc.getXmlFragment('default').push([blockToY(Y, refused.find(({ name }) => name === 'unknown node « script »')!.block)]),
    );
    editor.destroy();
    await eventually(() => !app.running.app.get(CollaborationServer).hocuspocus.documents.has(document.id));
    // As a server before these checks would have stored it.
    await app.dataSource.query('INSERT INTO document_update ("documentId", update) VALUES ($1, $2)', [document.id, Buffer.from(legacy)]);

    const next = await openLive(app.url, writer, document.id, clients);
    appendParagraph(next.doc, 'Nouveau.');
    await allSaved(next);
    await eventually(async () => JSON.stringify(await storedContent(document.id)).includes('Nouveau.'), 15000);
    const content = await storedContent(document.id);
    expect(documentToText(content)).toBe('Ancien.\nNouveau.');
    expect(findContentProblem(content)).toBeNull();
    expect(await logCount(document.id)).toBe(0);
  });

  it('refuses a hostile change sent by hand, past the provider, the same way', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space, { content: build.doc(build.p('Intact.')) });
    const client = await openLive(app.url, writer, document.id, clients);
    const closed = closeReason(client);
    const update = updateFor(client.doc, (doc) => doc.getXmlFragment('default').push([blockToY(Y, refused[0].block)]));
    sendRaw(client, updateFrame(document.id, update));
    expect(await closed).toBe(COLLAB_CONTENT_REFUSED);
    expect(await logCount(document.id)).toBe(0);
  });

  it('stores comment bodies as the plain text they are: markup and addresses in them are never read as such', async () => {
    const space = await app.createSpace();
    const document = await app.createDocument(space);
    const bodies = [...refused, ...allowed].map(({ block }) => `Voir ${JSON.stringify(block).slice(0, 400)} <a href="javascript:${TRAP}">ici</a>`);
    for (const body of bodies) {
      const { createThread } = await writer.ok(CREATE_THREAD, { input: { documentId: document.id, body } });
      // As stored: one Unicode form, no control characters (see CommentBody).
      // eslint-disable-next-line no-control-regex
      expect(createThread.comment.body).toBe(body.normalize('NFC').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ''));
    }
  });
});
