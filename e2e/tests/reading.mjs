import { expect, expectAccessible, screenshot, login, heading } from '../harness.mjs';
import { createRichDocument, RICH_TITLE } from '../richDocument.mjs';

/**
 * The document's markup as a reader sees it, without what belongs to editing: the editor's own classes and
 * attributes, the wrappers of its node views, its hidden helper elements. One line per element, with its text.
 */
function readableMarkup(root) {
  const editingClass = /^(tiptap|ProseMirror.*|react-renderer|node-.*|visually-hidden)$/;
  const kept = [
    'id',
    'class',
    'href',
    'rel',
    'src',
    'alt',
    'title',
    'start',
    'type',
    'colspan',
    'rowspan',
    'aria-label',
    'data-type',
    'data-checked',
    'data-tone',
    'data-callout',
    'data-kind',
    'data-id',
    'data-label',
    'data-mention',
  ];
  const lines = [];
  const visit = (element, depth) => {
    if (element.matches('img.ProseMirror-separator')) return;
    const wrapper = element.matches('.react-renderer, [data-node-view-content-react]');
    if (!wrapper) {
      const attributes = kept
        .filter((name) => element.hasAttribute(name))
        .map((name) => {
          const value =
            name === 'class'
              ? (element.getAttribute('class') ?? '')
                  .split(/\s+/)
                  .filter((token) => token && !editingClass.test(token))
                  .join(' ')
              : element.getAttribute(name);
          return name === 'class' && !value ? '' : `${name}="${value}"`;
        })
        .filter(Boolean);
      if (element instanceof HTMLInputElement) attributes.push(`checked=${element.checked}`);
      if (element.matches('table, col')) attributes.push(`style="${element.style.cssText}"`);
      const text = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('|');
      lines.push(`${'  '.repeat(depth)}<${element.localName}${attributes.length ? ` ${attributes.join(' ')}` : ''}>${text}`);
    }
    for (const child of element.children) visit(child, wrapper ? depth : depth + 1);
  };
  for (const child of root.children) visit(child, 0);
  return lines.join('\n');
}

export const tests = [
  [
    'a resident without an account reads the public socle commun but is asked to log in for members-only spaces',
    async ({ context, url }) => {
      const page = await context.newPage();
      // The programme's words are explained: a tooltip on « ESC », and their list on the home page.
      await page.goto(url);
      expect((await page.locator('abbr', { hasText: 'ESC' }).first().getAttribute('title'))?.startsWith('Espaces Sociaux Communs'), 'ESC has no explanation');
      await page.getByRole('region', { name: 'Les mots du dispositif' }).getByText('GT ESC', { exact: true }).waitFor();
      await page.goto(`${url}/espaces/socle-commun`);
      await heading(page, 'Socle commun').waitFor();
      await page
        .getByRole('main')
        .getByRole('row', { name: /Socle commun/ })
        .first()
        .getByText('Socle commun', { exact: true })
        .click();
      await heading(page, 'Socle commun').waitFor();
      // The space and its first document share a name: the first crumb says it is the space.
      const crumbs = page.getByRole('navigation', { name: 'Fil d’Ariane' });
      await crumbs.getByRole('link', { name: 'Espace Socle commun' }).waitFor();
      expect((await page.locator('.word-count').textContent()) !== '0 mot', 'the public document says « 0 mot »');
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
    'a visitor reads a document with every kind of block in the light reader, as members see it in the live editor',
    async ({ browser, context, url }) => {
      const rich = await createRichDocument(url);
      const member = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
      try {
        const live = await member.newPage();
        await login(live, url, 'membre@cocon.test');
        await live.goto(`${url}${rich.path}`);
        const editor = live.locator('.collab-editor .ProseMirror', { hasText: 'Fin du document.' });
        await editor.waitFor();
        const liveMarkup = await editor.evaluate(readableMarkup);
        const liveWords = await live.locator('.editor-word-count').textContent();

        const page = await context.newPage();
        const scripts = [];
        page.on('response', (response) => response.request().resourceType() === 'script' && scripts.push(response));
        await page.goto(`${url}${rich.path}`);
        await heading(page, RICH_TITLE).waitFor();
        const light = page.locator('.reading-main .document-body', { hasText: 'Fin du document.' });
        await light.waitFor();
        const lightMarkup = await light.evaluate(readableMarkup);
        const [liveLines, lightLines] = [liveMarkup.split('\n'), lightMarkup.split('\n')];
        expect(liveLines.length > 60, `the editor's markup was not read (${liveLines.length} lines)`);
        const first = liveLines.findIndex((line, i) => line !== lightLines[i]);
        expect(
          first === -1 && liveLines.length === lightLines.length,
          `the light reader differs from the editor at line ${first + 1}:\n  editor: ${liveLines[first]}\n  reader: ${lightLines[first]}`,
        );
        expect((await page.locator('.ProseMirror').count()) === 0, 'the visitor’s page runs the editor');
        const loaded = await Promise.all(scripts.map((response) => response.text()));
        expect(!loaded.some((code) => code.includes('ProseMirror-hideselection')), 'the visitor’s page downloaded ProseMirror');
        expect(
          (await page.locator('.word-count').textContent()) === liveWords,
          `word count: « ${await page.locator('.word-count').textContent()} », the editor says « ${liveWords} »`,
        );

        // Only web and e-mail links, only Cocon's own images.
        expect(
          (await light.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).every((href) => /^(https:|mailto:)/.test(href)),
          'a link that is not a web or e-mail address',
        );
        await light.getByRole('img', { name: 'Un pixel transparent' }).waitFor();

        // The table of contents leads to the heading, and the address keeps it.
        await page.getByRole('navigation', { name: 'Sommaire' }).getByRole('link', { name: 'Un tableau' }).click();
        await page.waitForFunction(() => window.location.hash === '#titre-un-tableau');
        await page.getByRole('heading', { level: 3, name: 'Un tableau' }).waitFor();
        // The page scrolls smoothly: the heading comes into view within a moment.
        const inView = await page
          .waitForFunction(
            () => {
              const top = document.getElementById('titre-un-tableau')?.getBoundingClientRect().top;
              return top !== undefined && top >= 0 && top < window.innerHeight;
            },
            undefined,
            { timeout: 5000 },
          )
          .then(
            () => true,
            () => false,
          );
        expect(inView, 'the heading of the table of contents is not in view');
        await expectAccessible(page, 'document riche, lecture sans compte');
        await screenshot(page, 'reader-rich-1280');
        await page.setViewportSize({ width: 390, height: 844 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow <= 0, `the page scrolls sideways by ${overflow} px on a phone`);
        await expectAccessible(page, 'document riche sur téléphone');
        await screenshot(page, 'reader-rich-390');
      } finally {
        await member.close();
      }
    },
  ],
];
