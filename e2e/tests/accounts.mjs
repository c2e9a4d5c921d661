import { expect, expectAccessible, login } from '../harness.mjs';

export const tests = [
  [
    'an administrator invites someone, who sets a password from the link and is logged in',
    async ({ browser, context, url }) => {
      const page = await context.newPage();
      await login(page, url, 'admin@cocon.test');
      await page.goto(`${url}/admin/invitations`);
      await expectAccessible(page, 'invitations');
      // On a phone the accounts table scrolls sideways with a shadow at the edge where columns hide.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${url}/admin/comptes`);
      const accounts = page.getByRole('region', { name: 'Liste des comptes' });
      await accounts.getByRole('row').nth(1).waitFor();
      const hint = await accounts.evaluate((table) => ({
        scrolls: table.scrollWidth > table.clientWidth,
        shadow: getComputedStyle(table).backgroundImage.includes('gradient'),
      }));
      expect(hint.scrolls && hint.shadow, `the accounts table on a phone: ${JSON.stringify(hint)}`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${url}/admin/invitations`);
      const form = page.getByRole('form', { name: /Inviter/ });
      await page.getByLabel('Adresse e-mail').fill('nouvelle.personne@exemple.test');
      await page.getByLabel('Nom').fill('Nouvelle Personne');
      await page.getByRole('button', { name: /Rôle/ }).click();
      await page.getByRole('option', { name: 'Référent numérique' }).click();
      await page.getByRole('button', { name: /Structure/ }).click();
      await page.getByRole('option').first().click();
      await ((await form.count()) ? form : page)
        .getByRole('button', { name: /Inviter|Envoyer/ })
        .last()
        .click();
      const link = await page.getByLabel('Lien à transmettre').inputValue();
      expect(link.includes('/invitation/'), `invitation link: ${link}`);

      const invited = await browser.newContext({ locale: 'fr-FR' });
      try {
        const visitor = await invited.newPage();
        await visitor.goto(link.replace(/^https?:\/\/[^/]+/, url));
        await visitor.getByLabel('Mot de passe', { exact: true }).fill('un-mot-de-passe-solide');
        await visitor.getByLabel('Confirmez le mot de passe').fill('un-mot-de-passe-solide');
        await expectAccessible(visitor, 'invitation');
        await visitor.getByRole('button', { name: /Choisir|Enregistrer|Créer|Valider/ }).click();
        await visitor.waitForURL((current) => !current.pathname.startsWith('/invitation'));
        await visitor.getByRole('banner').getByText('Nouvelle Personne').waitFor();
      } finally {
        await invited.close();
      }
    },
  ],
];
