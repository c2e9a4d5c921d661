/**
 * npm run bench:collab
 * Cocon (embedded database) against a bare Hocuspocus server (no auth, no persistence), each in its own process on
 * this machine: N editors on one document, each typing a character every 200 ms; p50/p99 time from an insert on one
 * editor to its arrival on every other, the server's CPU and peak memory, and Cocon's keystroke-to-durable time.
 * BENCH_SECONDS (default 30) and BENCH_EDITORS (default 10,50,200) override the run. Then Cocon's memory with many
 * documents open (BENCH_MANY_DOCUMENTS, default 100; 0 skips it) and BENCH_MANY_CONNECTIONS (default 500) people
 * spread over them, each typing a character a second for BENCH_MANY_SECONDS (default 20); and once they all left.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApiClient } from '../test/api-client';
import { runManyDocuments } from './collab/many-documents';
import { DRAIN_MAX_MS, FULL_PER_WORKER, type FromWorker, type ServerMemory, type ServerReady, type ToServer, type ToWorker } from './collab/protocol';
import { cpuSeconds, machineCpu, peakRssMb, Recorder } from './collab/stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const EDITORS = (process.env.BENCH_EDITORS ?? '10,50,200').split(',').map(Number);
/** Editors are spread over this many processes: hundreds of Yjs clients in one process saturate it first. */
const WORKERS = 4;
const STARTUP_TIMEOUT_MS = 120_000;
/** The memory scenario: documents open at once, connections spread over them, seconds of typing (0 documents: skipped). */
const MANY_DOCUMENTS = Number(process.env.BENCH_MANY_DOCUMENTS ?? 100);
const MANY_CONNECTIONS = Number(process.env.BENCH_MANY_CONNECTIONS ?? 500);
const MANY_SECONDS = Number(process.env.BENCH_MANY_SECONDS ?? 20);

type ServerName = 'cocon' | 'bare';

interface Row {
  server: ServerName;
  editors: number;
  p50_ms: number;
  p99_ms: number;
  cpu_s: number;
  peak_rss_mb: number;
}

interface Measured {
  row: Row;
  durable: Recorder;
  /** Inserts never acknowledged: they count as infinitely late in the durability percentiles. */
  unacknowledged: number;
  delivered: number;
  clientsCpu: number;
  /** Shares of the machine's CPU during the run: all processes, and the editors' workers alone. */
  machineBusy: number;
  clientsShare: number;
}

const children = new Set<ChildProcess>();

