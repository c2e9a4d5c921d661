import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { expect, expectAccessible, screenshot, login, heading } from '../harness.mjs';

const WORD_PASTE = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../shared/src/__tests__/fixtures/word.html'), 'utf8');

const editorOf = (page) => page.locator('.collab-editor .ProseMirror[contenteditable="true"]');
const status = (page, text) => page.getByRole('status').filter({ hasText: text });

/** A new document in Acte 3, opened by the page: returns its address. */
async function newDocument(page, url, title) {
  await page.goto(`${url}/espaces/acte-3`);
  await heading(page, 'Acte 3').waitFor();
  await page.getByRole('button', { name: 'Nouveau document' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Titre').fill(title);
  await dialog.getByRole('button', { name: /Créer/ }).click();
  await heading(page, title).waitFor();
  await editorOf(page).waitFor();
  return page.url();
}

async function openAs(browser, url, email, address, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  await login(page, url, email);
  await page.goto(address);
  await editorOf(page).waitFor();
  return { context, page };
}

/** A small real PNG (a 24 × 16 blue rectangle). */
function png(width = 24, height = 16) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0)]);
  for (let x = 0; x < width; x++) row.set([29, 79, 145], 1 + x * 3);
  const rows = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const tests = [
  [
    'another writer’s caret shows their name, and text typed offline merges when the connection comes back',
    async ({ browser, context, url }) => {
      const writer = await context.newPage();
      await login(writer, url, 'redaction@cocon.test');
      const address = await newDocument(writer, url, 'Compte rendu écrit hors ligne');
      const { context: other, page: colleague } = await openAs(browser, url, 'gt@cocon.test', address);
      try {
        await editorOf(writer).click();
        await writer.keyboard.type('Ouverture de la séance.');
        await colleague.getByText('Ouverture de la séance.').waitFor();
        await editorOf(colleague).click();
        await colleague.keyboard.press('Control+End');
        await colleague.keyboard.type(' Présents : six structures.');
        // Sophie Lemoine's caret, with her name, in Yann Kerbrat's editor (and his in hers).
        await writer.locator('.collaboration-carets__label', { hasText: 'Sophie Lemoine' }).waitFor();
        await colleague.locator('.collaboration-carets__label', { hasText: 'Yann Kerbrat' }).waitFor();
        await expectAccessible(writer, 'document à deux, avec les curseurs');
        await screenshot(writer, 'editor-carets-1280');

        await other.setOffline(true);
        await status(colleague, 'Hors ligne').waitFor();
        await colleague.keyboard.press('Control+End');
        await colleague.keyboard.press('Enter');
        await colleague.keyboard.type('Tapé sans réseau dans le quartier.');
        await status(colleague, 'vos modifications sont gardées sur cet appareil et seront envoyées au retour du réseau').waitFor();
        await editorOf(writer).click();
        await writer.keyboard.press('Control+End');
        await writer.keyboard.press('Enter');
        await writer.keyboard.type('Tapé au bureau pendant la coupure.');
        await status(writer, 'Enregistré').waitFor();
        await writer.waitForTimeout(1000);
        expect((await writer.getByText('Tapé sans réseau dans le quartier.').count()) === 0, 'offline text reached the other side while offline');
        await expectAccessible(colleague, 'document hors ligne');
        await screenshot(colleague, 'editor-offline-1280');

        await other.setOffline(false);
        await writer.getByText('Tapé sans réseau dans le quartier.').waitFor({ timeout: 30000 });
        await colleague.getByText('Tapé au bureau pendant la coupure.').waitFor({ timeout: 30000 });
        await status(colleague, 'Enregistré').waitFor({ timeout: 30000 });
        // The text itself, without the other person's caret and name drawn inside it.
        const textOf = (page) =>
          editorOf(page).evaluate((element) => {
            const copy = element.cloneNode(true);
            copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
            return copy.textContent;
          });
        expect((await textOf(writer)) === (await textOf(colleague)), 'the two texts differ after the merge');
      } finally {
        await other.close();
      }
    },
  ],
  [
    'the "/" menu inserts blocks and "@" mentions a person, who is notified, with the keyboard; the table of contents follows the headings',
    async ({ browser, context, url }) => {
      const page = await context.newPage();
      await login(page, url, 'redaction@cocon.test');
      await newDocument(page, url, 'Plan de la rencontre de janvier');
      const editor = editorOf(page);
      await editor.click();

      await page.keyboard.type('/');
      const list = page.getByRole('listbox', { name: 'Insérer un bloc' });
      await list.waitFor();
      // Every block: the menu scrolls, and can be scrolled from the keyboard too (scrollable-region-focusable).
      expect(await page.locator('.suggestion-menu').evaluate((menu) => menu.scrollHeight > menu.clientHeight), 'the full « / » menu does not scroll');
      await expectAccessible(page, 'menu « / » ouvert avec tous les blocs');
      await page.keyboard.type('tit');
      await list.getByRole('option', { name: /Titre 2/ }).waitFor();
      expect((await editor.getAttribute('role')) === 'combobox', 'the editor is not the combobox of the open list');
      expect((await editor.getAttribute('aria-expanded')) === 'true', 'aria-expanded is not true');
      const firstId = await editor.getAttribute('aria-activedescendant');
      expect((await list.getByRole('option').first().getAttribute('id')) === firstId, 'the first option is not the active one');
      await expectAccessible(page, 'menu « / » ouvert');
      await screenshot(page, 'editor-slash-menu-1280');
      await page.keyboard.press('ArrowDown');
      expect((await editor.getAttribute('aria-activedescendant')) !== firstId, 'arrow down did not move the active option');
      expect((await list.getByRole('option', { selected: true }).innerText()).includes('Titre 3'), 'the second choice is not « Titre 3 »');
      await page.keyboard.press('Enter');
      await list.waitFor({ state: 'detached' });
      expect((await editor.getAttribute('role')) === 'textbox', 'the editor did not go back to a text box');
      await page.keyboard.type('Ordre du jour');
      await editor.locator('h3', { hasText: 'Ordre du jour' }).waitFor();

      await page.keyboard.press('Enter');
      await page.keyboard.type('Avis demandé à @Sophie');
      const people = page.getByRole('listbox', { name: 'Mentionner une personne ou une structure' });
      await people.getByRole('option', { name: /Sophie Lemoine/ }).waitFor();
      await screenshot(page, 'editor-mention-1280');
      await page.keyboard.press('Enter');
      await editor.locator('.mention[data-kind="PERSON"]', { hasText: '@Sophie Lemoine' }).waitFor();
      await page.keyboard.type('et à la structure @CAF');
      // The structure comes first, before the people of the CAF.
      await page
        .getByRole('listbox', { name: /Mentionner/ })
        .getByRole('option', { name: /CAF \(structure\)/, selected: true })
        .waitFor();
      await page.keyboard.press('Enter');
      await editor.locator('.mention[data-kind="STRUCTURE"]', { hasText: '@CAF' }).waitFor();

      await page.keyboard.press('Enter');
      await page.keyboard.type('/tableau');
      await page.getByRole('option', { name: /Tableau/ }).waitFor();
      await page.keyboard.press('Enter');
      await editor.locator('table th').first().waitFor();

      // Markdown-style shortcuts still work.
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('## Décisions');
      await editor.locator('h2', { hasText: 'Décisions' }).waitFor();

      const toc = page.getByRole('navigation', { name: 'Sommaire' });
      await toc.getByRole('link', { name: 'Ordre du jour' }).waitFor();
      await toc.getByRole('link', { name: 'Décisions' }).waitFor();
      await toc.getByRole('link', { name: 'Ordre du jour' }).click();
      await page.waitForFunction(() => {
        const target = document.querySelector('.collab-editor h3');
        const top = target?.getBoundingClientRect().top ?? -1;
        return top >= 0 && top < window.innerHeight;
      });
      expect(page.url().endsWith('#titre-ordre-du-jour'), `address after following the link: ${page.url()}`);
      await expectAccessible(page, 'document avec mentions, tableau et sommaire');
      await screenshot(page, 'editor-toc-1280');

      await page.setViewportSize({ width: 390, height: 844 });
      const toggle = toc.getByRole('button', { name: /Sommaire \(2\)/ });
      await toggle.waitFor();
      expect((await toggle.getAttribute('aria-expanded')) === 'false', 'the table of contents is open on a phone');
      await toggle.click();
      await toc.getByRole('link', { name: 'Décisions' }).waitFor();
      await expectAccessible(page, 'document sur téléphone, sommaire ouvert');
      await screenshot(page, 'editor-toc-390');

      // Sophie Lemoine, mentioned in the text, is notified once it is saved; the link leads to the mention.
      const { context: mentioned, page: sophie } = await openAs(browser, url, 'gt@cocon.test', page.url());
      try {
        const notice = sophie.getByRole('link', { name: 'Yann Kerbrat (CCAS) vous mentionne dans « Plan de la rencontre de janvier »' });
        for (let tries = 0; tries < 20 && !(await notice.count()); tries++) {
          await sophie.goto(`${url}/notifications`);
          await sophie.getByRole('heading', { level: 1 }).waitFor();
          await sophie.waitForTimeout(500);
        }
        await notice.click();
        await sophie.waitForURL(/\?mention=/);
        const mention = sophie.locator('.collab-editor .mention[data-kind="PERSON"]', { hasText: '@Sophie Lemoine' });
        await sophie.waitForFunction(() => {
          const top = document.querySelector('.collab-editor .mention[data-kind="PERSON"]')?.getBoundingClientRect().top;
          return top !== undefined && top >= 0 && top < window.innerHeight;
        });
        await mention.waitFor();
      } finally {
        await mentioned.close();
      }
    },
  ],
  [
    'an image is uploaded with its description, and pasting from Word gives clean headings and lists',
    async ({ context, url }) => {
      const page = await context.newPage();
      await login(page, url, 'redaction@cocon.test');
      await newDocument(page, url, 'Affiche de la permanence');
      const editor = editorOf(page);
      await editor.click();
      await page.getByRole('toolbar', { name: 'Mise en forme' }).getByRole('button', { name: 'Image' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ajouter une image' });
      await dialog.getByRole('button', { name: 'Ajouter l’image' }).click();
      await dialog.getByText('Choisissez une image.').waitFor();
      await dialog.getByLabel('Image (PNG, JPEG, GIF ou WebP)').setInputFiles({ name: 'affiche.png', mimeType: 'image/png', buffer: png() });
      await dialog.getByRole('button', { name: 'Ajouter l’image' }).click();
      await dialog.getByText(/Décrivez l’image/).waitFor();
      await expectAccessible(page, 'fenêtre d’ajout d’image');
      await dialog.getByRole('textbox', { name: 'Description de l’image' }).fill('Affiche de la permanence numérique du mardi');
      await dialog.getByRole('button', { name: 'Ajouter l’image' }).click();
      const image = editor.getByRole('img', { name: 'Affiche de la permanence numérique du mardi' });
      await image.waitFor();
      await page.waitForFunction(() => {
        const img = document.querySelector('.collab-editor img');
        return img instanceof HTMLImageElement && img.complete && img.naturalWidth === 24;
      });
      expect(/^\/api\/images\/[0-9a-f-]{36}$/.test(await image.getAttribute('src')), 'the image is not served by Cocon');
      await status(page, 'Enregistré').waitFor();

      // A refused file says why, next to the editor.
      await page.getByRole('toolbar', { name: 'Mise en forme' }).getByRole('button', { name: 'Image' }).click();
      await dialog
        .getByLabel('Image (PNG, JPEG, GIF ou WebP)')
        .setInputFiles({ name: 'faux.png', mimeType: 'image/png', buffer: Buffer.from('pas une image') });
      await dialog.getByRole('textbox', { name: 'Description de l’image' }).fill('Un faux');
      await dialog.getByRole('button', { name: 'Ajouter l’image' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: /n’est pas une image acceptée/ })
        .waitFor();
      await screenshot(page, 'editor-image-1280');
      await page.getByRole('button', { name: 'Fermer ce message' }).click();

      // A link: only web pages and e-mail addresses are accepted.
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Site de la Ville');
      await page.keyboard.press('Shift+Home');
      await page.getByRole('toolbar', { name: 'Mise en forme' }).getByRole('button', { name: 'Lien' }).click();
      const linkDialog = page.getByRole('dialog', { name: 'Ajouter un lien' });
      await linkDialog.getByRole('textbox', { name: 'Adresse' }).fill('javascript:alert(1)');
      await linkDialog.getByRole('button', { name: 'Ajouter le lien' }).click();
      await linkDialog.getByText(/Cette adresse n’est pas valable/).waitFor();
      await expectAccessible(page, 'fenêtre de lien avec une erreur');
      await linkDialog.getByRole('textbox', { name: 'Adresse' }).fill('www.rennes.fr');
      await linkDialog.getByRole('button', { name: 'Ajouter le lien' }).click();
      await editor.locator('a[href="https://www.rennes.fr"]', { hasText: 'Site de la Ville' }).waitFor();

      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.evaluate((html) => {
        const data = new DataTransfer();
        data.setData('text/html', html);
        data.setData('text/plain', 'Forces et faiblesses');
        const target = document.querySelector('.collab-editor .ProseMirror');
        target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, WORD_PASTE);
      await editor.locator('h2', { hasText: 'Forces et faiblesses' }).waitFor();
      await editor.locator('ul li', { hasText: 'Wifi public dans les 9 ESC' }).waitFor();
      await editor.locator('ol li', { hasText: 'Former les médiateurs' }).waitFor();
      await editor.locator('table td', { hasText: '2 sur 9' }).waitFor();
      const pasted = await editor.innerHTML();
      expect(!/Mso|mso-|Calibri|font-family|·/.test(pasted), 'Word’s markup survived the paste');
      expect(!/javascript:/.test(pasted), 'a javascript: link survived the paste');
      await status(page, 'Enregistré').waitFor();
      await expectAccessible(page, 'document avec image et texte collé');

      await page.setViewportSize({ width: 390, height: 844 });
      await screenshot(page, 'editor-image-390');
    },
  ],
];
