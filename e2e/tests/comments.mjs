import { expect, expectAccessible, heading, login, screenshot } from '../harness.mjs';

const DOCUMENT = 'Forces et faiblesses';
const SENTENCE = 'Des formes de médiation qui fonctionnent';

/** Opens a document of the Acte 3 space from its tree. */
async function openDocument(page, url, title) {
  await page.goto(`${url}/espaces/acte-3`);
  await heading(page, 'Acte 3').waitFor();
  // The tree shows its top level: the chapters are under the master document.
  await page.getByRole('main').getByRole('button', { name: 'Déplier « Document maître Acte 3 »' }).click();
  await page.getByRole('main').getByRole('link', { name: title, exact: true }).first().click();
  await heading(page, title).waitFor();
  await page.locator('.ProseMirror').waitFor();
}

/** Selects the first occurrence of `text` in the document's text, as a mouse would. */
async function selectInDocument(page, text) {
  await page.locator('.ProseMirror').getByText(text, { exact: false }).first().waitFor();
  await page.evaluate((wanted) => {
    const root = document.querySelector('.ProseMirror');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`« ${wanted} » is not in the document`);
  }, text);
}

const panel = (page) => page.getByRole('complementary', { name: 'Discussions' });
const thread = (page, excerpt) => page.getByRole('region', { name: new RegExp(excerpt) });

async function newPerson(browser, url, email, viewport = { width: 1280, height: 900 }, device = {}) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport, ...device });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  await login(page, url, email);
  return { context, page };
}

