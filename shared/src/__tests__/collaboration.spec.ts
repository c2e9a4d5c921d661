import * as Y from 'yjs';
import { documentJSONToYUpdate, replaceYDocContent, yDocToDocumentJSON } from '../collaboration';
import { doc, h, p, table, ul } from '../document-builders';

describe('replacing the content of a live document', () => {
  it('leaves it holding exactly the new content, tables and lists included', () => {
    const live = new Y.Doc();
    Y.applyUpdate(live, documentJSONToYUpdate(doc(h(2, 'Accès libre'), p('Le wifi public.'), ul('Un', 'Deux'))));
    const wanted = doc(h(2, 'Accès libre et en autonomie'), p('Le wifi public est vérifié.'), table(['Service', 'Lieux'], ['Wifi', '9']));
    replaceYDocContent(live, wanted);
    expect(yDocToDocumentJSON(live)).toEqual(yDocToDocumentJSON(docOf(wanted)));
  });

  it('keeps a colleague’s concurrent typing, merged after the replaced content', () => {
    const server = docOf(doc(p('Première version.')));
    const colleague = new Y.Doc();
    Y.applyUpdate(colleague, Y.encodeStateAsUpdate(server));
    const typing = new Y.Doc();
    Y.applyUpdate(typing, Y.encodeStateAsUpdate(colleague));
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Écrit pendant ce temps.')]);
    typing.getXmlFragment('default').push([paragraph]);

    replaceYDocContent(server, doc(p('Version restaurée.')));
    Y.applyUpdate(server, Y.encodeStateAsUpdate(typing));
    const texts = (yDocToDocumentJSON(server).content ?? []).map((block) => block.content?.[0]?.text);
    expect(texts).toEqual(['Version restaurée.', 'Écrit pendant ce temps.']);
  });
});

function docOf(json: ReturnType<typeof doc>): Y.Doc {
  const result = new Y.Doc();
  Y.applyUpdate(result, documentJSONToYUpdate(json));
  return result;
}
