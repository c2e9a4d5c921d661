import type { JSONContent } from '@cocon/shared';

/**
 * What PostgreSQL cannot store: NUL in text and jsonb, and in jsonb a UTF-16 surrogate without its other half. A
 * hand-made client can put either into a live document, and a split emoji can leave a lone surrogate there; one
 * such character would otherwise make every later compaction fail, and the document would never be saved again.
 * Each becomes U+FFFD, so that no text becomes empty (the document format refuses empty text nodes).
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what must go.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function storableValue(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(UNSTORABLE, '\uFFFD');
  if (Array.isArray(value)) return value.map(storableValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storableValue(key), storableValue(item)]));
  }
  return value;
}

/** Text nodes without text: a change can hold an empty string, which the document format refuses. */
function withoutEmptyText(node: JSONContent): JSONContent {
  if (!node.content) return node;
  return { ...node, content: node.content.filter((child) => child.type !== 'text' || child.text).map(withoutEmptyText) };
}

/** The document as the database can store it: every string in it, keys included, made storable; no empty text. */
export function storableDocument(content: JSONContent): JSONContent {
  return withoutEmptyText(storableValue(content) as JSONContent);
}
