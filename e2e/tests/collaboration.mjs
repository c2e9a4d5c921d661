import { expect, expectAccessible, screenshot, login, heading } from '../harness.mjs';

export const tests = [
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
        await writer
          .getByRole('region', { name: /Dans le document/ })
          .getByText('Sophie Lemoine')
          .waitFor();

        // The member sees the text live but cannot type in it.
        const reading = member.locator('.ProseMirror');
        expect((await reading.getAttribute('contenteditable')) === 'false', 'the member’s editor is editable');
        expect((await member.getByRole('toolbar', { name: 'Mise en forme' }).count()) === 0, 'the member sees the formatting toolbar');
        await member.getByText('Accord de la Ville de Rennes.', { exact: false }).waitFor();
        await status(member, 'À jour').waitFor();

        await expectAccessible(writer, 'document en édition simultanée');
        await expectAccessible(member, 'document en lecture, en direct');
        await screenshot(writer, 'editor-1280');

        // The writer puts the document in the trash: the colleague is told at once and can no longer type in it.
        await writer.getByRole('group', { name: 'Actions sur le document' }).getByRole('button', { name: 'Mettre à la corbeille' }).click();
        await writer.getByRole('alertdialog').getByRole('button', { name: 'Mettre à la corbeille' }).click();
        await colleague.getByText('La modification de ce document s’est arrêtée').waitFor({ timeout: 5000 });
        await colleague.getByText('Ce document a été mis à la corbeille : il ne peut plus être modifié.').waitFor();
        expect((await colleague.locator('.ProseMirror').getAttribute('contenteditable')) === 'false', 'the colleague can still type in a trashed document');
        await expectAccessible(colleague, 'document mis à la corbeille pendant l’édition');
        await screenshot(colleague, 'editor-trashed-1280');
      } finally {
        for (const other of others) await other.close();
      }
    },
  ],
];
