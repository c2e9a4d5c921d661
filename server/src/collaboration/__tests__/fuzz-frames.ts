import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** mulberry32: a small seeded generator, so that a failing run is replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Dice {
  constructor(readonly next: () => number) {}

  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

const MESSAGE_SYNC = 0;
const SYNC_UPDATE = 2;

/** A collaboration message: document name, message type, then whatever follows (a sync type and an update, say). */
export function frame(documentId: string, type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentId);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncFrame(documentId: string, update: Uint8Array, { messageType = MESSAGE_SYNC, syncType = SYNC_UPDATE } = {}): Uint8Array {
  return frame(documentId, messageType, (encoder) => {
    encoding.writeVarUint(encoder, syncType);
    encoding.writeVarUint8Array(encoder, update);
  });
}

/** The bytes with a few of them changed, removed, added or cut off. */
export function mutate(dice: Dice, bytes: Uint8Array): Uint8Array {
  const copy = Array.from(bytes);
  switch (dice.below(5)) {
    case 0:
      return bytes.slice(0, dice.below(bytes.length));
    case 1:
      for (let i = 1 + dice.below(3); i > 0; i--) copy[dice.below(copy.length)] ^= 1 << dice.below(8);
      break;
    case 2:
      copy[dice.below(copy.length)] = dice.pick([0x00, 0x7f, 0x80, 0xff]);
      break;
    case 3:
      copy.splice(dice.below(copy.length), 1 + dice.below(4));
      break;
    default:
      copy.splice(dice.below(copy.length + 1), 0, ...Array.from({ length: 1 + dice.below(8) }, () => dice.below(256)));
  }
  return Uint8Array.from(copy);
}

export function randomBytes(dice: Dice, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => dice.below(256));
}

/**
 * An update holding one item of a content kind Yjs does not know (refs 11 to 31 are unused), written by hand as
 * Yjs's v1 encoding lays it out: one client, one struct, its info byte, then a parent named by its root key.
 */
export function unknownContentUpdate(client: number, contentRef: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 0);
  encoding.writeUint8(encoder, contentRef & 0x1f);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarString(encoder, 'default');
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

/**
 * A change standing on its own, as a new client would make it: a block at the start of the editor's field, which
 * needs nothing the server holds (root types are named, not referenced by id).
 */
export function standaloneUpdate(client: number, fill: (fragment: Y.XmlFragment) => void): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = client;
  let update: Uint8Array = new Uint8Array();
  doc.on('update', (written: Uint8Array) => (update = written));
  fill(doc.getXmlFragment('default'));
  doc.destroy();
  return update;
}

export function paragraph(text: string, formats?: Record<string, unknown>): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  content.insert(0, text, formats);
  element.insert(0, [content]);
  return element;
}
