import type { JSONContent } from '@tiptap/core';
import { prosemirrorJSONToYDoc, yDocToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { documentSchema } from './document-schema';

/** The Yjs field the editor's Collaboration extension writes to (its default). */
export const COLLABORATION_FIELD = 'default';

/** A document's JSON as the Yjs state the editor would have written: to start live editing from stored content. */
export function documentJSONToYUpdate(json: JSONContent): Uint8Array {
  return Y.encodeStateAsUpdate(prosemirrorJSONToYDoc(documentSchema(), json, COLLABORATION_FIELD));
}

/** The editor's JSON read back from a live Yjs document. */
export function yDocToDocumentJSON(doc: Y.Doc): JSONContent {
  return yDocToProsemirrorJSON(doc, COLLABORATION_FIELD) as JSONContent;
}
