import { expect, expectAccessible, screenshot, login, heading } from '../harness.mjs';

export const tests = [
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
];
