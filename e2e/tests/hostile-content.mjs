// Hostile content sent the three ways it can reach Cocon — live editing (a hand-made client, past the editor),
// pasting into the editor, and comments — then read back in the light reader, the live editor and the discussions,
// with traps set: no payload may run a script, open a dialog, or make the browser fetch from another site.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, heading, login } from '../harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(ROOT, 'server', 'package.json'));
const { HocuspocusProvider, HocuspocusProviderWebsocket } = require('@hocuspocus/provider');
const WebSocket = require('ws');
const Y = require('yjs');
const { COLLAB_CONTENT_REFUSED } = require('@cocon/shared');
const corpus = require(path.join(ROOT, 'shared/src/__tests__/fixtures/hostile-content.cjs'));

const TITLE = 'Contenu piégé';

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

/** A live client as the editor's, but driven by hand; resolves once synced. */
async function openLive(url, cookie, documentId) {
  const { data } = await graphql(url, cookie, 'query ($id: ID!) { collabToken(documentId: $id) }', { id: documentId });
  const socket = new HocuspocusProviderWebsocket({ url: `${url.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: WebSocket });
  const provider = await new Promise((resolve, reject) => {
    const opened = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentId,
      token: data.collabToken,
      onSynced: () => resolve(opened),
      onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
    });
    opened.attach();
  });
  return { provider, close: () => socket.destroy() };
}

/** Pushes a block; resolves with the server's reason if it ends the connection, or null once the change is saved. */
async function push(provider, block) {
  const closed = new Promise((resolve) => provider.on('close', ({ event }) => resolve(event.reason)));
  provider.document.getXmlFragment('default').push([corpus.blockToY(Y, block)]);
  const saved = (async () => {
    while (provider.hasUnsyncedChanges) await new Promise((resolve) => setTimeout(resolve, 20));
    return null;
  })();
  return Promise.race([closed, saved]);
}

/** Counts what a page does that it never should: scripts of the payloads, dialogs, requests to other sites. */
async function trapped(context, url) {
  const events = [];
  await context.addInitScript(() => {
    window.__pwned = undefined;
  });
  context.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('request', (request) => {
    if (!request.url().startsWith(url) && !/^(data|blob|about):/.test(request.url())) events.push(`request: ${request.url()}`);
  });
  const check = async (page, where) => {
    const pwned = await page.evaluate(() => window.__pwned);
    if (pwned !== undefined) events.push(`window.__pwned set on ${where}`);
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const href of hrefs) if (/^\s*(javascript|data|vbscript):/i.test(href)) events.push(`link ${href} on ${where}`);
    const sources = await page.locator('main img').evaluateAll((images) => images.map((image) => image.getAttribute('src')));
    for (const src of sources)
      if (src && !src.startsWith('/api/images/') && !src.startsWith('data:image/svg') && !src.startsWith('/assets/')) events.push(`image ${src} on ${where}`);
    const handlers = await page
      .locator('main [onclick], main [onerror], main [onload], main [onmouseover], main iframe, main script, main object, main embed')
      .count();
    if (handlers) events.push(`${handlers} elements with handlers or frames on ${where}`);
  };
  return { events, check };
}

/** The hostile HTML a person might copy from a page: every refused address and image, and tags that run code. */
function hostileHtml() {
  const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const handlers = `onclick="${corpus.TRAP}" onmouseover="${corpus.TRAP}" class="bouton" target="_blank" rel="opener"`;
  return [
    ...corpus.refusedHrefs.slice(0, 30).map((href) => `<p>Collé <a href="${attribute(href)}" ${handlers}>lien</a>.</p>`),
    ...corpus.refusedImageSources.map((src) => `<img src="${attribute(src)}" onerror="${corpus.TRAP}">`),
    ...['script', 'iframe', 'object', 'embed', 'svg', 'style'].map((tag) => `<${tag} onload="${corpus.TRAP}">${corpus.TRAP}</${tag}>`),
    `<p style="color:red" onclick="${corpus.TRAP}">Collé en dernier.</p>`,
  ].join('');
}

export const tests = [
  [
    `hostile content (${corpus.refused.length + corpus.allowed.length} payloads live, pasted HTML, comments) runs no script in the reader, the editor or the discussions`,
    async ({ browser, context, url }) => {
      const { cookie } = await graphql(url, null, 'mutation { login(email: "admin@cocon.test", password: "cocon-demo") { id } }');
      const { data: spaces } = await graphql(url, cookie, '{ spaces { id slug } }');
      const space = spaces.spaces.find((candidate) => candidate.slug === 'socle-commun');
      const { data: created } = await graphql(url, cookie, 'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id slug } }', {
        input: { spaceId: space.id, title: TITLE },
      });
      const { id, slug } = created.createDocument;
      const address = `${url}/d/${id}/${slug}`;

      // Live: every refused payload ends its connection with the reason; the allowed ones are saved.
      const accepted = [];
      for (const { name, block } of corpus.refused) {
        const live = await openLive(url, cookie, id);
        const reason = await push(live.provider, block);
        live.close();
        if (reason !== COLLAB_CONTENT_REFUSED) accepted.push(`${name}: ${reason ?? 'saved'}`);
      }
      expect(accepted.length === 0, `payloads not refused:\n  ${accepted.join('\n  ')}`);
      const writer = await openLive(url, cookie, id);
      for (const { name, block } of corpus.allowed) expect((await push(writer.provider, block)) === null, `allowed payload refused: ${name}`);
      writer.close();

      // Comments: plain text, whatever they hold.
      for (const { block } of [...corpus.refused.slice(0, 40), ...corpus.allowed]) {
        await graphql(url, cookie, 'mutation ($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }', {
          input: { documentId: id, body: `Voir <a href="javascript:${corpus.TRAP}">ici</a> ${JSON.stringify(block).slice(0, 300)}` },
        });
      }

      // Pasted into the real editor: kept only as the rules allow, and saved (never refused by the server).
      const { events, check } = await trapped(context, url);
      const editorPage = await context.newPage();
      await login(editorPage, url, 'admin@cocon.test');
      await editorPage.goto(address);
      await heading(editorPage, TITLE).waitFor();
      const editor = editorPage.getByRole('textbox', { name: 'Contenu du document' });
      await editor.click();
      await editorPage.keyboard.press('Control+End');
      await editor.evaluate((element, html) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'collé');
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, hostileHtml());
      await editorPage.getByText('Collé en dernier.').waitFor();
      await editorPage.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();
      expect((await editorPage.getByText('La modification de ce document s’est arrêtée').count()) === 0, 'the server refused what was pasted');
      await editorPage.getByRole('complementary', { name: 'Discussions' }).getByText(corpus.TRAP, { exact: false }).first().waitFor();
      await check(editorPage, 'the editor');

      // A member reads live, a visitor reads the light page and the summary of the discussions.
      const member = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
      const visitor = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
      try {
        const memberTraps = await trapped(member, url);
        const visitorTraps = await trapped(visitor, url);
        const live = await member.newPage();
        await login(live, url, 'membre@cocon.test');
        await live.goto(address);
        await live.locator('.collab-editor .ProseMirror', { hasText: 'Collé en dernier.' }).waitFor();
        await live.locator('.collab-editor .ProseMirror').getByText(`<script>${corpus.TRAP}</script>`, { exact: true }).first().waitFor();
        await memberTraps.check(live, 'the member’s live view');

        const reader = await visitor.newPage();
        for (let attempt = 0; ; attempt++) {
          await reader.goto(address);
          await heading(reader, TITLE).waitFor();
          if ((await reader.getByText('Collé en dernier.').count()) > 0) break;
          expect(attempt < 40, 'the pasted text never reached the saved content');
          await reader.waitForTimeout(500);
        }
        await reader.locator('.document-body').getByText(`<img src=x onerror="${corpus.TRAP}">`, { exact: true }).first().waitFor();
        await visitorTraps.check(reader, 'the visitor’s page');
        // Discussions are for members: the summary is read in the member's browser.
        const summary = await member.newPage();
        await summary.goto(`${address}/commentaires`);
        await summary.getByText(corpus.TRAP, { exact: false }).first().waitFor();
        await memberTraps.check(summary, 'the summary of the discussions');
        await reader.waitForTimeout(500);
        const all = [...events, ...memberTraps.events, ...visitorTraps.events];
        expect(all.length === 0, `what the payloads did:\n  ${all.join('\n  ')}`);
      } finally {
        await member.close();
        await visitor.close();
      }
    },
  ],
];
