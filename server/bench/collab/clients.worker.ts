/**
 * A worker process of bench:collab: holds some of the editors, each typing one character every 200 ms. The first
 * few are full Yjs clients (Y.Doc + HocuspocusProvider) and record how long other editors' characters took to
 * arrive; the others are light editors (see light-editor.ts), so that the clients do not saturate the machine first.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addParagraph, connectLight } from './light-editor';
import { DRAIN_MAX_MS, FULL_PER_WORKER, now, type FromWorker, type ToWorker } from './protocol';
import { Recorder } from './stats';

const TYPING_INTERVAL_MS = 200;
/** Results are sent once no stamp arrived for this long after every insert was acknowledged. */
const DRAIN_QUIET_MS = 1000;

/**
 * What an editor types: the time of the keystroke, in tenths of a millisecond and base 36, then a space. Carried in
 * the text itself, as anything outside the editor's field is refused; receivers read it back to time the delivery.
 */
const stamp = (t: number) => `${Math.round(t * 10).toString(36)} `;

interface Editor {
  doc: Y.Doc;
  full: boolean;
  text: Y.XmlText;
  /** Times of inserts not yet acknowledged by the server, oldest first (acknowledgements come in order). */
  unacked: number[];
}

const delivery = new Recorder();
const durable = new Recorder();
const editors: Editor[] = [];
let inserts = 0;
let fullInserts = 0;
let lastArrival = 0;

function send(message: FromWorker) {
  process.send!(message);
}

function acknowledged(editor: Editor) {
  const sentAt = editor.unacked.shift();
  if (sentAt !== undefined) durable.add(now() - sentAt);
}

async function connectLightEditor(url: string, documentId: string, token: string): Promise<Editor> {
  const light = await connectLight(url, documentId, token);
  let paragraphSaved!: () => void;
  const saved = new Promise<void>((resolve) => (paragraphSaved = resolve));
  light.onAck = () => paragraphSaved();
  const editor: Editor = { doc: light.doc, full: false, text: addParagraph(light.doc), unacked: [] };
  await saved;
  light.onAck = () => acknowledged(editor);
  return editor;
}

async function connectFull(url: string, documentId: string, token: string): Promise<Editor> {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url: `${url.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: WebSocket });
  let provider!: HocuspocusProvider;
  await new Promise<void>((resolve, reject) => {
    provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: documentId,
      document: doc,
      token,
      onSynced: () => resolve(),
      onAuthenticationFailed: ({ reason }) => reject(new Error(reason)),
    });
    provider.attach();
  });
  const text = addParagraph(doc);
  while (provider.hasUnsyncedChanges) await new Promise((resolve) => setTimeout(resolve, 20));

  const editor: Editor = { doc, full: true, text, unacked: [] };
  let unsynced = 0;
  provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    for (let acked = unsynced - number; acked > 0; acked--) acknowledged(editor);
    unsynced = number;
  });
  doc.getXmlFragment('default').observeDeep((events) => {
    const at = now();
    for (const event of events) {
      if (!(event.target instanceof Y.XmlText) || event.target === text) continue;
      for (const change of event.delta) {
        if (typeof change.insert !== 'string') continue;
        for (const sent of change.insert.split(' ').filter(Boolean)) delivery.add(at - parseInt(sent, 36) / 10);
        lastArrival = at;
      }
    }
  });
  return editor;
}

function type(editor: Editor) {
  editor.doc.transact(() => {
    const t = now();
    editor.text.insert(editor.text.length, stamp(t));
    editor.unacked.push(t);
  });
  inserts++;
  if (editor.full) fullInserts++;
}

async function run(seconds: number) {
  const timers = editors.map((editor) => {
    const interval = { timer: undefined as NodeJS.Timeout | undefined };
    const offset = setTimeout(() => {
      type(editor);
      interval.timer = setInterval(() => type(editor), TYPING_INTERVAL_MS);
    }, Math.random() * TYPING_INTERVAL_MS);
    return { offset, interval };
  });
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  for (const { offset, interval } of timers) {
    clearTimeout(offset);
    clearInterval(interval.timer);
  }
  // Until the server acknowledged this worker's inserts: a saturated server may still be working through a backlog.
  const stopped = now();
  while (editors.some((editor) => editor.unacked.length) && now() - stopped < DRAIN_MAX_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  send({ type: 'acked' });
}

/** Once every worker's inserts are acknowledged (so applied and broadcast), the last stamps are let in. */
async function finish() {
  const since = now();
  lastArrival = Math.max(lastArrival, since);
  while (now() - lastArrival < DRAIN_QUIET_MS && now() - since < DRAIN_MAX_MS) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  send({
    type: 'result',
    delivery: delivery.toJSON(),
    durable: durable.toJSON(),
    inserts,
    fullInserts,
    fullEditors: editors.filter((editor) => editor.full).length,
    received: delivery.count,
    unacknowledged: editors.reduce((sum, editor) => sum + editor.unacked.length, 0),
  });
}

process.on('message', (message: ToWorker) => {
  const work =
    message.type === 'connect'
      ? (async () => {
          // A few at a time: hundreds of simultaneous handshakes only measure the connection storm.
          for (let i = 0; i < message.tokens.length; i += 10) {
            const batch = message.tokens
              .slice(i, i + 10)
              .map((token, j) => (i + j < FULL_PER_WORKER ? connectFull : connectLightEditor)(message.url, message.documentId, token));
            editors.push(...(await Promise.all(batch)));
          }
          send({ type: 'ready' });
        })()
      : message.type === 'start'
        ? run(message.seconds)
        : finish();
  work.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
// The parent may die without a word: leave with it.
process.on('disconnect', () => process.exit(0));
