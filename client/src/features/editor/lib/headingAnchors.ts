import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { fold } from './slashCommands';

export interface HeadingEntry {
  /** The id given to the heading on the page, for the table of contents' links. */
  id: string;
  level: number;
  text: string;
  /** Where the heading starts in the document, to put the caret there. */
  pos: number;
}

const slug = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'titre';

/** The document's headings in order, each with an id unique on the page, read from the current text. */
export function readHeadings(doc: ProseMirrorNode): HeadingEntry[] {
  const used = new Map<string, number>();
  const headings: HeadingEntry[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'heading') return node.type.name !== 'paragraph';
    const text = node.textContent.trim();
    if (!text) return false;
    const base = `titre-${slug(text)}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    headings.push({ id: seen ? `${base}-${seen + 1}` : base, level: node.attrs.level as number, text, pos });
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
