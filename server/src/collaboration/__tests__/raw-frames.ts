import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { CollabClient } from './collab-clients';

const MESSAGE_SYNC = 0;
const SYNC_UPDATE = 2;

/** A collaboration message as the provider sends it: document name, « sync », « update », then the Yjs update. */
export function updateFrame(documentId: string, update: Uint8Array, messageType = MESSAGE_SYNC): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentId);
  encoding.writeVarUint(encoder, messageType);
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Sends bytes on the client's own socket, past its provider, as a hand-made client would. */
export function sendRaw(client: CollabClient, frame: Uint8Array): void {
  (client.socket.webSocket as unknown as { send(data: Uint8Array): void }).send(frame);
}

/** The update a change would make to this client's copy, made on a scratch copy so the client itself does not change. */
export function updateFor(doc: Y.Doc, change: (scratch: Y.Doc) => void): Uint8Array {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  const updates: Uint8Array[] = [];
  scratch.on('update', (update: Uint8Array) => updates.push(update));
  change(scratch);
  scratch.destroy();
  return Y.mergeUpdates(updates);
}

/** Resolves with the reason the server gives when it ends this client's connection. */
export function closeReason(client: CollabClient): Promise<string> {
  return new Promise((resolve) => client.provider.on('close', ({ event }: { event: { reason: string } }) => resolve(event.reason)));
}
