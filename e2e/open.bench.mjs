// Opening a document of 300,000 characters (`npm run bench:open`, after a build): the built server on a fresh
// embedded database, a document filled with headings, paragraphs and lists, then
// - server: from opening the socket to the first sync, document not loaded (read from the database) and loaded;
// - client: in headless Chromium, from navigation to an editor that can be typed in with the whole text shown,
//   in a fresh browser context each time (no copy on the device), then with the device's copy (IndexedDB);
// - pages: what a fresh browser downloads to show the home page (without and with an account), a public document,
//   the public archive, an archived version and the editor, with the time until each page shows its content.
//   JavaScript is counted as sent (brotli, which Chromium asks for), as gzip would send it, and uncompressed.
// Prints p50 and p95 over BENCH_RUNS runs (default 7); the last line is one JSON object.
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, startServer } from './harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'server', 'package.json'));
const { HocuspocusProvider, HocuspocusProviderWebsocket } = require('@hocuspocus/provider');
const WebSocket = require('ws');
const Y = require('yjs');

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CHARACTERS = 300_000;
const SENTENCES = [
  'Les permanences numériques accueillent chaque semaine des habitants qui veulent faire leurs démarches en ligne.',
  'Le socle commun précise ce que chaque Espace Social Commun propose : accès libre, accompagnement et démarches.',
  'Les structures partenaires partagent leurs outils de médiation et forment ensemble les nouveaux bénévoles.',
  'La consultation de quartier a fait remonter le besoin d’horaires élargis le samedi matin.',
];

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

