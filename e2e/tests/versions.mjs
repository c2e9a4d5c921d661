import fs from 'node:fs';
import path from 'node:path';
import { expect, expectAccessible, heading, login, screenshot, SCREENSHOTS } from '../harness.mjs';

const PHONE = { locale: 'fr-FR', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Opens the demo socle commun from its space, as a reader would. */
async function openSocleCommun(page, url) {
  await page.goto(`${url}/espaces/socle-commun`);
  await heading(page, 'Socle commun').waitFor();
  await page
    .getByRole('main')
    .getByRole('row', { name: /Socle commun/ })
    .first()
    .getByText('Socle commun', { exact: true })
    .click();
  await heading(page, 'Socle commun').waitFor();
}

async function openHistory(page) {
  await page.getByRole('navigation', { name: 'Histoire du document' }).getByRole('link', { name: 'Historique' }).click();
  await heading(page, /Historique/).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Chronologie' }).waitFor();
}

const officialVersion = (page, label) => page.getByRole('article', { name: label, exact: true });

async function expectNoSidewaysScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow <= 0, `${label}: the page scrolls sideways by ${overflow} px`);
}

export const tests = [
  [
    'a writer opens the history of the socle commun, compares V1 with V2 in the text and side by side, and reads where each paragraph comes from',
    async ({ browser, context, url }) => {
      const page = await context.newPage();
      await login(page, url, 'redaction@cocon.test');
      await openSocleCommun(page, url);
      await openHistory(page);
      await officialVersion(page, 'Socle commun V1').getByText('Validée et figée').waitFor();
      await officialVersion(page, 'Socle commun V3').locator('.version-status', { hasText: 'Proposée' }).waitFor();
      await expectAccessible(page, 'historique');
      await screenshot(page, 'versions-history-1280');

      // From the official versions: V2 compared with V1, the added words marked in the text.
      await officialVersion(page, 'Socle commun V2').getByRole('link', { name: 'Comparer avec la V1' }).click();
      await heading(page, /Comparaison/).waitFor();
      const added = page.locator('ins', { hasText: 'aux normes' }).first();
      await added.waitFor();
      expect((await added.textContent()).includes('ajouté :'), 'the addition is not announced in words');
      await page.locator('del', { hasText: 'semestre' }).first().waitFor();
      await page
        .getByRole('navigation', { name: 'Résumé par chapitre' })
        .getByText(/1\. Accès libre et en autonomie.*3 modifications/)
        .waitFor();
      await expectAccessible(page, 'comparaison dans le texte');
      await screenshot(page, 'versions-compare-inline-1280');

      // Side by side, kept in the address; an unchanged chapter unfolds on demand.
      await page.getByRole('radio', { name: 'Côte à côte' }).click();
      await page.locator('.diff--columns').waitFor();
      expect(page.url().includes('vue=cote-a-cote'), `the mode is not in the address: ${page.url()}`);
      const unchanged = page.getByRole('button', { name: /Chapitre inchangé/ });
      await unchanged.click();
      expect((await unchanged.getAttribute('aria-expanded')) === 'true', 'the unchanged chapter did not open');
      await page.getByText("Ce n'est pas un plafond", { exact: false }).first().waitFor();
      await expectAccessible(page, 'comparaison côte à côte');
      await screenshot(page, 'versions-compare-columns-1280');
      await page.reload();
      await page.locator('.diff--columns').waitFor();
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page, 'comparaison côte à côte sur téléphone');
      await screenshot(page, 'versions-compare-columns-390');
      await page.setViewportSize({ width: 1280, height: 900 });

      // An unknown revision: the server's French message.
      const documentId = new URL(page.url()).pathname.split('/')[2];
      await page.goto(`${url}/comparer/${documentId}?de=00000000-0000-4000-8000-000000000000`);
      await page.getByRole('alert').getByText('Cette révision n’existe pas ou vous n’y avez pas accès.').waitFor();
      await expectAccessible(page, 'comparaison impossible');

      // One revision, read-only.
      await page.goto(`${url}/historique/${documentId}`);
      await page.getByRole('link', { name: 'Voir la révision 1' }).click();
      await heading(page, /Révision 1/).waitFor();
      await page.locator('.revision-content').getByText('Un ordinateur en libre-service', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Comparer avec l’état actuel' }).waitFor();
      await expectAccessible(page, 'révision');
      await screenshot(page, 'versions-revision-1280');

      // Where each paragraph comes from, paragraph by paragraph with the keyboard.
      await page.goto(`${url}/origine/${documentId}`);
      const items = page.locator('.provenance-item');
      await items.first().waitFor();
      await page.getByText('Apparu dans la V1', { exact: false }).first().waitFor();
      await items.first().focus();
      await page.keyboard.press('ArrowDown');
      const focusedIndex = await page.evaluate(() => [...document.querySelectorAll('.provenance-item')].indexOf(document.activeElement));
      expect(focusedIndex === 1, `ArrowDown moved focus to paragraph ${focusedIndex}`);
      const described = await items.nth(1).getAttribute('aria-describedby');
      expect((await page.locator(`[id="${described}"]`).textContent()).includes('Apparu dans'), 'the paragraph is not described by its origin');
      await page.getByRole('button', { name: /Afficher/ }).click();
      await page.getByRole('option', { name: 'Seulement ce qui a changé depuis la V2' }).click();
      await page
        .getByRole('status')
        .getByText(/ont changé depuis la V2/)
        .waitFor();
      await expectAccessible(page, 'origine des paragraphes');
      await screenshot(page, 'versions-provenance-1280');

      const phone = await browser.newContext(PHONE);
      try {
        const small = await phone.newPage();
        await login(small, url, 'redaction@cocon.test');
        await small.goto(`${url}/historique/${documentId}`);
        await small.getByRole('heading', { level: 2, name: 'Chronologie' }).waitFor();
        await expectNoSidewaysScroll(small, 'historique sur téléphone');
        await expectAccessible(small, 'historique sur téléphone');
        await screenshot(small, 'versions-history-390');
        await small.goto(`${url}/origine/${documentId}`);
        await small.locator('.provenance-item').first().waitFor();
        await expectNoSidewaysScroll(small, 'origine sur téléphone');
        await screenshot(small, 'versions-provenance-390');
      } finally {
        await phone.close();
      }
    },
  ],
  [
    'a writer names two states of a new document, restores the first and finds its text back in the document',
    async ({ context, url }) => {
      const page = await context.newPage();
      await login(page, url, 'redaction@cocon.test');
      await page.goto(`${url}/espaces/acte-3`);
      await heading(page, 'Acte 3').waitFor();
      await page.getByRole('button', { name: 'Nouveau document' }).click();
      await page.getByRole('dialog').getByLabel('Titre').fill('Note à restaurer');
      await page.getByRole('dialog').getByRole('button', { name: /Créer/ }).click();
      await heading(page, 'Note à restaurer').waitFor();
      const editor = page.getByRole('textbox', { name: 'Contenu du document' });
      const saved = () => page.getByRole('status').filter({ hasText: 'Enregistré' }).waitFor();

      const nameCurrentState = async (name) => {
        await openHistory(page);
        await page.getByRole('button', { name: 'Nommer l’état actuel' }).click();
        const dialog = page.getByRole('dialog');
        await dialog.getByLabel('Nom de la révision').fill(name);
        await dialog.getByRole('button', { name: 'Garder sous ce nom' }).click();
        await page.getByRole('status').getByText(`« ${name} »`, { exact: false }).waitFor();
      };

      await editor.click();
      await page.keyboard.type('Première rédaction de la note.');
      await saved();
      await nameCurrentState('premier jet');
      await page.getByRole('link', { name: 'Revenir au document' }).click();
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Une phrase ajoutée ensuite.');
      await page.locator('.ProseMirror').getByText('Une phrase ajoutée ensuite.', { exact: false }).waitFor();
      await saved();
      await nameCurrentState('second jet');

      const first = page.getByRole('article', { name: /premier jet/ });
      await first.getByRole('button', { name: /^Restaurer la révision/ }).click();
      const confirm = page.getByRole('alertdialog');
      await confirm.getByText('devient une nouvelle révision', { exact: false }).waitFor();
      await expectAccessible(page, 'confirmation de la restauration');
      await confirm.getByRole('button', { name: 'Restaurer ce texte' }).click();

      await heading(page, 'Note à restaurer').waitFor();
      await page.getByRole('status').getByText('est de retour', { exact: false }).waitFor();
      await page.locator('.ProseMirror').getByText('Première rédaction de la note.', { exact: false }).waitFor();
      await page.locator('.ProseMirror', { hasText: 'Une phrase ajoutée ensuite.' }).waitFor({ state: 'detached' });
      await expectAccessible(page, 'document restauré');

      // The restoration is in the history, on top, and the second state is still there.
      await openHistory(page);
      await page.getByText('Retour au texte de la révision', { exact: false }).first().waitFor();
      await page.getByRole('article', { name: /second jet/ }).waitFor();
    },
  ],
  [
    'the GT ESC approves the V3 draft, which is then frozen and listed in the archive',
    async ({ context, url }) => {
      const page = await context.newPage();
      await login(page, url, 'gt@cocon.test');
      await openSocleCommun(page, url);
      await openHistory(page);
      await officialVersion(page, 'Socle commun V3').getByRole('button', { name: 'Valider « Socle commun V3 »' }).click();
      const confirm = page.getByRole('alertdialog');
      await confirm.getByText('fige cette version pour toujours', { exact: false }).waitFor();
      await expectAccessible(page, 'confirmation de la validation');
      await confirm.getByLabel('Note pour l’historique').fill('Validée en séance du GT ESC de décembre.');
      await confirm.getByRole('button', { name: 'Valider et figer la version' }).click();
      await confirm.waitFor({ state: 'detached' });

      const v3 = officialVersion(page, 'Socle commun V3');
      await v3.getByText('Validée et figée').waitFor();
      await v3.getByText('Validée en séance du GT ESC de décembre.', { exact: false }).waitFor();
      // The demo's draft note (« à valider ») is said to be the proposal's, so it does not contradict the approval.
      await v3.getByText('Note de la proposition :', { exact: false }).waitFor();
      expect((await v3.getByRole('button', { name: /Valider/ }).count()) === 0, 'the approved version can still be approved');
      await page
        .getByRole('article', { name: /Révision 3/ })
        .getByText('Socle commun V3')
        .waitFor();
      expect(
        (await page
          .getByRole('article', { name: /Révision 3/ })
          .getByRole('button', { name: 'Nommer la révision 3' })
          .count()) === 0,
        'a frozen revision can still be renamed',
      );
      await expectAccessible(page, 'historique après validation');

      await page.getByRole('navigation', { name: 'Archives' }).getByRole('link', { name: 'Versions officielles' }).click();
      await heading(page, 'Archives des versions officielles').waitFor();
      await page.getByRole('link', { name: 'Socle commun V3' }).waitFor();
      await expectAccessible(page, 'archives');
      await screenshot(page, 'versions-archives-1280');
      await page.getByRole('link', { name: 'Socle commun V3' }).click();
      await heading(page, 'Socle commun V3').waitFor();
      expect(page.url().endsWith('/archives/socle-commun/v3'), `address of the V3: ${page.url()}`);
    },
  ],
  [
    'a visitor without an account reads the V1 in the public archive, on a phone and on paper, and compares it with the V2',
    async ({ browser, context, url }) => {
      const page = await context.newPage();
      await page.goto(`${url}/archives`);
      await heading(page, 'Archives des versions officielles').waitFor();
      await page.getByRole('link', { name: 'Socle commun V1' }).click();
      await heading(page, 'Socle commun V1').waitFor();
      await page.getByText('En vigueur', { exact: true }).waitFor();
      await page.getByText('le 24 juin 2024').waitFor();
      await page.locator('.archive-text').getByText('Un wifi public', { exact: false }).waitFor();
      await expectAccessible(page, 'version archivée (public)');
      await screenshot(page, 'versions-archive-v1-1280');

      // On paper: a title page, then the text, without menus or buttons.
      await page.emulateMedia({ media: 'print' });
      expect(!(await page.getByRole('button', { name: 'Imprimer' }).isVisible()), 'the print button is printed');
      expect(!(await page.locator('.app-sidebar').isVisible()), 'the sidebar is printed');
      await screenshot(page, 'versions-archive-v1-print');
      const pdf = await page.pdf({ format: 'A4' });
      fs.writeFileSync(path.join(SCREENSHOTS, 'versions-archive-v1.pdf'), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages >= 2, `the printed version has ${pages} page(s): no separate title page`);
      await page.emulateMedia({ media: 'screen' });

      // The public compares, and sees structures, never names.
      await page.getByRole('link', { name: 'Comparer avec la V2' }).click();
      await heading(page, /Comparaison/).waitFor();
      await page.locator('ins', { hasText: 'aux normes' }).first().waitFor();
      await expectAccessible(page, 'comparaison (public)');
      await page.getByRole('link', { name: 'Historique', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: 'Chronologie' }).waitFor();
      await page
        .getByRole('article', { name: /Révision 1/ })
        .getByText('CCAS')
        .first()
        .waitFor();
      expect((await page.getByText('Yann Kerbrat').count()) === 0, 'the public sees the names of the writers');
      expect((await page.getByRole('button', { name: /Restaurer|Nommer|Valider/ }).count()) === 0, 'the public is offered to change the history');
      await expectAccessible(page, 'historique (public)');

      const phone = await browser.newContext(PHONE);
      try {
        const small = await phone.newPage();
        await small.goto(`${url}/archives/socle-commun/v1`);
        await heading(small, 'Socle commun V1').waitFor();
        await small.locator('.archive-text .document-body').waitFor();
        await expectNoSidewaysScroll(small, 'version archivée sur téléphone');
        await expectAccessible(small, 'version archivée sur téléphone');
        await screenshot(small, 'versions-archive-v1-390');
        await small.goto(`${url}/archives`);
        await small.getByRole('link', { name: 'Socle commun V3' }).waitFor();
        await expectNoSidewaysScroll(small, 'archives sur téléphone');
        await expectAccessible(small, 'archives sur téléphone');
        await screenshot(small, 'versions-archives-390');
      } finally {
        await phone.close();
      }
    },
  ],
];
