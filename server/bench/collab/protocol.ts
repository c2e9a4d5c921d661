/** Messages between the benchmark's parent process, its server processes and its client workers. */

/** Sent once by a server process when it listens. Cocon's also names the account that may edit the document. */
export interface ServerReady {
  url: string;
  documentId: string;
  /** Every document of Cocon's server (the first is documentId). */
  documentIds?: string[];
  login?: { email: string; password: string };
}

/** Full Yjs clients per worker: they measure delivery; every editor, full or light, measures durability. */
export const FULL_PER_WORKER = 3;

/** The longest a worker waits, after typing stops, for the server to catch up (and then for the last stamps). */
export const DRAIN_MAX_MS = 60_000;

export type ToWorker = { type: 'connect'; url: string; documentId: string; tokens: string[] } | { type: 'start'; seconds: number } | { type: 'finish' };

/** Latencies as a histogram: [tenths of a millisecond, count] pairs, small enough for IPC at any N. */
export type Histogram = [number, number][];

export type FromWorker =
  | { type: 'ready' }
  | { type: 'acked' }
  | {
      type: 'result';
      delivery: Histogram;
      durable: Histogram;
      inserts: number;
      fullInserts: number;
      fullEditors: number;
      received: number;
      unacknowledged: number;
    };

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes of one machine. */
export function now(): number {
  return performance.timeOrigin + performance.now();
}

/** Asked of Cocon's server process; it answers with ServerMemory. */
export type ToServer = { type: 'memory' };

export interface ServerMemory {
  type: 'memory';
  usage: NodeJS.MemoryUsage;
  /** Documents held by live editing and by each of its maps (see CollaborationServer.heldDocuments). */
  held: Record<string, number>;
}
