import { Node as TiptapNode, getSchema, mergeAttributes, type AnyExtension, type JSONContent } from '@tiptap/core';
import { Node as ProseMirrorNode, type Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import { Image } from '@tiptap/extension-image';
import { Highlight } from '@tiptap/extension-highlight';
import { CALLOUT_TONES, HEADING_LEVELS, LINK_REL, isOwnImagePath, isSafeLinkUrl, type CalloutTone } from './content-rules';

export type { JSONContent } from '@tiptap/core';

/**
 * Images are uploaded to Cocon, never hot-linked: pasted images pointing elsewhere (another site, a file on the
 * author's computer, data: addresses) are left out when HTML is read, since the page would not show them anyway.
 */
const CoconImage = Image.extend({
  parseHTML() {
    return [{ tag: 'img[src]', getAttrs: (element) => (isOwnImagePath(element.getAttribute('src')) ? null : false) }];
  },
}).configure({ inline: false, allowBase64: false });

/**
 * A mention of a person or a structure: "@Prénom Nom", "@CAF". The label is kept as it was written, so the text
 * still reads right if the person or structure is later renamed or removed.
 */
export const Mention = TiptapNode.create({
  name: 'mention',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: false,
  addAttributes() {
    return {
      kind: {
        default: 'PERSON',
        parseHTML: (element) => (element.getAttribute('data-kind') === 'STRUCTURE' ? 'STRUCTURE' : 'PERSON'),
        renderHTML: (attributes) => ({ 'data-kind': attributes.kind }),
      },
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-id'),
        renderHTML: (attributes) => (attributes.id ? { 'data-id': attributes.id } : {}),
      },
      label: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-label') ?? element.textContent?.replace(/^@/, '') ?? '',
        renderHTML: (attributes) => ({ 'data-label': attributes.label }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-mention]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-mention': '', class: 'mention' }), mentionText(node)];
  },
  renderText({ node }) {
    return mentionText(node);
  },
  extendNodeSchema() {
    // What ProseMirror's textBetween (and so documentToText) writes for this leaf.
    return { leafText: (node: ProseMirrorNode) => mentionText(node) };
  },
});

const mentionText = (node: ProseMirrorNode) => `@${String(node.attrs.label ?? '')}`;

/** A framed note ("encadré") with a tone; the tone is shown by an icon and a word, never by colour alone. */
export const Callout = TiptapNode.create({
  name: 'callout',
  group: 'block',
  content: 'block+',
  defining: true,
  addAttributes() {
    return {
      tone: {
        default: 'info',
        parseHTML: (element) => {
          const tone = element.getAttribute('data-tone');
          return CALLOUT_TONES.includes(tone as CalloutTone) ? tone : 'info';
        },
        renderHTML: (attributes) => ({ 'data-tone': attributes.tone }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'aside[data-callout]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['aside', mergeAttributes(HTMLAttributes, { 'data-callout': '', class: 'callout' }), 0];
  },
});

/**
 * The one list of extensions that defines a Cocon document. The editor adds its views and
 * collaboration on top; the server uses it as is to validate, read and index what the editor writes.
 */
export function documentExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Undo history comes from the collaboration layer (per person), never from the shared schema.
      undoRedo: false,
      heading: { levels: [...HEADING_LEVELS] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        HTMLAttributes: { rel: LINK_REL, target: null },
        // Pasted, typed or stored: a javascript: or data: address never becomes a link.
        isAllowedUri: (url) => isSafeLinkUrl(url),
      },
    }),
    TaskList,
    TaskItem.configure({ nested: true }),
    TableKit.configure({ table: { resizable: false } }),
    CoconImage,
    Highlight,
    Callout,
    Mention,
  ];
}

let cachedSchema: Schema | undefined;

export function documentSchema(): Schema {
  cachedSchema ??= getSchema(documentExtensions());
  return cachedSchema;
}

export class InvalidDocumentError extends Error {}

/** Parses editor JSON against the shared schema; throws InvalidDocumentError when it does not fit. */
export function parseDocument(json: unknown): ProseMirrorNode {
  if (typeof json !== 'object' || json === null || (json as JSONContent).type !== 'doc') {
    throw new InvalidDocumentError('Le contenu doit être un document (type « doc »).');
  }
  try {
    const node = ProseMirrorNode.fromJSON(documentSchema(), json);
    node.check();
    return node;
  } catch (error) {
    throw new InvalidDocumentError(`Le contenu ne respecte pas le format des documents : ${(error as Error).message}`);
  }
}

/** Plain text of a document, one block per line: what search and summaries read. */
export function documentToText(json: unknown): string {
  const node = parseDocument(json);
  // Leaves say what they stand for (a mention its "@name"); the others (line breaks, images) end a line.
  return node.textBetween(0, node.content.size, '\n', (leaf) => leaf.type.spec.leafText?.(leaf) ?? '\n').trim();
}

export const EMPTY_DOCUMENT: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };
