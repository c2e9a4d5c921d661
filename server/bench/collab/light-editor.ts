/**
 * A light editor for bench:collab: types real Yjs updates (from a Y.Doc holding only its own changes) over a raw
 * socket speaking Hocuspocus's protocol, and ignores what others type. It loads the server like an editor does
 * while costing the client machine little more than receiving the messages.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';

const SYNC = 0;
const AUTH = 2;
const SYNC_STATUS = 8;
const SYNC_UPDATE = 2;
const AUTH_TOKEN = 0;
const AUTH_DENIED = 1;
const AUTH_OK = 2;

function varUint(value: number): number[] {
  const bytes: number[] = [];
  while (value > 0x7f) {
    bytes.push(0x80 | (value & 0x7f));
    value = Math.floor(value / 128);
  }
  bytes.push(value);
  return bytes;
}

function varBytes(data: Uint8Array): Uint8Array {
  return Uint8Array.from([...varUint(data.length), ...data]);
}

function message(documentName: string, ...parts: (number[] | Uint8Array)[]): Buffer {
  return Buffer.concat([varBytes(Buffer.from(documentName)), ...parts.map((part) => Uint8Array.from(part))]);
}

/** Reads a varUint at `offset`; returns the value and the offset after it. */
function readVarUint(data: Uint8Array, offset: number): [number, number] {
  let value = 0;
  let shift = 1;
  for (;;) {
    const byte = data[offset++];
    value += (byte & 0x7f) * shift;
    if (byte < 0x80) return [value, offset];
    shift *= 128;
  }
}

export interface LightEditor {
  doc: Y.Doc;
  socket: WebSocket;
  /** Called once per acknowledgement from the server, in the order the updates were sent. */
  onAck: (saved: boolean) => void;
}

export function connectLight(url: string, documentName: string, token: string): Promise<LightEditor> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/collab`);
  const doc = new Y.Doc();
  const editor: LightEditor = { doc, socket, onAck: () => undefined };
  return new Promise<LightEditor>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => socket.send(message(documentName, [AUTH, AUTH_TOKEN], varBytes(Buffer.from(token)))));
    socket.on('message', (raw: Buffer) => {
      const data = new Uint8Array(raw);
      const [nameLength, afterLength] = readVarUint(data, 0);
      const [type, offset] = readVarUint(data, afterLength + nameLength);
      if (type === SYNC_STATUS) editor.onAck(data[offset] === 1);
      else if (type === AUTH && data[offset] === AUTH_DENIED) reject(new Error('authentication refused'));
      else if (type === AUTH && data[offset] === AUTH_OK) {
        doc.on('update', (update: Uint8Array) => socket.send(message(documentName, [SYNC, SYNC_UPDATE], varBytes(update))));
        resolve(editor);
      }
    });
  });
}

/** Each editor types in its own paragraph, as people usually do in a shared document. */
export function addParagraph(doc: Y.Doc): Y.XmlText {
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [text]);
  doc.getXmlFragment('default').push([paragraph]);
  return text;
}
