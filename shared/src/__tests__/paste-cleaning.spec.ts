import fs from 'node:fs';
import path from 'node:path';
import { DOMParser as ProseMirrorDOMParser } from '@tiptap/pm/model';
import { Window } from 'happy-dom';
import { cleanPastedHtml, documentSchema, documentToText, parseDocument, type JSONContent } from '../index';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

/** What the editor does with pasted HTML: clean it, then read it with the document schema. */
function paste(html: string): JSONContent {
  const window = new Window();
  const cleaned = cleanPastedHtml(html, new window.DOMParser() as unknown as DOMParser);
  const container = window.document.createElement('div');
  container.innerHTML = cleaned;
  const slice = ProseMirrorDOMParser.fromSchema(documentSchema()).parse(container as unknown as Node);
  const json = slice.toJSON() as JSONContent;
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
