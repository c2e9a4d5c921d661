import type { JSONContent } from '@tiptap/core';
import { Fragment, Mark, Node as ProseMirrorNode, Slice, type NodeType, type Schema } from '@tiptap/pm/model';
import { attributeProblem } from './content-rules';
import { documentSchema } from './document-schema';

/**
 * The content rules (content-rules.ts) applied to whole documents and pieces of them, with the schema's node and
 * mark names and defaults: strictly (findContentProblem: what is not allowed is refused), or by keeping only what
 * is allowed (allowedContent, readableDocument: for what comes from outside, and for reading old states).
 */

type Attributes = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Node types that may appear inside a document (the document itself and text nodes aside). */
export function isBlockOrInlineNodeName(name: string): boolean {
  return name !== 'doc' && name !== 'text' && Object.prototype.hasOwnProperty.call(documentSchema().nodes, name);
}

export function isMarkName(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(documentSchema().marks, name);
}

function typeOf(kind: 'node' | 'mark', name: string) {
  const schema = documentSchema();
  const types: Record<string, { spec: { attrs?: Record<string, { default?: unknown }> } }> = kind === 'node' ? schema.nodes : schema.marks;
  return Object.prototype.hasOwnProperty.call(types, name) ? types[name] : undefined;
}

/**
 * What is wrong with the attributes a node or a mark would have (those given, and the schema's default for the
 * others), or null when the editor could have written them.
 */
export function attributesProblem(kind: 'node' | 'mark', name: string, attrs: unknown): string | null {
  const type = typeOf(kind, name);
  if (!type) return `unknown ${kind} « ${name} »`;
  if (attrs !== undefined && attrs !== null && !isPlainObject(attrs)) return `attributes of ${kind} « ${name} » that are not an object`;
  const given: Attributes = attrs ?? {};
  for (const key of Object.keys(given)) {
    const problem = attributeProblem(kind, name, key, given[key]);
    if (problem) return problem;
  }
  for (const [key, spec] of Object.entries(type.spec.attrs ?? {})) {
    if (key in given) continue;
    const problem = attributeProblem(kind, name, key, spec.default ?? null);
    if (problem) return `missing attribute « ${key} » on ${kind} « ${name} »`;
  }
  return null;
}