function start(file: string, env: Record<string, string> = {}): ChildProcess {
  const child = fork(path.join(__dirname, 'collab', file), [], {
    env: { ...process.env, ...env },
    execArgv: ['-r', '@swc-node/register'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

const dataDirs = new Set<string>();

/** On any exit, even an interrupted one: no server or worker outlives the run, no database stays on disk. */
function cleanUp() {
  for (const child of children) child.kill('SIGKILL');
  for (const dataDir of dataDirs) fs.rmSync(dataDir, { recursive: true, force: true });
}

/** The child's next message that passes `accept`; fails if the child exits first or nothing comes in time. */
function next<T>(child: ChildProcess, accept: (message: unknown) => message is T, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (!accept(message)) return;
      done();
      resolve(message);
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`child process ${child.pid} exited (${code}) before answering`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`child process ${child.pid} did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

const isReady = (message: unknown): message is ServerReady => typeof (message as ServerReady).url === 'string';
const isMemory = (message: unknown): message is ServerMemory => (message as ServerMemory).type === 'memory';
const ofType =
  <K extends FromWorker['type']>(type: K) =>
  (message: unknown): message is Extract<FromWorker, { type: K }> =>
    (message as FromWorker).type === type;

/** One token per editor, as each browser tab asks for its own; editor i opens documentIds[i % documentIds.length]. */
async function tokensFor(server: ServerReady, count: number, documentIds = [server.documentId]): Promise<string[]> {
  if (!server.login) return Array.from({ length: count }, () => '');
  const client = await new ApiClient(server.url).login(server.login.email, server.login.password);
  const tokens: string[] = [];
  for (let i = 0; i < count; i += 20) {
    const batch = Array.from({ length: Math.min(20, count - i) }, (_, j) =>
      client.ok<{ collabToken: string }>('query ($id: ID!) { collabToken(documentId: $id) }', { id: documentIds[(i + j) % documentIds.length] }),
    );
    tokens.push(...(await Promise.all(batch)).map((data) => data.collabToken));
  }
  return tokens;
}

async function measure(name: ServerName, editors: number): Promise<Measured> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-bench-collab-'));
  dataDirs.add(dataDir);
  const server = start(`${name}.server.ts`, { BENCH_DATA_DIR: dataDir });
  const workers: ChildProcess[] = [];
  try {
    const ready = await next(server, isReady, STARTUP_TIMEOUT_MS);
    const tokens = await tokensFor(ready, editors);
    for (let w = 0; w < Math.min(WORKERS, editors); w++) workers.push(start('clients.worker.ts'));
    const connected = workers.map((worker) => next(worker, ofType('ready'), STARTUP_TIMEOUT_MS));
    workers.forEach((worker, w) => {
      const message: ToWorker = { type: 'connect', url: ready.url, documentId: ready.documentId, tokens: tokens.filter((_, i) => i % workers.length === w) };
      worker.send(message);
    });
    await Promise.all(connected);

    const serverCpu = cpuSeconds(server.pid!);
    const clientsCpu = workers.reduce((sum, worker) => sum + cpuSeconds(worker.pid!), 0);
    const machine = machineCpu();
    const acked = workers.map((worker) => next(worker, ofType('acked'), SECONDS * 1000 + DRAIN_MAX_MS + 30_000));
    for (const worker of workers) worker.send({ type: 'start', seconds: SECONDS } satisfies ToWorker);
    await Promise.all(acked);
    const finished = workers.map((worker) => next(worker, ofType('result'), DRAIN_MAX_MS + 30_000));
    for (const worker of workers) worker.send({ type: 'finish' } satisfies ToWorker);
    const results = await Promise.all(finished);

    const cpu = cpuSeconds(server.pid!) - serverCpu;
    const peak = peakRssMb(server.pid!);
    const clientsUsed = workers.reduce((sum, worker) => sum + cpuSeconds(worker.pid!), 0) - clientsCpu;
    const machineAfter = machineCpu();
    const machineTotal = machineAfter.total - machine.total;
    const delivery = new Recorder();
    const durable = new Recorder();
    let inserts = 0;
    let fullInserts = 0;
    let fullEditors = 0;
    let unacknowledged = 0;
    for (const result of results) {
      delivery.merge(result.delivery);
      durable.merge(result.durable);
      inserts += result.inserts;
      fullInserts += result.fullInserts;
      fullEditors += result.fullEditors;
      unacknowledged += result.unacknowledged;
    }
    // Each full editor receives every insert but its own.
    const expected = inserts * fullEditors - fullInserts;
    return {
      row: {
        server: name,
        editors,
        p50_ms: delivery.percentile(50, expected),
        p99_ms: delivery.percentile(99, expected),
        cpu_s: round(cpu, 2),
        peak_rss_mb: round(peak, 1),
      },
      durable,
      unacknowledged,
      delivered: expected ? delivery.count / expected : 0,
      clientsCpu: clientsUsed,
      machineBusy: (machineAfter.busy - machine.busy) / machineTotal,
      clientsShare: clientsUsed / machineTotal,
    };
  } finally {
    for (const child of [server, ...workers]) child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    dataDirs.delete(dataDir);
  }
}

interface ManyDocumentsRow {
  documents: number;
  connections: number;
  rss_mb: number;
  heap_used_mb: number;
  external_mb: number;
  array_buffers_mb: number;
  peak_rss_mb: number;
  rss_after_mb: number;
  held_after: Record<string, number>;
}

const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

/** Cocon with MANY_DOCUMENTS documents open and MANY_CONNECTIONS people spread over them, typing for MANY_SECONDS. */
async function measureManyDocuments(): Promise<ManyDocumentsRow> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-bench-collab-'));
  dataDirs.add(dataDir);
  const server = start('cocon.server.ts', { BENCH_DATA_DIR: dataDir, BENCH_DOCUMENTS: String(MANY_DOCUMENTS) });
  try {
    const ready = await next(server, isReady, STARTUP_TIMEOUT_MS);
    const documentIds = ready.documentIds ?? [ready.documentId];
    const tokens = await tokensFor(ready, MANY_CONNECTIONS, documentIds);
    const memory = () => {
      const answer = next(server, isMemory, 30_000);
      server.send({ type: 'memory' } satisfies ToServer);
      return answer;
    };
    const { during, after } = await runManyDocuments(ready.url, documentIds, tokens, MANY_SECONDS, memory);
    return {
      documents: documentIds.length,
      connections: tokens.length,
      rss_mb: mb(during.usage.rss),
      heap_used_mb: mb(during.usage.heapUsed),
      external_mb: mb(during.usage.external),
      array_buffers_mb: mb(during.usage.arrayBuffers),
      peak_rss_mb: round(peakRssMb(server.pid!), 1),
      rss_after_mb: mb(after.usage.rss),
      held_after: after.held,
    };
  } finally {
    server.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    dataDirs.delete(dataDir);
  }
}

function percent(share: number): string {
  return `${(share * 100).toFixed(0)}%`;
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

async function main() {
  const cores = os.cpus().length;
  console.log(
    `bench:collab: ${EDITORS.join(', ')} editors on one document, one character every 200 ms each for ${SECONDS} s; ` +
      `editors in up to ${WORKERS} worker processes, ` +
      `the first ${FULL_PER_WORKER} of each full Yjs clients that measure delivery, the others light editors that type real updates and ignore others'`,
  );
  const rows: Row[] = [];
  let durableP99 = NaN;
  for (const editors of EDITORS) {
    const pair: Partial<Record<ServerName, Row>> = {};
    for (const name of ['cocon', 'bare'] as const) {
      const measured = await measure(name, editors);
      const { row } = measured;
      const acked = (p: number) => measured.durable.percentile(p, measured.durable.count + measured.unacknowledged);
      const durable = name === 'cocon' ? `durable p50 ${acked(50).toFixed(1)} ms p99 ${acked(99).toFixed(1)} ms` : `ack p99 ${acked(99).toFixed(1)} ms`;
      console.log(
        `${name.padEnd(5)} N=${String(editors).padEnd(4)} p50 ${row.p50_ms.toFixed(1).padStart(7)} ms  p99 ${row.p99_ms.toFixed(1).padStart(7)} ms  ` +
          `server cpu ${row.cpu_s.toFixed(2)} s  peak ${row.peak_rss_mb.toFixed(0)} MB  ${durable}  ` +
          `delivered ${(measured.delivered * 100).toFixed(1)}%  clients cpu ${measured.clientsCpu.toFixed(1)} s  ` +
          `machine busy ${percent(measured.machineBusy)} (editors ${percent(measured.clientsShare)})`,
      );
      rows.push(row);
      pair[name] = row;
      if (name === 'cocon') durableP99 = acked(99);
    }
    const { cocon, bare } = pair as Record<ServerName, Row>;
    console.log(`ratio cocon/bare N=${editors}: p50 x${(cocon.p50_ms / bare.p50_ms).toFixed(2)}  p99 x${(cocon.p99_ms / bare.p99_ms).toFixed(2)}`);
  }
  console.log(
    `note: server, editors and any other work share this machine's ${cores} cores; "machine busy" is all of it during the run, ` +
      '"editors" the client workers\' part: near 100% busy, latencies include queueing for CPU, not only the server\'s work. Latency is per (insert, receiving full editor), clock of this machine, 0.1 ms buckets; ' +
      '"delivered" is the share of inserts that reached the full editors before the end; those that did not count as ' +
      `infinitely late (a percentile they reach prints as Infinity, null in JSON). Typing stops after ${SECONDS} s, then up to ${DRAIN_MAX_MS / 1000} s of draining. ` +
      "cpu_s covers typing and draining; peak_rss_mb is the server process's whole life (boot included). " +
      `durable_p99_ms is Cocon's at N=${EDITORS[EDITORS.length - 1]}: from the insert to the server's acknowledgement, sent after the update is written ` +
      'to the embedded database (acknowledgements arrive in order; under load it includes queueing). "ack" for bare is the same signal without any write.',
  );
  const many = MANY_DOCUMENTS > 0 ? await measureManyDocuments() : null;
  if (many) {
    console.log(
      `cocon ${many.documents} documents, ${many.connections} connections, one character a second each for ${MANY_SECONDS} s: ` +
        `server rss ${many.rss_mb} MB (heap used ${many.heap_used_mb} MB, external ${many.external_mb} MB, array buffers ${many.array_buffers_mb} MB), ` +
        `peak ${many.peak_rss_mb} MB; once all left: rss ${many.rss_after_mb} MB, held ${JSON.stringify(many.held_after)}`,
    );
  }
  console.log(JSON.stringify({ rows, durable_p99_ms: round(durableP99, 1), ...(many ? { many_documents: many } : {}) }));
}

process.on('exit', cleanUp);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
