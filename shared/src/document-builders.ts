import type { JSONContent } from '@tiptap/core';
import type { CalloutTone, MentionKind } from './content-rules';

/**
 * Small helpers to write documents in code (demo content, tests) in the editor's own JSON.
 * `**bold**` and `*italic*` inside a string become marks; nothing else is interpreted.
 */
export function text(value: string): JSONContent[] {
  const parts: JSONContent[] = [];
  const pattern = /(\*\*[^*]+\*\*|\*[^*]+\*)/g;
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    if (match.index > last) parts.push({ type: 'text', text: value.slice(last, match.index) });
    const raw = match[0];
    const bold = raw.startsWith('**');
    const inner = bold ? raw.slice(2, -2) : raw.slice(1, -1);
    parts.push({ type: 'text', text: inner, marks: [{ type: bold ? 'bold' : 'italic' }] });
    last = match.index + raw.length;
  }
  if (last < value.length) parts.push({ type: 'text', text: value.slice(last) });
  return parts;
}

export const doc = (...blocks: JSONContent[]): JSONContent => ({ type: 'doc', content: blocks });
export const p = (value = ''): JSONContent => (value ? { type: 'paragraph', content: text(value) } : { type: 'paragraph' });
export const h = (level: 1 | 2 | 3 | 4, value: string): JSONContent => ({
  type: 'heading',
  attrs: { level },
  content: text(value),
});
const item = (value: string): JSONContent => ({ type: 'listItem', content: [p(value)] });
export const ul = (...items: string[]): JSONContent => ({ type: 'bulletList', content: items.map(item) });
export const ol = (...items: string[]): JSONContent => ({ type: 'orderedList', content: items.map(item) });
export const tasks = (...items: Array<[done: boolean, value: string]>): JSONContent => ({
  type: 'taskList',
  content: items.map(([checked, value]) => ({ type: 'taskItem', attrs: { checked }, content: [p(value)] })),
});
export const quote = (...paragraphs: string[]): JSONContent => ({ type: 'blockquote', content: paragraphs.map((v) => p(v)) });
export const callout = (tone: CalloutTone, ...paragraphs: string[]): JSONContent => ({
  type: 'callout',
  attrs: { tone },
  content: paragraphs.map((v) => p(v)),
});
export const hr = (): JSONContent => ({ type: 'horizontalRule' });
export const table = (header: string[], ...rows: string[][]): JSONContent => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: header.map((cell) => ({ type: 'tableHeader', content: [p(cell)] })) },
    ...rows.map((row) => ({ type: 'tableRow', content: row.map((cell) => ({ type: 'tableCell', content: [p(cell)] })) })),
  ],
});
/** A mention inside a paragraph's content: `{ type: 'paragraph', content: [...text('Avis de '), mention(…)] }`. */
export const mention = (kind: MentionKind, id: string, label: string): JSONContent => ({ type: 'mention', attrs: { kind, id, label } });
