import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { acquireDataDirLock, isAlive } from './data-dir-lock';
import type { EmbeddedDatabaseOrder, EmbeddedDatabaseReport, EmbeddedDatabaseWorkerData } from './embedded-database.worker';

/** The pg driver finds a Unix socket as `<host>/.s.PGSQL.<port>`. */
const SOCKET_PORT = 5432;
/** Closing writes what PGlite still holds; past this, the thread is stopped rather than left to hang the shutdown. */
const CLOSE_TIMEOUT_MS = 30_000;
/** The socket's folder in the system's temporary folder, named after the process: `cocon-db-<pid>-<random>`. */
const SOCKET_DIR_PREFIX = 'cocon-db-';
const SOCKET_DIR_OWNER = /^cocon-db-(\d+)-/;

export class EmbeddedDatabaseError extends Error {}

/** Where TypeORM's pg driver reaches the embedded database: a Unix socket in a private folder, no TCP port. */
export interface EmbeddedDatabaseConnection {
  host: string;
  port: number;
  username: string;
  database: string;
}

/** By default, a database that stops under the server ends the process with its reason, as an uncaught error. */
const raise = (error: Error) => {
  throw error;
};

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A process killed outright (kill -9) leaves its socket's folder behind: those of dead processes are removed. */
function removeStaleSocketDirs(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    const owner = SOCKET_DIR_OWNER.exec(name)?.[1];
    if (!owner || isAlive(Number(owner))) continue;
    try {
      fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
    } catch {
      // Another account's folder: not ours to remove.
    }
  }
}

function startWorker(data: EmbeddedDatabaseWorkerData): Worker {
  const script = path.join(__dirname, `embedded-database.worker${path.extname(__filename)}`);
  // Run from the TypeScript sources (tests, npm run dev), the thread compiles its file as this one was.
  const execArgv = script.endsWith('.ts') && !process.execArgv.includes('@swc-node/register') ? [...process.execArgv, '-r', '@swc-node/register'] : undefined;
  return new Worker(script, { workerData: data, execArgv });
}

/** Resolves once the thread serves, rejects with its reason if it cannot. */
function ready(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      worker.off('message', onMessage).off('error', settle).off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onMessage = (report: EmbeddedDatabaseReport) => settle(report.kind === 'ready' ? undefined : new Error(report.reason));
    const onExit = (code: number) => settle(new Error(`arrêt inattendu (code ${code})`));
    worker.on('message', onMessage).on('error', settle).on('exit', onExit);
  });
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), in a folder: the default database when no DATABASE_URL is given. It
 * runs in a worker thread of its own behind pglite-socket, and the server talks to it with the pg driver as to any
 * PostgreSQL: its queries never block the server's event loop. The only place that knows about PGlite.
 */
export class EmbeddedDatabase {
  private closing: Promise<void> | null = null;
  private failed = false;

  private constructor(
    private readonly worker: Worker,
    readonly connection: EmbeddedDatabaseConnection,
    private readonly cleanUp: () => void,
  ) {}

  /**
   * Takes the folder's lock and opens the database in its thread. `onFailure` hears, once, that the database stopped
   * after opening (its thread died or PGlite broke): queries then fail rather than wait.
   */
  static async open(dataDir: string, onFailure: (error: EmbeddedDatabaseError) => void = raise): Promise<EmbeddedDatabase> {
    const releaseLock = acquireDataDirLock(dataDir);
    removeStaleSocketDirs();
    // Private to this user (mkdtemp makes it 0700): PGlite asks for no password.
    const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), `${SOCKET_DIR_PREFIX}${process.pid}-`));
    const cleanUp = () => {
      fs.rmSync(socketDir, { recursive: true, force: true });
      releaseLock();
    };
    const worker = startWorker({ pgliteDir: path.join(dataDir, 'pglite'), socketPath: path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`) });
    try {
      await ready(worker);
    } catch (error) {
      await worker.terminate();
      cleanUp();
      throw new EmbeddedDatabaseError(`La base de données intégrée (${dataDir}) n’a pas pu s’ouvrir : ${reasonOf(error)}`);
    }
    const database = new EmbeddedDatabase(worker, { host: socketDir, port: SOCKET_PORT, username: 'postgres', database: 'postgres' }, cleanUp);
    database.watch(onFailure);
    return database;
  }

  /** Closes PGlite (which writes what it still holds to the folder), ends its thread and releases the folder. */
  close(): Promise<void> {
    this.closing ??= this.shutDown().finally(this.cleanUp);
    return this.closing;
  }

  private watch(onFailure: (error: EmbeddedDatabaseError) => void): void {
    const fail = (reason: string) => {
      if (this.closing || this.failed) return;
      this.failed = true;
      void this.worker.terminate();
      onFailure(new EmbeddedDatabaseError(`La base de données intégrée s’est arrêtée : ${reason}`));
    };
    this.worker.on('message', (report: EmbeddedDatabaseReport) => {
      if (report.kind === 'failed') fail(report.reason);
    });
    this.worker.on('error', (error) => fail(reasonOf(error)));
    this.worker.on('exit', (code) => fail(`arrêt inattendu (code ${code})`));
  }

  private async shutDown(): Promise<void> {
    if (this.failed) return;
    let failure: string | null = null;
    const onMessage = (report: EmbeddedDatabaseReport) => {
      if (report.kind === 'failed') failure = report.reason;
    };
    this.worker.on('message', onMessage);
    const exited = new Promise<number>((resolve) => this.worker.once('exit', resolve));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), CLOSE_TIMEOUT_MS)));
    this.worker.postMessage({ kind: 'close' } satisfies EmbeddedDatabaseOrder);
    const outcome = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      await this.worker.terminate();
      throw new EmbeddedDatabaseError('La base de données intégrée ne s’est pas fermée à temps : ses dernières écritures peuvent manquer.');
    }
    if (outcome !== 0) throw new EmbeddedDatabaseError(`La base de données intégrée s’est mal fermée : ${failure ?? `code ${outcome}`}`);
  }
}
