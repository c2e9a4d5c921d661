/**
 * The embedded database's own thread: PGlite, served over a Unix socket by pglite-socket, so that its queries (which
 * run synchronously in WebAssembly) never hold up the server's event loop. Started by EmbeddedDatabase.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabaseWorkerData {
  pgliteDir: string;
  socketPath: string;
}

/** What the thread tells EmbeddedDatabase: ready to serve, or broken (at start or later) and why. */
export type EmbeddedDatabaseReport = { kind: 'ready' } | { kind: 'failed'; reason: string };

/** Orders from EmbeddedDatabase. */
export type EmbeddedDatabaseOrder = { kind: 'close' };

const port = parentPort!;
const report = (message: EmbeddedDatabaseReport) => port.postMessage(message);
function reason(error: unknown): string {
  if (error instanceof Error) return error.message;
  // PGlite's file system throws Emscripten's ErrnoError, which is no Error and has no message.
  if (typeof error === 'object' && error && 'errno' in error) return `erreur d’accès aux fichiers (errno ${String(error.errno)})`;
  return String(error);
}

const QUERY = 0x51; // 'Q'
const SYNC = 0x53; // 'S'
const READY_FOR_QUERY = 0x5a; // 'Z'
const COPY_IN_RESPONSE = 0x47; // 'G', then the client sends data before the server is ready again
const COPY_BOTH_RESPONSE = 0x57; // 'W'

/** The type of the last whole message in a stream of backend messages that may be cut anywhere. */
class LastMessage {
  type: number | null = null;
  private header: number[] = [];
  private toSkip = 0;

  feed(chunk: Uint8Array): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.toSkip > 0) {
        const skipped = Math.min(this.toSkip, chunk.length - offset);
        this.toSkip -= skipped;
        offset += skipped;
        continue;
      }
      this.header.push(chunk[offset++]);
      if (this.header.length < 5) continue;
      const [type, ...length] = this.header;
      this.type = type;
      // The length counts its own four bytes.
      this.toSkip = ((length[0] << 24) | (length[1] << 16) | (length[2] << 8) | length[3]) - 4;
      this.header = [];
    }
  }
}

/**
 * A failed statement comes back to the client as a PostgreSQL error in the protocol. PGlite itself can break, though:
 * it throws, or (after a runaway recursive function, for one) answers a query without ever saying it is ready again,
 * and then answers nothing at all. The server's queries would wait for ever: report it instead, so that the server
 * stops with the reason.
 */
class WatchedPGlite extends PGlite {
  override async execProtocolRawStream(message: Uint8Array, options: Parameters<PGlite['execProtocolRawStream']>[1]): Promise<void> {
    const last = new LastMessage();
    try {
      await super.execProtocolRawStream(message, {
        ...options,
        onRawData: (data) => {
          last.feed(data);
          options.onRawData(data);
        },
      });
    } catch (error) {
      report({ kind: 'failed', reason: reason(error) });
      throw error;
    }
    const answersWhenReady = message[0] === QUERY || message[0] === SYNC;
    if (answersWhenReady && ![READY_FOR_QUERY, COPY_IN_RESPONSE, COPY_BOTH_RESPONSE].includes(last.type ?? -1)) {
      report({ kind: 'failed', reason: 'PGlite a cessé de répondre aux requêtes' });
    }
  }
}

async function serve({ pgliteDir, socketPath }: EmbeddedDatabaseWorkerData): Promise<void> {
  const db = new WatchedPGlite({ dataDir: pgliteDir });
  await db.waitReady;
  // One connection: PGlite has a single session, which pglite-socket would share between connections.
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 1 });
  await server.start();
  port.on('message', (order: EmbeddedDatabaseOrder) => {
    if (order.kind !== 'close') return;
    // Closing PGlite writes what it still holds to the folder; only then does the thread end.
    server
      .stop()
      .then(() => db.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          report({ kind: 'failed', reason: reason(error) });
          process.exit(1);
        },
      );
  });
  report({ kind: 'ready' });
}

serve(workerData as EmbeddedDatabaseWorkerData).catch((error: unknown) => report({ kind: 'failed', reason: reason(error) }));
