import { headingIdMaker } from './headingIds';

/** A node of a stored document as the editor writes it (ProseMirror's JSON, schema in @cocon/shared). */
export interface DocumentNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocumentNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export interface DocumentHeading {
  /** The heading's id on the page, for the table of contents' links. */
  id: string;
  level: number;
  text: string;
}

export const isDocumentNode = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && typeof (value as DocumentNode).type === 'string';

export const childrenOf = (node: DocumentNode): DocumentNode[] => (Array.isArray(node.content) ? node.content.filter(isDocumentNode) : []);

/** What a mention reads as: the name as it was written, after an « @ ». */
export const mentionText = (node: DocumentNode) => `@${String(node.attrs?.label ?? '')}`;

/** A node's text as ProseMirror's textContent reads it: a mention says its name, other leaves add nothing. */
export function textOf(node: DocumentNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'mention') return mentionText(node);
  return childrenOf(node).map(textOf).join('');
}

/**
 * The document's headings in order, with the ids the page gives them. Like the editor's reading of its own
 * document: paragraphs are not searched, headings anywhere else are (in a callout, a table), empty ones skipped.
 */
export function readHeadings(doc: DocumentNode): DocumentHeading[] {
  const idFor = headingIdMaker();
  const headings: DocumentHeading[] = [];
  const visit = (node: DocumentNode) => {
    if (node.type === 'heading') {
      const text = textOf(node).trim();
      if (text) headings.push({ id: idFor(text), level: Number(node.attrs?.level ?? 2), text });
      return;
    }
    if (node.type !== 'paragraph') childrenOf(node).forEach(visit);
  };
  childrenOf(doc).forEach(visit);
  return headings;
}

/** How many words a reader sees, counted as the editor counts them (blocks and leaves separate words). */
export function countWords(doc: DocumentNode): number {
  const parts: string[] = [];
  const visit = (node: DocumentNode) => {
    if (node.type === 'text') parts.push(node.text ?? '');
    else {
      parts.push(' ');
      childrenOf(node).forEach(visit);
      parts.push(' ');
    }
  };
  visit(doc);
  return parts.join('').split(/\s+/).filter(Boolean).length;
}

export const wordCountText = (words: number) => (words <= 1 ? `${words} mot` : `${words} mots`);
