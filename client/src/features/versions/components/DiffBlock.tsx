import type { ReactNode } from 'react';
import type { DiffBlockView } from '@cocon/shared/diff/document-diff';

const CONTAINERS: Record<string, string> = {
  quote: 'Citation',
  'callout:info': 'Encadré « Information »',
  'callout:warning': 'Encadré « Attention »',
  'callout:success': 'Encadré « Réussite »',
};

interface Props {
  block: DiffBlockView;
  /** The number of an ordered list item, as the reader saw it. */
  number?: number;
  /** The text to show, when it is not the block's own (a text changed word by word). */
  children?: ReactNode;
}

/**
 * A block of the document as the comparison shows it: a paragraph, a title, a list item (with its bullet or
 * number), a quote or a callout. Titles inside a comparison are styled, not headings: the chapters are.
 */
export function DiffBlock({ block, number, children }: Props) {
  const text = children ?? block.text;
  const container = block.container ? (CONTAINERS[block.container] ?? 'Encadré') : null;
  const className = ['diff-text', `diff-text--${block.type}`, block.container ? `diff-text--in-${block.container.split(':')[0]}` : '']
    .filter(Boolean)
    .join(' ');
  // A callout's kind is written, as in the document; a quote is drawn as one and named for screen readers.
  const prefix =
    container &&
    (block.container === 'quote' ? (
      <span className="visually-hidden">{container} : </span>
    ) : (
      <span className="diff-container-label">
        {container}
        <span className="visually-hidden"> : </span>
      </span>
    ));

  switch (block.type) {
    case 'heading':
      return (
        <p className={`${className} diff-text--heading-${Math.min(block.level, 4)}`}>
          <span className="visually-hidden">Titre : </span>
          {prefix}
          {text}
        </p>
      );
    case 'listItem':
    case 'taskItem':
      return (
        <p className={className} style={{ paddingInlineStart: `${1.5 + block.level * 1.5}rem` }}>
          <span className="diff-marker">
            {block.type === 'taskItem' ? (
              <>
                <span aria-hidden="true">{block.checked ? '☑' : '☐'}</span>
                <span className="visually-hidden">{block.checked ? 'Fait : ' : 'À faire : '}</span>
              </>
            ) : number !== undefined ? (
              `${number}.`
            ) : (
              <span aria-hidden="true">•</span>
            )}
          </span>
          {prefix}
          {text}
        </p>
      );
    case 'codeBlock':
      return (
        <pre className={className}>
          {prefix}
          <code>{text}</code>
        </pre>
      );
    case 'image':
      return (
        <p className={className}>
          {prefix}
          <span className="diff-label">Image</span> {block.text ? <>: {text}</> : 'sans description'}
        </p>
      );
    case 'horizontalRule':
      return (
        <p className={className}>
          <span className="diff-label">Ligne de séparation</span>
        </p>
      );
    default:
      return (
        <p className={className}>
          {prefix}
          {children ?? (block.text || <span className="diff-label">Paragraphe vide</span>)}
        </p>
      );
  }
}