function connect(url, documentId, token) {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: `${url.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: WebSocket });
  const synced = new Promise((resolve, reject) => {
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentId,
      document: doc,
      token,
      onSynced: () => resolve(provider),
      onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
    });
    provider.attach();
  });
  return { doc, synced, destroy: () => socket.destroy() };
}

/** Headings, paragraphs and lists, as the editor writes them into Yjs, up to `CHARACTERS` characters of text. */
function fill(doc) {
  const fragment = doc.getXmlFragment('default');
  const block = (type, text, attrs = {}) => {
    const element = new Y.XmlElement(type);
    for (const [key, value] of Object.entries(attrs)) element.setAttribute(key, value);
    const content = new Y.XmlText();
    content.insert(0, text);
    element.insert(0, [content]);
    return element;
  };
  let written = 0;
  let part = 0;
  const blocks = [];
  while (written < CHARACTERS) {
    const title = `Partie ${++part} : moyens et objectifs`;
    blocks.push(block('heading', title, { level: 2 }));
    written += title.length;
    for (let i = 0; i < 8 && written < CHARACTERS; i++) {
      const text = Array.from({ length: 4 }, (_, k) => SENTENCES[(i + k) % SENTENCES.length]).join(' ');
      blocks.push(block('paragraph', text));
      written += text.length;
    }
    const list = new Y.XmlElement('bulletList');
    list.insert(
      0,
      ['Wifi public', 'Ordinateurs en libre-service', 'Bornes CAF'].map((text) => {
        const item = new Y.XmlElement('listItem');
        item.insert(0, [block('paragraph', text)]);
        written += text.length;
        return item;
      }),
    );
    blocks.push(list);
  }
  doc.transact(() => fragment.insert(0, blocks));
  return { written, last: `Partie ${part} : moyens et objectifs` };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const summary = (values) => ({ p50_ms: Math.round(percentile(values, 50)), p95_ms: Math.round(percentile(values, 95)), runs: values.length });
const line = (label, values) =>
  console.log(`${label.padEnd(58)} p50 ${summary(values).p50_ms} ms   p95 ${summary(values).p95_ms} ms   (${values.length} runs)`);
const kB = (bytes) => Math.round(bytes / 102.4) / 10;

/** The size of a file as the server sends it with this Accept-Encoding, read off the wire (not decoded). */
const sentBytes = (url, encoding) =>
  new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk) => (bytes += chunk.length));
        response.on('end', () => resolve(bytes));
      })
      .on('error', reject);
  });

/**
 * Opens `address` in a fresh browser (nothing cached) and waits for `ready` (a function run in the page that
 * answers when its content shows). Returns the time since navigation and what travelled, scripts apart.
 */
async function openPage(address, cookie, ready) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  if (cookie) await context.addCookies([cookie]);
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.goto(address);
  const shown = await (await page.waitForFunction(ready, null, { polling: 'raf', timeout: 60000 })).jsonValue();
  // Whatever the page loads once shown (the sidebar, lazy parts) counts too.
  await page.waitForLoadState('networkidle');
  const transfers = await Promise.all(
    finished.map(async (request) => ({ url: request.url(), script: request.resourceType() === 'script', sizes: await request.sizes() })),
  );
  await context.close();
  const scripts = transfers.filter((transfer) => transfer.script);
  const [gzip, raw] = await Promise.all(
    ['gzip', 'identity'].map(async (encoding) => (await Promise.all(scripts.map((script) => sentBytes(script.url, encoding)))).reduce((a, b) => a + b, 0)),
  );
  return {
    shown,
    bytes: {
      requests: transfers.length,
      js_files: scripts.length,
      js_sent_kb: kB(scripts.reduce((sum, { sizes }) => sum + sizes.responseBodySize, 0)),
      js_gzip_kb: kB(gzip),
      js_raw_kb: kB(raw),
      total_kb: kB(transfers.reduce((sum, { sizes }) => sum + sizes.responseBodySize + sizes.responseHeadersSize, 0)),
    },
  };
}

// The budgets of issue 13, in kB of gzip JavaScript.
const BUDGETS = { public_document: 150, public_archive: 150, editor: 350 };

const server = await startServer();
const browser = await launchBrowser();
try {
  let { cookie } = await graphql(server.url, null, 'mutation { login(email: "redaction@cocon.test", password: "cocon-demo") { id } }');
  const { data: spaces } = await graphql(server.url, cookie, '{ spaces { id slug } }');
  const space = spaces.spaces.find((candidate) => candidate.slug === 'acte-3');
  const { data: created } = await graphql(server.url, cookie, 'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id slug } }', {
    input: { spaceId: space.id, title: 'Document de 300 000 caractères' },
  });
  const { id: documentId, slug } = created.createDocument;
  const token = async () => (await graphql(server.url, cookie, 'query ($id: ID!) { collabToken(documentId: $id) }', { id: documentId })).data.collabToken;

  const writer = connect(server.url, documentId, await token());
  const provider = await writer.synced;
  const { written, last } = fill(writer.doc);
  while (provider.hasUnsyncedChanges) await new Promise((resolve) => setTimeout(resolve, 50));
  writer.destroy();
  const stateBytes = Y.encodeStateAsUpdate(writer.doc).byteLength;
  console.log(`document: ${written.toLocaleString('fr-FR')} characters, Yjs state ${(stateBytes / 1024).toFixed(0)} kB`);
  await new Promise((resolve) => setTimeout(resolve, 3000));

  const openOnce = async () => {
    const given = await token();
    const started = performance.now();
    const client = connect(server.url, documentId, given);
    await client.synced;
    const elapsed = performance.now() - started;
    client.destroy();
    return elapsed;
  };
  const cold = [];
  for (let i = 0; i < RUNS; i++) {
    cold.push(await openOnce());
    // Alone in the document, the server stores and unloads it: the next open reads it from the database again.
    await new Promise((resolve) => setTimeout(resolve, 2500));
  }
  const holder = connect(server.url, documentId, await token());
  await holder.synced;
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await openOnce());
  holder.destroy();
  await new Promise((resolve) => setTimeout(resolve, 2500));

  const address = `${server.url}/d/${documentId}/${slug}`;
  const [name, value] = cookie.split('=');
  // Polled by the page itself: the time since navigation when the editor takes input and shows the last heading.
  // A function, not a string: the page's Content-Security-Policy rightly forbids eval.
  const editable = (page) =>
    page.waitForFunction(
      (heading) => {
        const editor = document.querySelector('.collab-editor .ProseMirror[contenteditable="true"]');
        return editor && editor.textContent.includes(heading) ? performance.now() : false;
      },
      last,
      { polling: 'raf', timeout: 60000 },
    );
  const browserCold = [];
  const browserWarm = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(address);
    browserCold.push(await (await editable(page)).jsonValue());
    // Same device again: the copy kept in IndexedDB is shown while the server answers.
    await page.waitForTimeout(1000);
    await page.goto(address);
    browserWarm.push(await (await editable(page)).jsonValue());
    await context.close();
  }

  const { data: archived } = await graphql(server.url, null, '{ archivedVersion(archiveSlug: "socle-commun", slug: "v1") { document { id slug } } }');
  const publicDocument = archived.archivedVersion.document;
  const sessionCookie = { name, value, url: server.url };
  const heading = () => (document.querySelector('main h1') ? performance.now() : false);
  const pages = {
    home_anonymous: [`${server.url}/`, null, heading],
    home_signed_in: [`${server.url}/`, sessionCookie, heading],
    public_document: [
      `${server.url}/d/${publicDocument.id}/${publicDocument.slug}`,
      null,
      () => (document.querySelector('.reading-main .document-body p') ? performance.now() : false),
    ],
    public_archive: [
      `${server.url}/archives`,
      null,
      () => (document.querySelector('main h1') && document.querySelector('main a[href^="/archives/"]') ? performance.now() : false),
    ],
    archived_version: [
      `${server.url}/archives/socle-commun/v1`,
      null,
      () => (document.querySelector('.archive-text .document-body p') ? performance.now() : false),
    ],
    editor: [
      `${server.url}/d/${publicDocument.id}/${publicDocument.slug}`,
      sessionCookie,
      () => (document.querySelector('.collab-editor .ProseMirror[contenteditable="true"] p') ? performance.now() : false),
    ],
  };
  const pageFigures = {};
  for (const [label, [pageAddress, pageCookie, ready]] of Object.entries(pages)) {
    const times = [];
    let bytes;
    for (let i = 0; i < RUNS; i++) {
      const opened = await openPage(pageAddress, pageCookie, ready);
      times.push(opened.shown);
      bytes ??= opened.bytes;
    }
    pageFigures[label] = { ...bytes, shown: summary(times) };
  }

  line('server: socket opened → first sync, document read from DB', cold);
  line('server: socket opened → first sync, document already open', warm);
  line('client: navigation → editable, new device (Chromium)', browserCold);
  line('client: navigation → editable, copy on the device', browserWarm);
  for (const [label, figures] of Object.entries(pageFigures)) {
    const budget = BUDGETS[label] ? `   budget ${BUDGETS[label]} kB gzip: ${figures.js_gzip_kb <= BUDGETS[label] ? 'within' : 'OVER'}` : '';
    console.log(
      `page: ${label.replaceAll('_', ' ').padEnd(17)} shown p50 ${String(figures.shown.p50_ms).padStart(4)} ms p95 ${String(figures.shown.p95_ms).padStart(4)} ms   ` +
        `JS ${String(figures.js_files).padStart(2)} files ${figures.js_sent_kb} kB sent (br), ${figures.js_gzip_kb} kB gzip, ${figures.js_raw_kb} kB raw   ` +
        `all ${figures.requests} requests ${figures.total_kb} kB${budget}`,
    );
  }
  console.log(
    JSON.stringify({
      characters: written,
      state_kb: Math.round(stateBytes / 1024),
      server_first_sync_cold: summary(cold),
      server_first_sync_warm: summary(warm),
      client_editable_new_device: summary(browserCold),
      client_editable_with_local_copy: summary(browserWarm),
      pages: pageFigures,
    }),
  );
} finally {
  await browser.close();
  await server.stop();
}
