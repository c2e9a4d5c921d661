/**
 * The readers of bench:loop, in a process of their own so that their work does not count in the server's event loop:
 * each logs in, then loads the space's tree over and over (the next request as soon as the previous answer is in).
 */
import { ApiClient } from '../../test/api-client';
import { Recorder } from '../collab/stats';
import type { Histogram } from '../collab/protocol';

export type ToReaders =
  | { type: 'connect'; url: string; email: string; password: string; clients: number; query: string; variables: Record<string, unknown> }
  | { type: 'start'; seconds: number };

export type FromReaders = { type: 'ready' } | { type: 'result'; tree: Histogram; failures: number };

let clients: ApiClient[] = [];
let operation: { query: string; variables: Record<string, unknown> } | null = null;

function send(message: FromReaders) {
  process.send!(message);
}

async function run(seconds: number) {
  const tree = new Recorder();
  let failures = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < until) {
        const start = performance.now();
        const result = await client.request(operation!.query, operation!.variables);
        if (result.errors?.length || !result.data) failures++;
        else tree.add(performance.now() - start);
      }
    }),
  );
  send({ type: 'result', tree: tree.toJSON(), failures });
}

process.on('message', (message: ToReaders) => {
  const work =
    message.type === 'connect'
      ? (async () => {
          operation = { query: message.query, variables: message.variables };
          clients = await Promise.all(Array.from({ length: message.clients }, () => new ApiClient(message.url).login(message.email, message.password)));
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
