import { Callout, documentExtensions } from '@cocon/shared';
import type { AnyExtension } from '@tiptap/core';
import { Heading, type Level } from '@tiptap/extension-heading';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { CalloutView } from './CalloutView';

const LEVELS: Level[] = [1, 2, 3, 4];

/**
 * The document's title is the page's only h1: a heading of level 1 in the content is shown as an h2,
 * like the level-2 headings writers usually start with. The stored level does not change.
 */
const ReadingHeading = Heading.extend({
  renderHTML({ node, HTMLAttributes }) {
    const level = Math.max(node.attrs.level as number, 2);
    return [`h${level}`, HTMLAttributes, 0];
  },
}).configure({ levels: LEVELS });

/** Callouts say their tone in words, with an icon, not with a colour alone. */
const ReadingCallout = Callout.extend({
  addNodeView() {
    return ReactNodeViewRenderer(CalloutView);
  },
});

/** The shared document schema with the views of reading: same nodes, same JSON, different rendering. */
export function readerExtensions(): AnyExtension[] {
  return documentExtensions().flatMap((extension): AnyExtension[] => {
    switch (extension.name) {
      case 'starterKit':
        return [extension.configure({ heading: false }), ReadingHeading];
      case 'callout':
        return [ReadingCallout];
      case 'taskItem':
        return [
          extension.configure({
            // The task's own words, not those of the tasks nested under it.
            a11y: {
              checkboxLabel: (node: { textContent: string; firstChild: { textContent: string } | null }, checked: boolean) =>
                `${checked ? 'Fait' : 'À faire'} : ${(node.firstChild ?? node).textContent}`,
            },
          }),
        ];
      default:
        return [extension];
    }
  });
}
