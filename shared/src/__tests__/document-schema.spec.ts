import * as Y from 'yjs';
import { Window } from 'happy-dom';
import { DOMSerializer } from '@tiptap/pm/model';
import { InvalidDocumentError, build, documentJSONToYUpdate, documentSchema, documentToText, isSafeLinkUrl, parseDocument, yDocToDocumentJSON } from '../index';

const { doc, h, p, ul, table, callout, tasks, mention, text } = build;

describe('the shared document schema', () => {
  it('reads every kind of block the editor writes and turns it into plain text, one block per line', () => {
    const content = doc(
      h(1, 'Socle commun'),
      p('Un accès **libre** et *gratuit*.'),
      ul('Wifi public', 'Ordinateurs en libre-service'),
      tasks([true, 'Bornes CAF réparées'], [false, 'Wifi dans les 9 ESC']),
      table(['Service', 'Lieux'], ['Wifi', '2 sur 9']),
      callout('warning', 'À revoir en juin.'),
    );
    expect(documentToText(content).split('\n')).toEqual([
      'Socle commun',
      'Un accès libre et gratuit.',
      'Wifi public',
      'Ordinateurs en libre-service',
      'Bornes CAF réparées',
      'Wifi dans les 9 ESC',
      'Service',
      'Lieux',
      'Wifi',
      '2 sur 9',
      'À revoir en juin.',
    ]);
  });

  it('keeps bold and italic as marks', () => {
    const node = parseDocument(doc(p('Un **accès** libre')));
    const marks = node.firstChild?.child(1).marks.map((mark) => mark.type.name);
    expect(marks).toEqual(['bold']);
  });

  it.each([
    ['a value that is not a document', 'bonjour'],
    ['a node type the editor does not know', { type: 'doc', content: [{ type: 'script', text: 'x' }] }],
    ['text directly under the document', { type: 'doc', content: [{ type: 'text', text: 'x' }] }],
    ['a heading holding a list', { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [ul('x')] }] }],
  ])('refuses %s', (_label, json) => {
    expect(() => parseDocument(json)).toThrow(InvalidDocumentError);
  });
});

describe('mentions of people and structures', () => {
  const PERSON = '5b0c4f1e-2a40-4e8e-9d6f-0c1c1f6b6a01';
  const STRUCTURE = '5b0c4f1e-2a40-4e8e-9d6f-0c1c1f6b6a02';
  const content = doc({
    type: 'paragraph',
    content: [...text('Avis de '), mention('PERSON', PERSON, 'Claire Martin'), ...text(' pour '), mention('STRUCTURE', STRUCTURE, 'CAF'), ...text('.')],
  });

  it('reads as "@Prénom Nom" and "@CAF" in the plain text', () => {
    expect(documentToText(content)).toBe('Avis de @Claire Martin pour @CAF.');
  });

  it('renders as readable text that keeps who is mentioned, and reads back the same', () => {
    const window = new Window();
    const fragment = DOMSerializer.fromSchema(documentSchema()).serializeFragment(parseDocument(content).content, {
      document: window.document as unknown as Document,
    });
    const container = window.document.createElement('div');
    container.appendChild(fragment as unknown as never);
    const [person, structure] = [...container.querySelectorAll('span[data-mention]')];
    expect([person.textContent, person.getAttribute('data-kind'), person.getAttribute('data-id')]).toEqual(['@Claire Martin', 'PERSON', PERSON]);
    expect([structure.textContent, structure.getAttribute('data-kind')]).toEqual(['@CAF', 'STRUCTURE']);
  });

  it('keeps stored documents written before mentions existed valid, and survives the Yjs round trip', () => {
    const before = doc(h(2, 'Moyens'), p('Des **postes** en plus.'), tasks([false, 'Chiffrer']), callout('info', 'Note'));
    expect(() => parseDocument(JSON.parse(JSON.stringify(before)))).not.toThrow();
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, documentJSONToYUpdate(content));
    expect(documentToText(yDocToDocumentJSON(ydoc))).toBe('Avis de @Claire Martin pour @CAF.');
  });
});

describe('links', () => {
  it.each(['https://www.rennes.fr/', 'http://exemple.fr/page?x=1', 'mailto:contact@cocon.test'])('accepts %s', (url) => {
    expect(isSafeLinkUrl(url)).toBe(true);
  });
  it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://exemple.fr', 'www.exemple.fr', 'https://', 'mailto:personne', 'file:///etc/passwd'])(
    'refuses %s',
    (url) => {
      expect(isSafeLinkUrl(url)).toBe(false);
    },
  );

  it('never stores an unsafe address as a link, even in JSON', () => {
    const json = doc({ type: 'paragraph', content: [{ type: 'text', text: 'piège', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] });
    const window = new Window();
    const dom = DOMSerializer.fromSchema(documentSchema()).serializeFragment(parseDocument(json).content, { document: window.document as unknown as Document });
    const container = window.document.createElement('div');
    container.appendChild(dom as unknown as never);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('');
  });
});

describe('documents as Yjs state', () => {
  it('turns editor JSON into the Yjs state the editor writes, and back, without losing anything', () => {
    const content = doc(h(2, 'Moyens'), p('Des **postes** en plus.'), ul('Investissement', 'Fonctionnement'));
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, documentJSONToYUpdate(content));
    expect(documentToText(yDocToDocumentJSON(ydoc))).toBe(documentToText(content));
    expect(parseDocument(yDocToDocumentJSON(ydoc)).toJSON()).toEqual(parseDocument(content).toJSON());
  });
});
