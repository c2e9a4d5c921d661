// Starts the built server once for the whole run; the tests find it at COCON_E2E_URL.
import { startServer } from './harness.mjs';

export default async function startCocon() {
  const server = await startServer();
  process.env.COCON_E2E_URL = server.url;
  // The summary reporter prints the end of its output when a test failed.
  globalThis.coconE2eServer = server;
  return () => server.stop();
}
