/** bench:collab's reference: a bare Hocuspocus server, no authentication and no persistence, in its own process. */
import { Server } from '@hocuspocus/server';
import type { ServerReady } from './protocol';

async function main() {
  const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
  await server.listen();
  const ready: ServerReady = { url: `http://127.0.0.1:${server.address.port}`, documentId: 'bench' };
  process.send!(ready);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
process.on('disconnect', () => process.exit(0));
