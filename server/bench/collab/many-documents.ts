/**
 * bench:collab's memory scenario: many documents open at once on Cocon's server, a few people in each, every one
 * typing now and then; the server's memory is read while they are all there, then once they have all left (live
 * editing must then hold no document any more).
 */
import { addParagraph, connectLight, type LightEditor } from './light-editor';
import type { ServerMemory } from './protocol';

const TYPING_INTERVAL_MS = 1000;
/** Once everyone left, how long the server may take to store and let go of every document. */
const UNLOAD_TIMEOUT_MS = 60_000;

export interface ManyDocumentsResult {
  /** While everyone is connected and typing. */
  during: ServerMemory;
  /** Once everyone left and live editing let go of every document (or gave up waiting). */
  after: ServerMemory;
  acknowledged: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `tokens[i]` opens `documentIds[i % documentIds.length]`. */
export async function runManyDocuments(
  url: string,
  documentIds: string[],
  tokens: string[],
  seconds: number,
  memory: () => Promise<ServerMemory>,
): Promise<ManyDocumentsResult> {
  const editors: { light: LightEditor; text: ReturnType<typeof addParagraph> }[] = [];
  let acknowledged = 0;
  // A few at a time: hundreds of simultaneous handshakes only measure the connection storm.
  for (let i = 0; i < tokens.length; i += 10) {
    const batch = tokens.slice(i, i + 10).map(async (token, j) => {
      const light = await connectLight(url, documentIds[(i + j) % documentIds.length], token);
      light.onAck = () => acknowledged++;
      return { light, text: addParagraph(light.doc) };
    });
    editors.push(...(await Promise.all(batch)));
  }
  const timers = editors.map(({ text }) =>
    setTimeout(() => {
      const type = () => text.insert(text.length, 'a');
      type();
      timers.push(setInterval(type, TYPING_INTERVAL_MS));
    }, Math.random() * TYPING_INTERVAL_MS),
  );
  await sleep(seconds * 1000);
  const during = await memory();
  for (const timer of timers) clearInterval(timer);
  for (const { light } of editors) light.socket.close();
  const deadline = Date.now() + UNLOAD_TIMEOUT_MS;
  let after = await memory();
  while (after.held.open > 0 && Date.now() < deadline) {
    await sleep(500);
    after = await memory();
  }
  return { during, after, acknowledged };
}
