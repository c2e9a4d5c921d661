import * as Y from 'yjs';
import { InvalidDocumentError, build, documentJSONToYUpdate, documentToText, parseDocument, yDocToDocumentJSON } from '../index';

const { doc, h, p, ul, table, callout, tasks } = build;

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

describe('documents as Yjs state', () => {
  it('turns editor JSON into the Yjs state the editor writes, and back, without losing anything', () => {
    const content = doc(h(2, 'Moyens'), p('Des **postes** en plus.'), ul('Investissement', 'Fonctionnement'));
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, documentJSONToYUpdate(content));
    expect(documentToText(yDocToDocumentJSON(ydoc))).toBe(documentToText(content));
    expect(parseDocument(yDocToDocumentJSON(ydoc)).toJSON()).toEqual(parseDocument(content).toJSON());
  });
});
