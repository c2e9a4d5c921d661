import fs from 'node:fs';
import path from 'node:path';
import { DOMParser as ProseMirrorDOMParser, Slice } from '@tiptap/pm/model';
import { Window } from 'happy-dom';
import { allowedSlice, cleanPastedHtml, documentSchema, documentToText, findContentProblem, parseDocument, type JSONContent } from '../index';
import { IMAGE, TRAP, refusedHrefs, refusedImageSources } from './fixtures/hostile-content.cjs';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

/** What the editor does with pasted HTML: clean it, then read it with the document schema. */
function paste(html: string): JSONContent {
  const window = new Window();
  const cleaned = cleanPastedHtml(html, new window.DOMParser() as unknown as DOMParser);
  const container = window.document.createElement('div');
  container.innerHTML = cleaned;
  const parsed = ProseMirrorDOMParser.fromSchema(documentSchema()).parse(container as unknown as Node);
  // As the editor's transformPasted does once the schema has read the HTML.
  const json = { type: 'doc', content: allowedSlice(new Slice(parsed.content, 0, 0), documentSchema()).content.toJSON() ?? [] } as JSONContent;
  // What the editor would store must be a valid document.
  parseDocument(json);
  return json;
}

const nodesOf = (json: JSONContent, type: string): JSONContent[] =>
  [json.type === type ? [json] : [], ...(json.content ?? []).map((child) => nodesOf(child, type))].flat();
const marksOn = (json: JSONContent, text: string): string[] =>
  nodesOf(json, 'text')
    .filter((node) => node.text?.includes(text))
    .flatMap((node) => (node.marks ?? []).map((mark) => mark.type));

describe('pasting from Word', () => {
  const json = paste(fixture('word.html'));
  const text = documentToText(json);

  it('keeps the heading, bold and italic, without Word’s fonts, colours, styles or empty spacing paragraphs', () => {
    expect(nodesOf(json, 'heading').map((node) => [node.attrs?.level, documentToText({ type: 'doc', content: [node] })])).toEqual([
      [2, 'Forces et faiblesses'],
    ]);
    expect(marksOn(json, 'très fréquentées')).toEqual(['bold']);
    expect(marksOn(json, 'bien identifiées')).toEqual(['italic']);
    expect(text).not.toMatch(/MsoNormal|Calibri|mso-|font-family|AllowPNG/);
    // Nothing of Word's markup survives anywhere, attributes included.
    expect(JSON.stringify(json)).not.toMatch(/Mso|mso-|font|color|windowtext|Calibri/i);
    expect(text.split('\n')).not.toContain('');
  });

  it('turns Word’s bullet and numbered paragraphs into real nested lists, without the typed markers', () => {
    const [bullets] = nodesOf(json, 'bulletList');
    expect(documentToText({ type: 'doc', content: [bullets] }).split('\n')).toEqual([
      'Wifi public dans les 9 ESC',
      'Bornes CAF',
      'Ordinateurs en libre-service',
    ]);
    // "Bornes CAF" is a level-2 item: a list inside the first item.
    expect(nodesOf(bullets.content![0], 'listItem').map((item) => documentToText({ type: 'doc', content: item.content }))).toContain('Bornes CAF');
    const [numbered] = nodesOf(json, 'orderedList');
    expect(documentToText({ type: 'doc', content: [numbered] }).split('\n')).toEqual(['Recenser les besoins', 'Former les médiateurs']);
    expect(text).not.toMatch(/·|^o\s/m);
  });

  it('keeps the table and the safe link; drops the javascript: link and the picture on the author’s disk', () => {
    expect(nodesOf(json, 'table')).toHaveLength(1);
    expect(nodesOf(json, 'tableCell').length + nodesOf(json, 'tableHeader').length).toBe(4);
    expect(text).toContain('Service');
    const links = nodesOf(json, 'text').flatMap((node) => (node.marks ?? []).filter((mark) => mark.type === 'link'));
    expect(links.map((mark) => mark.attrs?.href)).toEqual(['https://www.rennes.fr/e-inclusion']);
    expect(text).toContain('ce lien piégé');
    expect(nodesOf(json, 'image')).toEqual([]);
  });
});

describe('pasting from LibreOffice', () => {
  const json = paste(fixture('libreoffice.html'));

  it('keeps the title, the marks written as styles, the numbered list and the table', () => {
    expect(nodesOf(json, 'heading').map((node) => node.attrs?.level)).toEqual([1]);
    expect(marksOn(json, 'les premières permanences')).toEqual(['bold']);
    expect(marksOn(json, '2018')).toEqual(['italic']);
    expect(nodesOf(json, 'orderedList')).toHaveLength(1);
    expect(nodesOf(json, 'table')).toHaveLength(1);
    expect(documentToText(json)).not.toMatch(/Liberation|page-break/);
  });
});

