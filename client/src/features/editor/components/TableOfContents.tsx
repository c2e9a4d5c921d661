import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { ChevronDown } from 'lucide-react';
import { useId, useState, type MouseEvent } from 'react';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { readHeadings, type HeadingEntry } from '../lib/headingAnchors';

/** Below this width the table of contents sits above the text, folded; above it, beside the text. */
export const WIDE_LAYOUT = '(min-width: 80rem)';

const sameHeadings = (a: HeadingEntry[], b: HeadingEntry[]) =>
  a.length === b.length && a.every((heading, i) => heading.id === b[i].id && heading.level === b[i].level && heading.pos === b[i].pos);

/**
 * The document's headings as links, updated as people type. Following one scrolls to the heading and, for a
 * writer, puts the caret there, so the keyboard goes on from that place.
 */
export function TableOfContents({ editor }: { editor: Editor }) {
  const titleId = useId();
  const listId = useId();
  const wide = useMediaQuery(WIDE_LAYOUT);
  const [open, setOpen] = useState(false);
  const headings = useEditorState({ editor, selector: ({ editor: current }) => readHeadings(current.state.doc), equalityFn: (a, b) => b !== null && sameHeadings(a, b) }) ?? [];
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');

  const follow = (event: MouseEvent<HTMLAnchorElement>, heading: HeadingEntry) => {
    event.preventDefault();
    const target = document.getElementById(heading.id);
    target?.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
    if (editor.isEditable) editor.chain().setTextSelection(heading.pos + 1).focus(undefined, { scrollIntoView: false }).run();
    history.replaceState(null, '', `#${heading.id}`);
    if (!wide) setOpen(false);
  };

  const shown = wide || open;
  return (
    <nav className="toc" aria-labelledby={titleId}>
      <h2 className="toc-title" id={titleId}>
        {wide ? (
          'Sommaire'
        ) : (
          <button type="button" className="toc-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            Sommaire ({headings.length})
            <ChevronDown aria-hidden="true" size={20} className="toc-chevron" />
          </button>
        )}
      </h2>
      {shown &&
        (headings.length === 0 ? (
          <p className="toc-empty" id={listId}>
            Les titres du document apparaîtront ici.
          </p>
        ) : (
          <ol className="toc-list" id={listId}>
            {headings.map((heading) => (
              <li key={heading.id} className="toc-item" data-level={heading.level}>
                <a href={`#${heading.id}`} className="toc-link" onClick={(event) => follow(event, heading)}>
                  {heading.text}
                </a>
              </li>
            ))}
          </ol>
        ))}
    </nav>
  );
}
