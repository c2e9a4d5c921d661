import { documentSchema } from '@cocon/shared';
import { absolutePositionToRelativePosition, initProseMirrorDoc } from '@tiptap/y-tiptap';
import * as Y from 'yjs';

const encode = (position: Y.RelativePosition) => Buffer.from(Y.encodeRelativePosition(position)).toString('base64');

/**
 * The anchor the editor would send for the first occurrence of `text` in a live document: ProseMirror positions
 * turned into Yjs relative positions with y-tiptap's helper, on the editor's field 'default'. Used to write the
 * demo's discussions (and by tests); people's anchors come from their editor.
 */
export function anchorOfText(doc: Y.Doc, text: string): { from: string; to: string; excerpt: string } {
  const fragment = doc.getXmlFragment('default');
  const { doc: pm, mapping } = initProseMirrorDoc(fragment, documentSchema());
  let from = -1;
  pm.descendants((node, position) => {
    if (from < 0 && node.isText && node.text!.includes(text)) from = position + node.text!.indexOf(text);
    return from < 0;
  });
  if (from < 0) throw new Error(`« ${text} » is not in the document`);
  return {
    from: encode(absolutePositionToRelativePosition(from, fragment, mapping)),
    to: encode(absolutePositionToRelativePosition(from + text.length, fragment, mapping)),
    excerpt: text,
  };
}
