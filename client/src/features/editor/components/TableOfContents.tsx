import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { TableOfContents as HeadingLinks } from '../../documents/reader/TableOfContents';
import { readHeadings, type HeadingEntry } from '../lib/headingAnchors';

const sameHeadings = (a: HeadingEntry[], b: HeadingEntry[]) =>
  a.length === b.length && a.every((heading, i) => heading.id === b[i].id && heading.level === b[i].level && heading.pos === b[i].pos);

/**
 * The document's headings as links, updated as people type. Following one scrolls to the heading and, for a
 * writer, puts the caret there, so the keyboard goes on from that place.
 */
export function TableOfContents({ editor }: { editor: Editor }) {
  const headings =
    useEditorState({ editor, selector: ({ editor: current }) => readHeadings(current.state.doc), equalityFn: (a, b) => b !== null && sameHeadings(a, b) }) ??
    [];
  return (
    <HeadingLinks
      headings={headings}
      onFollow={(_heading, index) => {
        if (editor.isEditable)
          editor
            .chain()
            .setTextSelection(headings[index].pos + 1)
            .focus(undefined, { scrollIntoView: false })
            .run();
      }}
    />
  );
}
