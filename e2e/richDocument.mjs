// A document that holds every kind of block and mark of the editor's schema, written into a public space through
// live editing (as the editor itself would), for the browser tests that check how documents read.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'server', 'package.json'));
const { HocuspocusProvider, HocuspocusProviderWebsocket } = require('@hocuspocus/provider');
const WebSocket = require('ws');
const { replaceYDocContent } = require('@cocon/shared');

// The smallest PNG there is (one transparent pixel).
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const text = (value, marks) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const p = (...content) => ({ type: 'paragraph', content });
const cell = (type, value, attrs) => ({ type, ...(attrs ? { attrs } : {}), content: [p(text(value))] });

export const RICH_TITLE = 'Tout ce qu’un document peut contenir';

function richContent(imageSrc) {
  return {
    type: 'doc',
    content: [
      p(
        text('Un paragraphe avec du '),
        text('gras', [{ type: 'bold' }]),
        text(', de l’'),
        text('italique', [{ type: 'italic' }]),
        text(', du '),
        text('souligné', [{ type: 'underline' }]),
        text(', du '),
        text('barré', [{ type: 'strike' }]),
        text(', du '),
        text('code', [{ type: 'code' }]),
        text(', un '),
        text('surlignage', [{ type: 'highlight' }]),
        text(' et '),
        text('les deux', [{ type: 'bold' }, { type: 'italic' }]),
        text('.'),
      ),
      { type: 'heading', attrs: { level: 1 }, content: [text('Un titre de niveau 1')] },
      p(
        text('Un lien vers '),
        text('la Ville de Rennes', [
          { type: 'link', attrs: { href: 'https://metropole.rennes.fr', target: null, rel: 'noopener noreferrer nofollow', class: null } },
        ]),
        text(', une adresse '),
        text('contact@cocon.test', [
          { type: 'link', attrs: { href: 'mailto:contact@cocon.test', target: null, rel: 'noopener noreferrer nofollow', class: null } },
        ]),
        text(' et une mention de '),
        { type: 'mention', attrs: { kind: 'PERSON', id: '00000000-0000-4000-8000-000000000001', label: 'Lucas Perrin' } },
        text(' puis de '),
        { type: 'mention', attrs: { kind: 'STRUCTURE', id: '00000000-0000-4000-8000-000000000002', label: 'CAF' } },
        text('.'),
      ),
      { type: 'heading', attrs: { level: 2 }, content: [text('Des listes')] },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(text('Premier point')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Sous-point'))] }] }] },
          { type: 'listItem', content: [p(text('Second point'))] },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 3, type: null },
        content: [
          { type: 'listItem', content: [p(text('Troisième étape'))] },
          { type: 'listItem', content: [p(text('Quatrième étape'))] },
        ],
      },
      { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [p(text('Une liste qui commence à 1'))] }] },
      {
        type: 'taskList',
        content: [
          { type: 'taskItem', attrs: { checked: true }, content: [p(text('Réserver la salle'))] },
          {
            type: 'taskItem',
            attrs: { checked: false },
            content: [
              p(text('Envoyer l’invitation')),
              { type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: false }, content: [p(text('Relire'))] }] },
            ],
          },
        ],
      },
      { type: 'heading', attrs: { level: 3 }, content: [text('Un tableau')] },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Service'), cell('tableHeader', 'Lieux')] },
          { type: 'tableRow', content: [cell('tableCell', 'Wifi public'), cell('tableCell', '2')] },
          { type: 'tableRow', content: [cell('tableCell', 'Deux colonnes', { colspan: 2, rowspan: 1, colwidth: null })] },
        ],
      },
      { type: 'heading', attrs: { level: 4 }, content: [text('Des encadrés')] },
      { type: 'callout', attrs: { tone: 'info' }, content: [p(text('Une information.'))] },
      {
        type: 'callout',
        attrs: { tone: 'warning' },
        content: [p(text('Attention à la date.')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Dans un encadré'))] }] }],
      },
      { type: 'callout', attrs: { tone: 'success' }, content: [p(text('C’est fait.'))] },
      { type: 'heading', attrs: { level: 2 }, content: [text('Des listes')] },
      { type: 'blockquote', content: [p(text('Une citation'), { type: 'hardBreak' }, text('sur deux lignes.'))] },
      { type: 'codeBlock', attrs: { language: null }, content: [text('const a = 1;\nconst b = 2;')] },
      { type: 'horizontalRule' },
      { type: 'image', attrs: { src: imageSrc, alt: 'Un pixel transparent', title: null, width: null, height: null } },
      p(),
      p(text('Fin du document.')),
    ],
  };
}

async function graphql(url, cookie, query, variables = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? cookie };
}

/** Creates the document in the public « Socle commun » space and returns its address once its content is stored. */
export async function createRichDocument(url) {
  const { cookie } = await graphql(url, null, 'mutation { login(email: "admin@cocon.test", password: "cocon-demo") { id } }');
  const { data: spaces } = await graphql(url, cookie, '{ spaces { id slug } }');
  const space = spaces.spaces.find((candidate) => candidate.slug === 'socle-commun');
  const { data: created } = await graphql(url, cookie, 'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id slug } }', {
    input: { spaceId: space.id, title: RICH_TITLE },
  });
  const { id, slug } = created.createDocument;
  const upload = await fetch(`${url}/api/documents/${id}/images`, { method: 'POST', headers: { cookie, 'content-type': 'image/png' }, body: PIXEL });
  if (!upload.ok) throw new Error(`image upload: ${upload.status} ${await upload.text()}`);
  const image = await upload.json();
  const content = richContent(image.src ?? `/api/images/${image.id}`);

  const { data: tokenData } = await graphql(url, cookie, 'query ($id: ID!) { collabToken(documentId: $id) }', { id });
  const socket = new HocuspocusProviderWebsocket({ url: `${url.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: WebSocket });
  const provider = await new Promise((resolve, reject) => {
    const opened = new HocuspocusProvider({
      websocketProvider: socket,
      name: id,
      token: tokenData.collabToken,
      onSynced: () => resolve(opened),
      onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
    });
    opened.attach();
  });
  replaceYDocContent(provider.document, content);
  while (provider.hasUnsyncedChanges) await new Promise((resolve) => setTimeout(resolve, 50));
  socket.destroy();
  // The server folds live changes into the stored content a moment later; readers without live editing read that.
  for (let i = 0; i < 100; i++) {
    const { data } = await graphql(url, cookie, 'query ($id: ID!) { document(id: $id) { content } }', { id });
    if (JSON.stringify(data.document.content).includes('Fin du document.')) return { id, slug, path: `/d/${id}/${slug}` };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the rich document’s content was never stored');
}
