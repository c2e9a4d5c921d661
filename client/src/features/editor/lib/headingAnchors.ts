import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { headingIdMaker } from '../../documents/reader/headingIds';

export interface HeadingEntry {
  /** The id given to the heading on the page, for the table of contents' links. */
  id: string;
  level: number;
  text: string;
  /** Where the heading starts in the document, to put the caret there. */
  pos: number;
}

/** The document's headings in order, each with an id unique on the page, read from the current text. */
export function readHeadings(doc: ProseMirrorNode): HeadingEntry[] {
  const idFor = headingIdMaker();
  const headings: HeadingEntry[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'heading') return node.type.name !== 'paragraph';
    const text = node.textContent.trim();
    if (!text) return false;
    headings.push({ id: idFor(text), level: node.attrs.level as number, text, pos });
    return false;
  });
  return headings;
}

/**
 * Gives each heading of the editor an id on the page (a decoration: the stored document does not change), so
 * that the table of contents links to it, and the address #titre-… opens at it.
 */
const anchorsKey = new PluginKey<DecorationSet>('headingAnchors');

export const HeadingAnchors = Extension.create({
  name: 'headingAnchors',
  addProseMirrorPlugins() {
    const decorate = (doc: ProseMirrorNode) =>
      DecorationSet.create(
        doc,
        readHeadings(doc).map((heading) => Decoration.node(heading.pos, heading.pos + doc.nodeAt(heading.pos)!.nodeSize, { id: heading.id })),
      );
    return [
      new Plugin({
        key: anchorsKey,
        state: {
          init: (_config, state) => decorate(state.doc),
          apply: (tr, previous) => (tr.docChanged ? decorate(tr.doc) : previous),
        },
        props: { decorations: (state) => anchorsKey.getState(state) },
      }),
    ];
  },
});
