import { ChevronDown } from 'lucide-react';
import { useId, useState, type MouseEvent } from 'react';
import { useMediaQuery } from '../../editor/hooks/useMediaQuery';
import type { DocumentHeading } from './documentJson';
import './reader.css';

/** Below this width the table of contents sits above the text, folded; above it, beside the text. */
export const WIDE_LAYOUT = '(min-width: 80rem)';

interface Props {
  headings: DocumentHeading[];
  /** After the page scrolled to a heading: the editor puts a writer's caret there. */
  onFollow?: (heading: DocumentHeading, index: number) => void;
}

/** The document's headings as links; following one scrolls to the heading and keeps it in the address. */
export function TableOfContents({ headings, onFollow }: Props) {
  const titleId = useId();
  const listId = useId();
  const wide = useMediaQuery(WIDE_LAYOUT);
  const [open, setOpen] = useState(false);
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)');

  const follow = (event: MouseEvent<HTMLAnchorElement>, heading: DocumentHeading, index: number) => {
    event.preventDefault();
    document.getElementById(heading.id)?.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
    onFollow?.(heading, index);
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
            {headings.map((heading, index) => (
              <li key={heading.id} className="toc-item" data-level={heading.level}>
                <a href={`#${heading.id}`} className="toc-link" onClick={(event) => follow(event, heading, index)}>
                  {heading.text}
                </a>
              </li>
            ))}
          </ol>
        ))}
    </nav>
  );
}
