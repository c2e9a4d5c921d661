import { expect, expectAccessible, screenshot, login, logout, heading } from '../harness.mjs';

export const tests = [
  [
    'a writer logs in, opens the master document from the tree, creates, moves, trashes and restores a document, logs out',
    async ({ context, url }) => {
      const page = await context.newPage();
      await page.goto(url);
      await expectAccessible(page, 'accueil (public)');
      await login(page, url, 'redaction@cocon.test');
      await expectAccessible(page, 'accueil');

      await page.getByRole('navigation').getByRole('link', { name: 'Acte 3', exact: true }).first().click();
      await heading(page, 'Acte 3').waitFor();
      await expectAccessible(page, 'espace Acte 3');
      await page
        .getByRole('main')
        .getByRole('row', { name: /Document maître Acte 3/ })
        .first()
        .getByText('Document maître Acte 3')
        .click();
      await heading(page, 'Document maître Acte 3').waitFor();
      expect(/\/d\/[0-9a-f-]{36}\//.test(page.url()), `document address: ${page.url()}`);
      await page.getByRole('navigation', { name: 'Fil d’Ariane' }).waitFor();
      await expectAccessible(page, 'document');
      await screenshot(page, 'document-1280');

      // Create a document at the top of the space.
      await page.getByRole('navigation').getByRole('link', { name: 'Acte 3', exact: true }).first().click();
      await heading(page, 'Acte 3').waitFor();
      await page.getByRole('button', { name: 'Nouveau document' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Titre').fill('Notes de la rencontre de décembre');
      await dialog.getByRole('button', { name: /Créer/ }).click();
      await heading(page, 'Notes de la rencontre de décembre').waitFor();
      await expectAccessible(page, 'nouveau document');

      // The sidebar's tree opens on it.
      const sidebarTree = page.getByRole('treegrid', { name: 'Documents de l’espace Acte 3' });
      const sidebarRow = sidebarTree.getByRole('row', { name: 'Notes de la rencontre de décembre' });
      await sidebarRow.locator('[aria-current="page"]').waitFor();
      expect((await sidebarRow.getAttribute('aria-level')) === '1', 'the new document sits at the top of the sidebar tree');

      // Move it under the master document, with the keyboard-friendly dialog: its destination is chosen in the tree.
      await page.getByRole('group', { name: 'Actions sur le document' }).getByRole('button', { name: 'Déplacer' }).click();
      const move = page.getByRole('dialog');
      const destinations = move.getByRole('treegrid', { name: 'Ranger dans' });
      await destinations.getByRole('row', { name: 'Premier niveau de l’espace' }).and(page.locator('[aria-selected="true"]')).waitFor();
      await destinations.getByRole('row', { name: 'Document maître Acte 3' }).click();
      await expectAccessible(page, 'déplacer un document');
      await move.getByRole('button', { name: 'Déplacer', exact: true }).click();
      await move.waitFor({ state: 'detached' });
      await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Document maître Acte 3' }).waitFor();
      // It left the top level of the sidebar for the level under the master document, still open on it.
      await sidebarTree.locator('[role="row"][aria-level="2"]', { hasText: 'Notes de la rencontre de décembre' }).waitFor();
      expect((await sidebarTree.getByRole('row', { name: 'Notes de la rencontre de décembre' }).count()) === 1, 'the moved document shows once');

      // Trash it, then restore it from the space's trash.
      await page.getByRole('group', { name: 'Actions sur le document' }).getByRole('button', { name: 'Mettre à la corbeille' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Mettre à la corbeille' }).click();
      await page.goto(`${url}/espaces/acte-3/corbeille`);
      await page.getByRole('heading', { name: 'Notes de la rencontre de décembre' }).waitFor();
      await expectAccessible(page, 'corbeille');
      await page.getByRole('button', { name: 'Restaurer « Notes de la rencontre de décembre »' }).click();
      await page.getByRole('heading', { name: 'Notes de la rencontre de décembre' }).waitFor({ state: 'detached' });
      await page.goto(`${url}/espaces/acte-3`);
      // The space page shows its top level; the master document unfolds from the keyboard, loading its level.
      const master = page.getByRole('main').getByRole('row', { name: 'Document maître Acte 3' });
      expect((await master.getAttribute('aria-expanded')) === 'false', 'the master document starts folded');
      await master.focus();
      await page.keyboard.press('ArrowRight');
      await page.getByRole('main').getByRole('row', { name: 'Notes de la rencontre de décembre' }).waitFor();
      expect((await master.getAttribute('aria-expanded')) === 'true', 'the master document is unfolded');

      await logout(page);
      await page.goto(`${url}/espaces/acte-3`);
      await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).waitFor();
    },
  ],
];
