import * as decoding from 'lib0/decoding';

const MESSAGE_SYNC = 0;
/** A sync message that asks for no sync step 1 back: Hocuspocus applies its update all the same. */
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * The Yjs update a collaboration message carries, if it carries one (sync step 2 or update), else null.
 * Message layout: document name, message type, then for sync messages (sync or sync reply, which Hocuspocus applies
 * alike) the sync type and the update.
 * Throws on a malformed message.
 */
export function updateInMessage(message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
  const syncType = decoding.readVarUint(decoder);
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
  return decoding.readVarUint8Array(decoder);
}
