import { Node as TiptapNode, getSchema, mergeAttributes, type AnyExtension, type JSONContent } from '@tiptap/core';
import { Node as ProseMirrorNode, type Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { TableKit } from '@tiptap/extension-table';
import { Image } from '@tiptap/extension-image';
import { Highlight } from '@tiptap/extension-highlight';

export type { JSONContent } from '@tiptap/core';

export const CALLOUT_TONES = ['info', 'warning', 'success'] as const;
export type CalloutTone = (typeof CALLOUT_TONES)[number];

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
      heading: { levels: [1, 2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    TaskList,
    TaskItem.configure({ nested: true }),
    TableKit.configure({ table: { resizable: false } }),
    Image.configure({ inline: false, allowBase64: false }),
    Highlight,
    Callout,
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
  return node.textBetween(0, node.content.size, '\n', '\n').trim();
}

export const EMPTY_DOCUMENT: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };
