// Browser tests of Cocon: `npm run test:browser` (builds everything first).
import { expect, expectAccessible, runTests, screenshot } from './harness.mjs';

const DEMO_PASSWORD = 'cocon-demo';

async function login(page, url, email) {
  await page.goto(`${url}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('button', { name: /Menu de|Claire|Compte|profil/i }).first().waitFor().catch(() => {});
  await page.waitForURL((current) => !current.pathname.startsWith('/connexion'));
}

async function logout(page) {
  const menu = page.getByRole('banner').getByRole('button').last();
  await menu.click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Se connecter' }).waitFor();
}

const heading = (page, name) => page.getByRole('heading', { level: 1, name });

const tests = [
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
  [
    'an administrator invites someone, who sets a password from the link and is logged in',
    async ({ browser, context, url }) => {
      const page = await context.newPage();
      await login(page, url, 'admin@cocon.test');
      await page.goto(`${url}/admin/invitations`);
      await expectAccessible(page, 'invitations');
      const form = page.getByRole('form', { name: /Inviter/ });
      await page.getByLabel('Adresse e-mail').fill('nouvelle.personne@exemple.test');
      await page.getByLabel('Nom').fill('Nouvelle Personne');
      await page.getByRole('button', { name: /Rôle/ }).click();
      await page.getByRole('option', { name: 'Référent numérique' }).click();
      await page.getByRole('button', { name: /Structure/ }).click();
      await page.getByRole('option').first().click();
      await (await form.count() ? form : page).getByRole('button', { name: /Inviter|Envoyer/ }).last().click();
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
  [
    'a resident without an account reads the public socle commun but is asked to log in for members-only spaces',
    async ({ context, url }) => {
      const page = await context.newPage();
      await page.goto(`${url}/espaces/socle-commun`);
      await heading(page, 'Socle commun').waitFor();
      await page.getByRole('main').getByRole('row', { name: /Socle commun/ }).first().getByText('Socle commun', { exact: true }).click();
      await heading(page, 'Socle commun').waitFor();
      await expectAccessible(page, 'document public');
      await page.goto(`${url}/espaces/acte-3`);
      await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).waitFor();
      await expectAccessible(page, 'espace réservé');
    },
  ],
  [
    'on a phone (390 px) the menu opens the spaces and the document reads without sideways scrolling',
    async ({ browser, url }) => {
      const phone = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      try {
        const page = await phone.newPage();
        await login(page, url, 'membre@cocon.test');
        await page.getByRole('button', { name: 'Menu' }).click();
        await page.getByRole('dialog').getByRole('link', { name: 'Socle commun', exact: true }).first().click();
        await heading(page, 'Socle commun').waitFor();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
        await expectAccessible(page, 'espace sur téléphone');
        await screenshot(page, 'space-390');
      } finally {
        await phone.close();
      }
    },
  ],
  [
    'two writers edit the same document live and a member reads without typing',
    async ({ browser, context, url }) => {
      const writer = await context.newPage();
      await login(writer, url, 'redaction@cocon.test');
      await writer.goto(`${url}/espaces/acte-3`);
      await heading(writer, 'Acte 3').waitFor();
      await writer.getByRole('button', { name: 'Nouveau document' }).click();
      const dialog = writer.getByRole('dialog');
      await dialog.getByLabel('Titre').fill('Relevé de décisions écrit à deux');
      await dialog.getByRole('button', { name: /Créer/ }).click();
      await heading(writer, 'Relevé de décisions écrit à deux').waitFor();
      const address = writer.url();
      const editorOf = (page) => page.getByRole('textbox', { name: 'Contenu du document' });
      const status = (page, text) => page.getByRole('status').filter({ hasText: text });

      const others = [];
      const open = async (email) => {
        const other = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
        others.push(other);
        const page = await other.newPage();
        await login(page, url, email);
        await page.goto(address);
        await heading(page, 'Relevé de décisions écrit à deux').waitFor();
        return page;
      };
      try {
        const colleague = await open('gt@cocon.test');
        const member = await open('membre@cocon.test');
        await editorOf(colleague).waitFor();
        await status(colleague, 'Enregistré').waitFor();

        const sentence = 'Les deux structures tiendront la permanence numérique le mardi.';
        await editorOf(writer).click();
        await writer.keyboard.type(sentence);
        await colleague.getByText(sentence).waitFor();
        await member.getByText(sentence).waitFor();
        await status(writer, 'Enregistré').waitFor();

        // The colleague writes too, and the first writer sees it.
        await editorOf(colleague).click();
        await colleague.keyboard.press('Control+End');
        await colleague.keyboard.type(' Accord de la Ville de Rennes.');
        await writer.getByText('Accord de la Ville de Rennes.', { exact: false }).waitFor();
        await status(colleague, 'Enregistré').waitFor();
        await writer.getByRole('region', { name: /Dans le document/ }).getByText('Sophie Lemoine').waitFor();

        // The member sees the text live but cannot type in it.
        const reading = member.locator('.ProseMirror');
        expect((await reading.getAttribute('contenteditable')) === 'false', 'the member’s editor is editable');
        expect((await member.getByRole('toolbar', { name: 'Mise en forme' }).count()) === 0, 'the member sees the formatting toolbar');
        await member.getByText('Accord de la Ville de Rennes.', { exact: false }).waitFor();
        await status(member, 'À jour').waitFor();

        await expectAccessible(writer, 'document en édition simultanée');
        await expectAccessible(member, 'document en lecture, en direct');
        await screenshot(writer, 'editor-1280');
      } finally {
        for (const other of others) await other.close();
      }
    },
  ],
];

await runTests(tests);
