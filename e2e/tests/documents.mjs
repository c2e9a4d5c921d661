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
      await page.getByRole('main').getByRole('row', { name: /Document maître Acte 3/ }).first().getByText('Document maître Acte 3').click();
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

      // Move it under the master document, with the keyboard-friendly dialog.
      await page.getByRole('group', { name: 'Actions sur le document' }).getByRole('button', { name: 'Déplacer' }).click();
      const move = page.getByRole('dialog');
      await move.getByRole('button', { name: /Ranger dans/ }).click();
      await page.getByRole('option', { name: /Document maître Acte 3/ }).first().click();
      await move.getByRole('button', { name: 'Déplacer', exact: true }).click();
      await move.waitFor({ state: 'detached' });
      await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Document maître Acte 3' }).waitFor();

      // Trash it, then restore it from the space's trash.
      await page.getByRole('group', { name: 'Actions sur le document' }).getByRole('button', { name: 'Mettre à la corbeille' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Mettre à la corbeille' }).click();
      await page.goto(`${url}/espaces/acte-3/corbeille`);
      await page.getByRole('heading', { name: 'Notes de la rencontre de décembre' }).waitFor();
      await expectAccessible(page, 'corbeille');
      await page.getByRole('button', { name: 'Restaurer « Notes de la rencontre de décembre »' }).click();
      await page.getByRole('heading', { name: 'Notes de la rencontre de décembre' }).waitFor({ state: 'detached' });
      await page.goto(`${url}/espaces/acte-3`);
      await page.getByRole('main').getByText('Notes de la rencontre de décembre').first().waitFor();

      await logout(page);
      await page.goto(`${url}/espaces/acte-3`);
      await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).waitFor();
    },
  ],
];
