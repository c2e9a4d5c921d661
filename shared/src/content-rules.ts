/**
 * What a document may hold, attribute by attribute: the one set of rules that the editor (link dialog, image
 * insertion, paste), the server (every live change, see the collaboration gate) and any importer apply, so that what
 * is stored is what the editor could have produced. The node and mark names themselves come from the schema
 * (document-schema.ts); every attribute the schema declares has its rule here, and nothing else is allowed.
 */

/** Link addresses a document may hold: web pages and e-mail addresses, nothing that runs code or opens an app. */
const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];
const MAX_URL_LENGTH = 8000;
/** Whitespace and control characters, which browsers drop from an address (« java\tscript: » is « javascript: »). */
// eslint-disable-next-line no-control-regex
const HIDDEN_CHARACTERS = /[\u0000-\u0020\u007F-\u00A0\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u2064\u3000\uFEFF]/;

/**
 * Whether an address may be a link in a document: http, https or mailto, written in full, with no whitespace or
 * control character inside (browsers would drop them and might read another scheme than the one checked here).
 */
export function isSafeLinkUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const address = value.trim();
  if (address.length > MAX_URL_LENGTH || HIDDEN_CHARACTERS.test(address)) return false;
  try {
    const url = new URL(address);
    return LINK_PROTOCOLS.includes(url.protocol) && (url.protocol === 'mailto:' ? url.pathname.includes('@') : url.hostname !== '');
  } catch {
    return false;
  }
}

/** The rel every link carries: the page opened learns nothing of Cocon and cannot reach back into it. */
export const LINK_REL = 'noopener noreferrer nofollow';

/** Where the server serves the images uploaded into documents; no other image source is kept in a document. */
export const IMAGE_PATH_PREFIX = '/api/images/';
const OWN_IMAGE = /^\/api\/images\/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export const imagePath = (imageId: string) => `${IMAGE_PATH_PREFIX}${imageId}`;
export const isOwnImagePath = (src: unknown): boolean => typeof src === 'string' && OWN_IMAGE.test(src);

export const MENTION_KINDS = ['PERSON', 'STRUCTURE'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

export const CALLOUT_TONES = ['info', 'warning', 'success'] as const;
export type CalloutTone = (typeof CALLOUT_TONES)[number];

export const HEADING_LEVELS = [1, 2, 3, 4] as const;

/** The longest description (alt text) or title an image may carry. */
export const IMAGE_TEXT_MAX_LENGTH = 2000;

type Rule = (value: unknown) => boolean;

const isNull: Rule = (value) => value === null;
const nullOr =
  (rule: Rule): Rule =>
  (value) =>
    value === null || rule(value);
const oneOf =
  (values: readonly unknown[]): Rule =>
  (value) =>
    values.includes(value);
const text =
  (maxLength: number): Rule =>
  (value) =>
    typeof value === 'string' && value.length <= maxLength;
const integer =
  (min: number, max: number): Rule =>
  (value) =>
    Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
const matches =
  (pattern: RegExp): Rule =>
  (value) =>
    typeof value === 'string' && pattern.test(value);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An image's size as pasted HTML gives it: a number of pixels, or « 120 », « 120px », « 50% ». */
const dimension: Rule = (value) => integer(1, 10_000)(value) || matches(/^\d{1,5}(\.\d{1,3})?(px|%)?$/)(value);
const cellAttributes: Record<string, Rule> = {
  colspan: integer(1, 1000),
  rowspan: integer(1, 1000),
  colwidth: nullOr((value) => Array.isArray(value) && value.length <= 1000 && value.every(integer(1, 10_000))),
  align: nullOr(oneOf(['left', 'center', 'right'])),
};

/** Per node type, its attributes and what each may hold. A node type absent from here has no attribute. */
export const NODE_ATTRIBUTE_RULES: Record<string, Record<string, Rule>> = {
  heading: { level: oneOf(HEADING_LEVELS) },
  // tiptap reads the language from a class « language-… »: a word, not arbitrary text.
  codeBlock: { language: nullOr(matches(/^[\w+#.-]{1,40}$/)) },
  orderedList: { start: integer(-1_000_000, 1_000_000), type: nullOr(oneOf(['1', 'a', 'A', 'i', 'I'])) },
  taskItem: { checked: (value) => typeof value === 'boolean' },
  tableCell: cellAttributes,
  tableHeader: cellAttributes,
  image: {
    src: isOwnImagePath,
    alt: nullOr(text(IMAGE_TEXT_MAX_LENGTH)),
    title: nullOr(text(IMAGE_TEXT_MAX_LENGTH)),
    width: nullOr(dimension),
    height: nullOr(dimension),
  },
  callout: { tone: oneOf(CALLOUT_TONES) },
  mention: { kind: oneOf(MENTION_KINDS), id: nullOr(matches(UUID)), label: text(500) },
};

/** Per mark type, its attributes and what each may hold. */
export const MARK_ATTRIBUTE_RULES: Record<string, Record<string, Rule>> = {
  link: { href: isSafeLinkUrl, target: isNull, rel: nullOr(oneOf([LINK_REL])), class: isNull, title: nullOr(text(2000)) },
};

/** What is wrong with one attribute of a node or a mark, or null when the editor could have written it. */
export function attributeProblem(kind: 'node' | 'mark', typeName: string, key: string, value: unknown): string | null {
  const rules = (kind === 'node' ? NODE_ATTRIBUTE_RULES : MARK_ATTRIBUTE_RULES)[typeName] ?? {};
  const rule = Object.prototype.hasOwnProperty.call(rules, key) ? rules[key] : undefined;
  if (!rule) return `unknown attribute « ${key} » on ${kind} « ${typeName} »`;
  if (!rule(value)) return `value ${describe(value)} not allowed for « ${key} » on ${kind} « ${typeName} »`;
  return null;
}

function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}
