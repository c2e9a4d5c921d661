import type { JSONContent } from '@tiptap/core';

/**
 * A document read as the sequence of its smallest blocks of text: what people think of as "a paragraph".
 * Lists, quotes and callouts are opened so that one changed list item is one changed block, not a changed list;
 * a table stays one block whose cells are compared one by one.
 */
export interface DocBlock {
  /** Identity of the block's content and kind: two blocks with the same key are the same text, formatted alike. */
  key: string;
  type: 'paragraph' | 'heading' | 'listItem' | 'taskItem' | 'codeBlock' | 'table' | 'image' | 'horizontalRule' | 'other';
  /** Heading level, or depth inside lists (0 at the top). */
  level: number;
  /** Plain text; for a table, its cells joined by tabs and rows by new lines. */
  text: string;
  /** For list items: bullet, ordered or task list. */
  marker?: 'bullet' | 'ordered' | 'task';
  checked?: boolean;
  /** Inside a quote or a callout (its tone). */
  container?: 'quote' | `callout:${string}`;
  /** For a table: the text of each cell, row by row. */
  cells?: string[][];
}

/**
 * JSON with keys in a fixed order. The same content read back from PostgreSQL (jsonb reorders keys) and from the
 * live editor must give the same text, for blocks to be recognised as unchanged.
 */
export function canonicalJSON(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJSON).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, inner]) => inner !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJSON(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const textOf = (node: JSONContent): string => {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (node.type === 'mention') return `@${String(node.attrs?.label ?? '')}`;
  return (node.content ?? []).map(textOf).join('');
};

const LIST_MARKERS: Record<string, DocBlock['marker']> = { bulletList: 'bullet', orderedList: 'ordered', taskList: 'task' };

/** The blocks of a document in reading order. */
export function documentBlocks(doc: JSONContent): DocBlock[] {
  const blocks: DocBlock[] = [];
  const push = (node: JSONContent, block: Omit<DocBlock, 'key'>) => {
    const context = `${block.type}|${block.level}|${block.marker ?? ''}|${block.checked ?? ''}|${block.container ?? ''}`;
    blocks.push({ ...block, key: `${context}|${canonicalJSON(node.content ?? node.attrs ?? null)}` });
  };

  const walk = (nodes: JSONContent[], depth: number, marker: DocBlock['marker'], container: DocBlock['container'], checked?: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
          push(
            node,
            marker
              ? { type: checked === undefined ? 'listItem' : 'taskItem', level: depth, text: textOf(node), marker, checked, container }
              : { type: 'paragraph', level: 0, text: textOf(node), container },
          );
          break;
        case 'heading':
          push(node, { type: 'heading', level: Number(node.attrs?.level ?? 1), text: textOf(node), container });
          break;
        case 'codeBlock':
          push(node, { type: 'codeBlock', level: 0, text: textOf(node), container });
          break;
        case 'horizontalRule':
          push(node, { type: 'horizontalRule', level: 0, text: '', container });
          break;
        case 'image':
          push(node, { type: 'image', level: 0, text: String(node.attrs?.alt ?? ''), container });
          break;
        case 'table': {
          const cells = (node.content ?? []).map((row) => (row.content ?? []).map((cell) => (cell.content ?? []).map(textOf).join('\n')));
          blocks.push({
            type: 'table',
            level: 0,
            text: cells.map((row) => row.join('\t')).join('\n'),
            cells,
            container,
            key: `table|${container ?? ''}|${canonicalJSON(node.content ?? null)}`,
          });
          break;
        }
        case 'bulletList':
        case 'orderedList':
        case 'taskList':
          walk(node.content ?? [], marker ? depth + 1 : depth, LIST_MARKERS[node.type], container);
          break;
        case 'listItem':
        case 'taskItem':
          walk(node.content ?? [], depth, marker, container, node.type === 'taskItem' ? Boolean(node.attrs?.checked) : undefined);
          break;
        case 'blockquote':
          walk(node.content ?? [], depth, marker, 'quote');
          break;
        case 'callout':
          walk(node.content ?? [], depth, marker, `callout:${String(node.attrs?.tone ?? 'info')}`);
          break;
        default:
          if (node.content?.length) walk(node.content, depth, marker, container);
          else push(node, { type: 'other', level: 0, text: textOf(node), container });
      }
    }
  };
  walk(doc.content ?? [], 0, undefined, undefined);
  return blocks;
}

/** Words of a text, for counts and similarity. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