describe('pasting from a web page', () => {
  const json = paste(fixture('web.html'));
  const text = documentToText(json);

  it('drops scripts, frames, event handlers, tracking and data: images, and data: links', () => {
    expect(text).not.toMatch(/cookie|steal|video\.exemple/);
    expect(nodesOf(json, 'image')).toEqual([]);
    const hrefs = nodesOf(json, 'text').flatMap((node) => (node.marks ?? []).filter((mark) => mark.type === 'link').map((mark) => mark.attrs?.href));
    expect(hrefs).toEqual(['mailto:contact@cocon.test']);
  });

  it('keeps headings, strong and emphasis, lists, quotes and code; Google Docs’ wrapper is not bold', () => {
    expect(nodesOf(json, 'heading').map((node) => node.attrs?.level)).toEqual([3]);
    expect(marksOn(json, 'accès libre')).toEqual(['bold']);
    expect(marksOn(json, 'accompagné')).toEqual(['italic']);
    expect(marksOn(json, 'pour toutes et tous')).toEqual(['bold']);
    expect(marksOn(json, 'Texte venu de Google Docs')).toEqual([]);
    expect(nodesOf(json, 'bulletList')).toHaveLength(1);
    expect(nodesOf(json, 'blockquote')).toHaveLength(1);
    expect(nodesOf(json, 'codeBlock').map((node) => documentToText({ type: 'doc', content: [node] }))).toEqual(['npm start']);
  });
});

describe('pasting hostile HTML', () => {
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const handler = `onclick="${TRAP}" onmouseover="${TRAP}" style="position:fixed;inset:0" class="bouton"`;
  const payloads = [
    ...refusedHrefs.map((href) => `<p>Un <a href="${attribute(href)}" ${handler}>lien</a>.</p>`),
    ...refusedImageSources.map((src) => `<p>Avant</p><img src="${attribute(src)}" onerror="${TRAP}"><p>Après</p>`),
    ...['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math', 'form', 'template', 'noscript'].map(
      (tag) => `<${tag} onload="${TRAP}">${TRAP}</${tag}><p>Suite</p>`,
    ),
    `<a href="https://exemple.fr" target="_blank" rel="opener" class="bouton" title="Titre">sûr</a>`,
    `<a href="https://exemple.fr" ${handler}>sûr</a>`,
    `<ol start="abc" type="disc"><li>un</li></ol>`,
    `<ol start="-99999999"><li>un</li></ol>`,
    `<pre><code class="language-js&quot;&gt;&lt;script&gt;">x</code></pre>`,
    `<table><tr><td style="text-align: left;background:url(x)" colspan="0" data-colwidth="abc">x</td></tr></table>`,
    `<aside data-callout data-tone="danger"><p>x</p></aside>`,
    `<p><span data-mention data-kind="ADMIN" data-id="&quot;&gt;&lt;img src=x&gt;" data-label="x">@x</span></p>`,
    `<img src="${IMAGE}" width="100px;background:url(x)" height="50%" alt="ok" onerror="${TRAP}">`,
    `<p style="color:red" class="x" data-x="1">x</p><h7>titre</h7><h2 onclick="${TRAP}">titre</h2>`,
    `<ul><li><p>x</p><img src="https://malveillant.example/x.png"></li></ul>`,
    `<p><b style="font-weight:normal"><a href="javascript:${TRAP}">x</a></b></p>`,
  ];

  it.each(payloads.map((html) => [html.slice(0, 70), html]))('keeps only what the rules allow of %s', (_label, html) => {
    const json = paste(html);
    expect(findContentProblem(json)).toBeNull();
    const serialized = JSON.stringify(json);
    expect(serialized).not.toMatch(/javascript:|data:|vbscript:|malveillant|onclick|onerror|bouton|\bopener|_blank/i);
  });

  it('keeps the safe link with its text and title, and the image of Cocon with its description', () => {
    const link = paste(payloads[refusedHrefs.length + refusedImageSources.length + 10]);
    expect(nodesOf(link, 'text')[0].marks).toEqual([
      { type: 'link', attrs: { href: 'https://exemple.fr', target: null, rel: 'noopener noreferrer nofollow', class: null, title: 'Titre' } },
    ]);
    expect(nodesOf(paste(`<img src="${IMAGE}" alt="Une photo">`), 'image')[0].attrs).toMatchObject({ src: IMAGE, alt: 'Une photo' });
  });
});