function nodeProblem(node: unknown, depth: number): string | null {
  if (depth > 200) return 'content nested too deep';
  if (!isPlainObject(node)) return 'a node that is not an object';
  const { type, attrs, content, marks, text, ...rest } = node;
  const extra = Object.keys(rest);
  if (extra.length) return `unknown key « ${extra[0]} » on a node`;
  if (typeof type !== 'string' || (type !== 'text' && !isBlockOrInlineNodeName(type))) return `unknown node « ${String(type)} »`;
  if (type === 'text') {
    if (typeof text !== 'string' || text === '') return 'a text node without text';
    if (content !== undefined || attrs !== undefined) return 'a text node with content or attributes';
  } else {
    if (text !== undefined) return `text on node « ${type} »`;
    const problem = attributesProblem('node', type, attrs);
    if (problem) return problem;
  }
  if (marks !== undefined) {
    if (!Array.isArray(marks)) return 'marks that are not a list';
    for (const mark of marks) {
      if (!isPlainObject(mark) || typeof mark.type !== 'string' || !isMarkName(mark.type))
        return `unknown mark « ${String(isPlainObject(mark) ? mark.type : mark)} »`;
      const problem = attributesProblem('mark', mark.type, mark.attrs);
      if (problem) return problem;
    }
  }
  if (content !== undefined) {
    if (!Array.isArray(content)) return `content of « ${type} » that is not a list`;
    for (const child of content) {
      const problem = nodeProblem(child, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

/**
 * What keeps this JSON from being a document the editor could have produced (an unknown node or mark, an
 * attribute or a value outside the rules, a structure the schema refuses), or null when there is none. This is
 * the check an importer (issue 17) runs before storing anything.
 */
export function findContentProblem(json: unknown): string | null {
  if (!isPlainObject(json) || json.type !== 'doc') return 'not a document (type « doc »)';
  const { type: _doc, content, ...rest } = json;
  if (Object.keys(rest).length) return `unknown key « ${Object.keys(rest)[0]} » on the document`;
  if (!Array.isArray(content)) return 'a document without content';
  for (const child of content) {
    const problem = nodeProblem(child, 1);
    if (problem) return problem;
  }
  try {
    ProseMirrorNode.fromJSON(documentSchema(), json).check();
  } catch (error) {
    return (error as Error).message;
  }
  return null;
}

/** Attributes made to fit: unknown ones dropped, a value outside the rules replaced by the default; null if even that does not fit. */
function allowedAttributes(kind: 'node' | 'mark', name: string, attrs: unknown): Attributes | null {
  const type = typeOf(kind, name)!;
  const given: Attributes = isPlainObject(attrs) ? attrs : {};
  const allowed: Attributes = {};
  for (const [key, spec] of Object.entries(type.spec.attrs ?? {})) {
    const fallback = spec.default ?? null;
    if (key in given && !attributeProblem(kind, name, key, given[key])) allowed[key] = given[key];
    else if (!attributeProblem(kind, name, key, fallback)) allowed[key] = fallback;
    // An image without a source of Cocon's, a link to a forbidden address: better gone than pointing elsewhere.
    else return null;
  }
  return allowed;
}

function allowedMarks(marks: unknown): JSONContent['marks'] {
  if (!Array.isArray(marks)) return undefined;
  const kept: NonNullable<JSONContent['marks']> = [];
  for (const mark of marks) {
    if (!isPlainObject(mark) || typeof mark.type !== 'string' || !isMarkName(mark.type)) continue;
    const attrs = allowedAttributes('mark', mark.type, mark.attrs);
    if (attrs) kept.push(Object.keys(attrs).length ? { type: mark.type, attrs } : { type: mark.type });
  }
  return kept.length ? kept : undefined;
}

function allowedNode(node: unknown, depth: number): JSONContent | null {
  if (depth > 200 || !isPlainObject(node) || typeof node.type !== 'string') return null;
  const marks = allowedMarks(node.marks);
  if (node.type === 'text') {
    if (typeof node.text !== 'string' || node.text === '') return null;
    return { type: 'text', text: node.text, ...(marks ? { marks } : {}) };
  }
  if (!isBlockOrInlineNodeName(node.type)) return null;
  const attrs = allowedAttributes('node', node.type, node.attrs);
  if (!attrs) return null;
  const content = Array.isArray(node.content) ? allowedContent(node.content, depth + 1) : [];
  return { type: node.type, ...(Object.keys(attrs).length ? { attrs } : {}), ...(content.length ? { content } : {}), ...(marks ? { marks } : {}) };
}

/** Nodes made to fit the rules: unknown nodes and marks dropped, attributes as the rules allow them. */
export function allowedContent(nodes: readonly unknown[], depth = 0): JSONContent[] {
  return nodes.map((node) => allowedNode(node, depth)).filter((node): node is JSONContent => node !== null);
}

/**
 * Children rebuilt so that a node holds what its content expression allows, in order: marks it does not allow are
 * dropped, inline content where blocks are expected is put in a paragraph, a block where text is expected gives
 * its text, and what the node still needs at its end is filled in. Concurrent edits can leave such shapes (a list
 * item whose only paragraph two people deleted at once); the editor shows them, and so must the saved content.
 */
function fitContent(type: NodeType, children: readonly ProseMirrorNode[]): Fragment {
  const schema = type.schema;
  let match = type.contentMatch;
  const kept: ProseMirrorNode[] = [];
  let inline: ProseMirrorNode[] = [];
  const add = (child: ProseMirrorNode): boolean => {
    const next = match.matchType(child.type);
    if (!next) return false;
    // One set of marks the node allows: addToSet also settles marks that exclude each other (two links).
    const marks = child.marks.filter((mark) => type.allowsMarkType(mark.type)).reduce((set, mark) => mark.addToSet(set), Mark.none);
    kept.push(child.mark(marks));
    match = next;
    return true;
  };
  const flushInline = () => {
    if (inline.length) add(schema.nodes.paragraph.create(null, inline));
    inline = [];
  };
  for (const child of children) {
    if (child.isInline && !type.inlineContent) {
      inline.push(child);
      continue;
    }
    flushInline();
    if (add(child)) continue;
    if (child.isBlock && type.inlineContent) {
      if (child.textContent) add(schema.text(child.textContent));
      continue;
    }
    const wrapping = match.findWrapping(child.type);
    if (wrapping) {
      const wrapped = wrapping.reduceRight<ProseMirrorNode | null>((inner, wrapper) => inner && wrapper.createAndFill(null, inner), child);
      if (wrapped) add(wrapped);
    }
  }
  flushInline();
  return Fragment.from(kept).append(match.fillBefore(Fragment.empty, true) ?? Fragment.empty);
}

function fitted(node: ProseMirrorNode): ProseMirrorNode {
  if (node.isText) return node;
  const children: ProseMirrorNode[] = [];
  node.content.forEach((child) => children.push(fitted(child)));
  return node.type.create(node.attrs, fitContent(node.type, children), node.marks);
}

/**
 * A document as the editor's schema can hold it, whatever the JSON read from a Yjs state: what the rules do not
 * allow is left out, and structures the schema refuses are rebuilt. What is saved for readers, so that one bad
 * piece never stops a document's saved content from following its edits.
 */
export function readableDocument(json: JSONContent): JSONContent {
  const schema = documentSchema();
  const node = ProseMirrorNode.fromJSON(schema, { type: 'doc', content: allowedContent(json.content ?? []) });
  try {
    node.check();
    return node.toJSON() as JSONContent;
  } catch {
    const repaired = fitted(node);
    repaired.check();
    return repaired.toJSON() as JSONContent;
  }
}

/** A pasted or dropped piece made to fit the rules (a link's foreign class or target, a list's odd start number…). */
export function allowedSlice(slice: Slice, schema: Schema): Slice {
  const json = slice.toJSON() as { content?: unknown[]; openStart?: number; openEnd?: number } | null;
  if (!json?.content) return slice;
  const content = allowedContent(json.content);
  try {
    return Slice.fromJSON(schema, { ...json, content });
  } catch {
    return new Slice(Fragment.fromJSON(schema, content), 0, 0);
  }
}
