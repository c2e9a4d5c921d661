/**
 * The editors of bench:loop, in a process of their own so that their work does not count in the server's event loop:
 * real Hocuspocus clients, each typing a character every 200 ms in a paragraph of its own, as in the editor.
 */
import * as Y from 'yjs';
import { appendParagraph, connectCollab, type CollabClient } from '../../src/collaboration/__tests__/collab-clients';

export type ToEditors = { type: 'connect'; url: string; editors: { documentId: string; token: string }[] } | { type: 'start'; seconds: number };

export type FromEditors = { type: 'ready' } | { type: 'result'; typed: number; acknowledged: number };

const TYPING_INTERVAL_MS = 200;
/** After typing stops, how long the server has to acknowledge what is still on its way. */
const DRAIN_MAX_MS = 60_000;

interface Editor {
  client: CollabClient;
  text: Y.XmlText;
  typed: number;
}

let editors: Editor[] = [];

function send(message: FromEditors) {
  process.send!(message);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function connect(url: string, documentId: string, token: string): Promise<Editor> {
  const client = connectCollab(url, documentId, token);
  await client.ready;
  appendParagraph(client.doc, '');
  const fragment = client.doc.getXmlFragment('default');
  const paragraph = fragment.get(fragment.length - 1) as Y.XmlElement;
  while (client.provider.hasUnsyncedChanges) await sleep(20);
  return { client, text: paragraph.get(0) as Y.XmlText, typed: 0 };
}

function type(editor: Editor, i: number) {
  editor.text.insert(editor.text.length, String.fromCharCode(97 + ((editor.typed + i) % 26)));
  editor.typed++;
}

async function run(seconds: number) {
  const intervals: NodeJS.Timeout[] = [];
  // Each starts at its own moment within the first interval, as people do.
  const starts = editors.map((editor, i) =>
    setTimeout(() => {
      type(editor, i);
      intervals.push(setInterval(() => type(editor, i), TYPING_INTERVAL_MS));
    }, Math.random() * TYPING_INTERVAL_MS),
  );
  await sleep(seconds * 1000);
  for (const timer of [...starts, ...intervals]) clearTimeout(timer);
  const stopped = performance.now();
  while (editors.some((editor) => editor.client.provider.hasUnsyncedChanges) && performance.now() - stopped < DRAIN_MAX_MS) await sleep(100);
  const typed = editors.reduce((sum, editor) => sum + editor.typed, 0);
  // Each character goes in an update of its own; those still unacknowledged are what the server has not written.
  const unacknowledged = editors.reduce((sum, editor) => sum + editor.client.provider.unsyncedChanges, 0);
  send({ type: 'result', typed, acknowledged: typed - unacknowledged });
}

process.on('message', (message: ToEditors) => {
  const work =
    message.type === 'connect'
      ? (async () => {
          editors = await Promise.all(message.editors.map(({ documentId, token }) => connect(message.url, documentId, token)));
          send({ type: 'ready' });
        })()
      : run(message.seconds);
  work.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
// The parent may die without a word: leave with it.
process.on('disconnect', () => process.exit(0));