export const tests = [
  [
    'two people in one document: a passage commented, seen live, answered, resolved; filtered by structure; the summary; notifications',
    async ({ browser, context, url }) => {
      const writer = await context.newPage();
      await login(writer, url, 'redaction@cocon.test');
      const other = await newPerson(browser, url, 'referent@cocon.test');
      const reader = other.page;
      try {
        await openDocument(writer, url, DOCUMENT);
        await openDocument(reader, url, DOCUMENT);
        await panel(writer).getByText('Aucune discussion ouverte').waitFor();

        // The writer selects a sentence: « Commenter » appears next to it.
        await selectInDocument(writer, SENTENCE);
        await writer.getByRole('button', { name: 'Commenter', exact: true }).click();
        const composer = panel(writer).getByLabel('Votre commentaire sur ce passage');
        await composer.waitFor();
        await expectAccessible(writer, 'discussions : nouveau commentaire sur un passage');
        // A name chosen with the mouse closes the list, a one-word one too (« @CAF » and a space still read as a search).
        await composer.fill('@CAF');
        await panel(writer)
          .getByRole('option', { name: /CAF \(structure\)/ })
          .click();
        await writer.waitForTimeout(600);
        expect((await panel(writer).getByRole('listbox').count()) === 0, 'the « @ » list stayed open after choosing with the mouse');
        expect((await composer.inputValue()) === '@CAF ', `after choosing the structure: ${await composer.inputValue()}`);
        await composer.fill('Lesquelles exactement ? @Amina');
        await panel(writer)
          .getByRole('option', { name: /Amina Diallo/ })
          .click();
        expect((await composer.inputValue()) === 'Lesquelles exactement ? @Amina Diallo ', `after the suggestion: ${await composer.inputValue()}`);
        await composer.pressSequentially('pouvez-vous compléter ?');
        await panel(writer).getByRole('button', { name: 'Commenter', exact: true }).click();
        const written = thread(writer, SENTENCE);
        await written.getByText('pouvez-vous compléter ?').waitFor();
        await written.getByText('Groupe numérique').waitFor();
        await writer.locator('.ProseMirror .comment-mark', { hasText: SENTENCE }).waitFor();

        // The other person sees it arrive without reloading, with the author's structure, and it is announced.
        const seen = thread(reader, SENTENCE);
        await seen.getByText('Lesquelles exactement ?').waitFor();
        await seen.locator('.structure-badge', { hasText: 'CCAS' }).waitFor();
        await seen.locator('.comment-mention', { hasText: '@Amina Diallo' }).waitFor();
        await reader.locator('.ProseMirror .comment-mark', { hasText: SENTENCE }).waitFor();
        await reader
          .getByRole('status')
          .filter({ hasText: /Nouvelle discussion de Yann Kerbrat/ })
          .waitFor();
        // Mentioned, she has a notification in the header.
        await reader.getByRole('link', { name: 'Notifications, 1 non lue' }).waitFor();

        // She replies; he sees the reply live and resolves the discussion.
        await seen.getByRole('button', { name: 'Répondre' }).click();
        await seen.getByLabel('Votre réponse').fill('La médiation en binôme avec les travailleurs sociaux.');
        await seen.getByRole('button', { name: 'Répondre' }).click();
        await written.getByText('La médiation en binôme avec les travailleurs sociaux.').waitFor();
        await expectAccessible(reader, 'document avec une discussion');
        await screenshot(reader, 'comments-document-1280');
        await written.getByRole('button', { name: 'Marquer comme résolu' }).click();
        await seen.waitFor({ state: 'detached' });
        await reader.locator('.ProseMirror .comment-mark').waitFor({ state: 'detached' });
        await reader
          .getByRole('status')
          .filter({ hasText: /marqué une discussion comme résolue/ })
          .waitFor();

        // A discussion on the whole document by the writer, then filters: by status, by structure.
        await panel(writer).getByRole('button', { name: 'Commenter le document entier' }).click();
        await panel(writer).getByLabel('Votre commentaire sur le document entier').fill('Relu : il manque les chiffres 2025.');
        await panel(writer).getByRole('button', { name: 'Commenter', exact: true }).click();
        await thread(reader, 'Sur le document entier').waitFor();
        await panel(reader).getByRole('button', { name: 'Filtrer' }).click();
        const filters = panel(reader).getByRole('group', { name: 'Filtrer les discussions' });
        await filters.getByRole('button', { name: /Statut/ }).click();
        await reader.getByRole('option', { name: 'Toutes les discussions' }).click();
        await thread(reader, SENTENCE).getByText('Résolue par Yann Kerbrat').waitFor();
        await filters.getByRole('button', { name: /Structure/ }).click();
        await reader.getByRole('option', { name: "CAF d'Ille-et-Vilaine" }).click();
        await thread(reader, 'Sur le document entier').waitFor({ state: 'detached' });
        await thread(reader, SENTENCE).waitFor();
        await expectAccessible(reader, 'discussions filtrées par structure');

        // The summary by structure, and its CSV.
        await panel(reader).getByRole('link', { name: 'Synthèse par structure' }).click();
        await heading(reader, `Synthèse par structure : ${DOCUMENT}`).waitFor();
        const caf = reader.getByRole('region', { name: "CAF d'Ille-et-Vilaine" });
        await caf.getByText('0 discussion ouverte, 1 résolue').waitFor();
        await reader.getByRole('region', { name: 'CCAS de Rennes' }).getByText('1 discussion ouverte, 1 résolue').waitFor();
        const csv = await reader.evaluate(async () => {
          const link = document.querySelector('a[download]');
          const response = await fetch(link.href);
          const bytes = new Uint8Array(await response.arrayBuffer());
          return { type: response.headers.get('content-type'), bom: [...bytes.slice(0, 3)], text: new TextDecoder().decode(bytes) };
        });
        expect(csv.type === 'text/csv; charset=utf-8', `CSV type: ${csv.type}`);
        expect(csv.bom.join(',') === '239,187,191', 'the CSV starts with a UTF-8 byte order mark');
        expect(csv.text.includes('La médiation en binôme avec les travailleurs sociaux.'), 'the reply is in the CSV');
        await expectAccessible(reader, 'synthèse par structure d’un document');
        await screenshot(reader, 'comments-summary-1280');

        // The notifications (the mention, then the resolution) lead back to the discussion, and are then read.
        await reader.getByRole('link', { name: 'Notifications, 2 non lues' }).click();
        await heading(reader, 'Notifications').waitFor();
        await expectAccessible(reader, 'notifications');
        await screenshot(reader, 'notifications-1280');
        await reader.getByRole('link', { name: `Yann Kerbrat (CCAS) vous mentionne dans « ${DOCUMENT} »` }).click();
        await heading(reader, DOCUMENT).waitFor();
        await thread(reader, SENTENCE).waitFor();
        await reader.getByRole('link', { name: 'Notifications, 1 non lue' }).click();

        // A link written before the document was renamed (in an e-mail, say) still opens that discussion,
        // though it is resolved and so hidden by default.
        const resolution = reader.getByRole('link', { name: new RegExp(`a marqué comme résolue une discussion de « ${DOCUMENT} »`) });
        const oldAddress = (await resolution.getAttribute('href')).replace(/^(\/d\/[^/]+\/)[^?]+/, '$1ancien-titre');
        await reader.goto(`${url}${oldAddress}`);
        await thread(reader, SENTENCE).waitFor();
        const corrected = new URL(reader.url());
        expect(!corrected.pathname.endsWith('/ancien-titre') && corrected.searchParams.has('discussion'), `address after the redirect: ${reader.url()}`);
      } finally {
        await other.context.close();
      }
    },
  ],
  [
    'HTML and scripts typed in a comment are shown as text and never run',
    async ({ context, url }) => {
      const page = await context.newPage();
      let dialogs = 0;
      page.on('dialog', async (dialog) => {
        dialogs++;
        await dialog.dismiss();
      });
      await login(page, url, 'membre@cocon.test');
      await openDocument(page, url, 'Rappel historique');
      const payloads = [
        '<script>window.__pwned = 1; alert(1)</script>',
        '<img src=x onerror="window.__pwned = 2; alert(2)">',
        '"><svg onload="window.__pwned = 3">',
        '<a href="javascript:alert(4)">cliquez</a>',
        '<iframe src="javascript:alert(5)"></iframe>',
      ];
      for (const payload of payloads) {
        await panel(page).getByRole('button', { name: 'Commenter le document entier' }).click();
        await panel(page).getByLabel('Votre commentaire sur le document entier').fill(payload);
        await panel(page).getByRole('button', { name: 'Commenter', exact: true }).click();
        await panel(page).locator('.comment-body', { hasText: payload }).waitFor();
      }
      await page.reload();
      for (const payload of payloads) await panel(page).locator('.comment-body', { hasText: payload }).waitFor();
      const injected = await page.evaluate(() => ({
        pwned: window.__pwned ?? null,
        elements: document.querySelectorAll(
          '.comments-panel script, .comments-panel img, .comments-panel svg[onload], .comments-panel iframe, .comments-panel a[href^="javascript"]',
        ).length,
      }));
      expect(dialogs === 0 && injected.pwned === null && injected.elements === 0, `a payload ran: ${JSON.stringify({ dialogs, ...injected })}`);
    },
  ],
  [
    'on a phone: the discussions open in a sheet, a passage is commented, the space summary and profile settings read well',
    async ({ browser, url }) => {
      const { context, page } = await newPerson(browser, url, 'gt@cocon.test', { width: 390, height: 844 }, { hasTouch: true, isMobile: true });
      try {
        await openDocument(page, url, 'Objectifs réaffirmés et nouveaux');
        const toggle = page.getByRole('button', { name: /^Discussions \(/ });
        // The button is a bar at the bottom of the screen that rests below the text at its end, never on its last lines.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const [bar, lastLine] = await Promise.all([toggle.boundingBox(), page.locator('.ProseMirror > *').last().boundingBox()]);
        expect(bar.y >= lastLine.y + lastLine.height, `the « Discussions » button covers the end of the text (${bar.y} < ${lastLine.y + lastLine.height})`);
        // Tools that do not fit scroll, with a shadow at the edge where more hide.
        const toolbar = page.getByRole('toolbar', { name: 'Mise en forme' });
        const hint = await toolbar.evaluate((bar) => ({
          scrolls: bar.scrollWidth > bar.clientWidth,
          shadow: getComputedStyle(bar).backgroundImage.includes('gradient'),
        }));
        expect(hint.scrolls && hint.shadow, `the toolbar on a phone: ${JSON.stringify(hint)}`);
        await toggle.click();
        const sheet = page.getByRole('dialog', { name: 'Discussions' });
        // No Ctrl+Alt+M on a touch screen: the help says how to select with a finger.
        await sheet.getByText('appui long sur un mot', { exact: false }).waitFor();
        await sheet.getByRole('button', { name: 'Commenter le document entier' }).click();
        await sheet.getByLabel('Votre commentaire sur le document entier').fill('Le GT ESC valide ces objectifs.');
        await sheet.getByRole('button', { name: 'Commenter', exact: true }).click();
        await sheet.getByRole('region', { name: 'Sur le document entier' }).waitFor();
        await expectAccessible(page, 'discussions sur téléphone');
        await screenshot(page, 'comments-sheet-390');
        await sheet.getByRole('button', { name: 'Fermer' }).click();
        await sheet.waitFor({ state: 'detached' });

        await page.goto(`${url}/espaces/acte-3/commentaires`);
        await heading(page, 'Synthèse par structure : Acte 3').waitFor();
        await page.getByRole('region', { name: 'Ville de Rennes' }).waitFor();
        await expectAccessible(page, 'synthèse d’un espace sur téléphone');
        await screenshot(page, 'comments-space-summary-390');

        await page.goto(`${url}/profil`);
        await page.getByRole('heading', { name: 'Notifications' }).waitFor();
        await page.getByText('Me prévenir quand ma structure est mentionnée', { exact: false }).click();
        await page.getByRole('status').filter({ hasText: 'Réglages enregistrés.' }).waitFor();
        await page.reload();
        expect(!(await page.getByRole('checkbox', { name: /ma structure est mentionnée/ }).isChecked()), 'the setting was not kept');
        await expectAccessible(page, 'profil et notifications');
        await screenshot(page, 'profile-notifications-390');
      } finally {
        await context.close();
      }
    },
  ],
  [
    'an administrator keeps commenting in a space to chosen roles',
    async ({ context, url }) => {
      const page = await context.newPage();
      await login(page, url, 'admin@cocon.test');
      await page.goto(`${url}/admin/espaces`);
      await page
        .getByRole('row', { name: /Communs de médiation/ })
        .getByRole('button', { name: /Modifier/ })
        .click();
      const dialog = page.getByRole('dialog');
      const roles = dialog.getByRole('group', { name: 'Qui peut commenter' });
      await roles.getByText('GT ESC', { exact: true }).click();
      await expectAccessible(page, 'formulaire d’espace : qui peut commenter');
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await dialog.waitFor({ state: 'detached' });

      const member = await context.browser().newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
      try {
        const memberPage = await member.newPage();
        await login(memberPage, url, 'membre@cocon.test');
        await memberPage.goto(`${url}/espaces/communs`);
        await memberPage.getByRole('main').locator('a[href^="/d/"]').first().click();
        await memberPage.locator('.ProseMirror').waitFor();
        await panel(memberPage).getByText('Dans cet espace, seuls certains rôles peuvent commenter.').waitFor();
        expect((await panel(memberPage).getByRole('button', { name: 'Commenter le document entier' }).count()) === 0, 'a member may still comment');
      } finally {
        await member.close();
      }
    },
  ],
];
