import type { JSONContent } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { prosemirrorJSONToYDoc, updateYFragment, yDocToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { documentSchema } from './document-schema';

/**
 * The reason the collaboration server gives when it cannot open a document for now (its database is unreachable):
 * unlike a refusal, the client keeps the person's changes and tries again a few seconds later.
 */
export const COLLAB_RETRY_LATER = 'Le serveur ne peut pas ouvrir le document pour l’instant ; nouvel essai dans quelques secondes.';

/** Why the server ends live editing of an open document for good (rights withdrawn, document put in the trash). */
export const COLLAB_ACCESS_WITHDRAWN = 'Vous n’avez plus accès à ce document.';
export const COLLAB_DOCUMENT_TRASHED = 'Ce document a été mis à la corbeille : il ne peut plus être modifié.';
/**
 * Why the server refuses a change and ends the connection: it could not be read as a Yjs update, or it holds what
 * the editor never writes (an unknown block, a « javascript: » link, an image from elsewhere…). Nothing of it is
 * stored; the device forgets its copy, so that reloading starts again from what the server holds.
 */
export const COLLAB_UPDATE_UNREADABLE =
  'Une modification envoyée par cet appareil est illisible : elle a été refusée et rien n’en a été enregistré. Rechargez la page pour reprendre le document tel qu’il est enregistré.';
export const COLLAB_CONTENT_REFUSED =
  'Une modification envoyée par cet appareil contient un contenu que l’éditeur ne produit pas (élément inconnu, lien ou image non autorisés) : elle a été refusée et rien n’en a été enregistré. Rechargez la page pour reprendre le document tel qu’il est enregistré.';
/** Refusals of a change: the device's own copy holds it, so it is dropped rather than sent again. */
export const COLLAB_UPDATE_REFUSALS: readonly string[] = [COLLAB_UPDATE_UNREADABLE, COLLAB_CONTENT_REFUSED];
/** Not a network fault: the client stops editing and says why, rather than waiting to reconnect. */
export const COLLAB_FINAL_CLOSES: readonly string[] = [COLLAB_ACCESS_WITHDRAWN, COLLAB_DOCUMENT_TRASHED, ...COLLAB_UPDATE_REFUSALS];

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

/**
 * Makes a live Yjs document hold the given content, changing only what differs: the people editing it see the
 * new content arrive as ordinary changes, and their own pending changes still merge.
 */
export function replaceYDocContent(doc: Y.Doc, json: JSONContent): void {
  const node = ProseMirrorNode.fromJSON(documentSchema(), json);
  updateYFragment(doc, doc.getXmlFragment(COLLABORATION_FIELD), node, { mapping: new Map(), isOMark: new Map() });
}
