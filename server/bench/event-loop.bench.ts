/**
 * npm run bench:loop
 * How long the server's event loop is held up while people work: in a space of 5,000 documents (BENCH_DOCUMENTS),
 * 20 editors type in 4 of its documents through /collab (one character every 200 ms each) while 20 readers load the
 * space's tree over GraphQL in a loop, for BENCH_SECONDS (default 20); on the embedded database, then on PostgreSQL
 * (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test). The server runs in this process, in
 * production mode, watched by perf_hooks.monitorEventLoopDelay; editors and readers run in child processes, so that
 * their own work is not counted. Prints the delay p50/p99/max, the tree's p50/p95 and the edits acknowledged
 * (written to the database); last line JSON.
 */
// Measured as it runs in production: graphql-js adds costly development checks otherwise.
process.env.NODE_ENV = 'production';
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { build, documentToText } from '@cocon/shared';
import { DataSource } from 'typeorm';
import { hashPassword } from '../src/auth/password';
import { startApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { Document } from '../src/documents/document.entity';
import { Space } from '../src/spaces/space.entity';
import { Structure } from '../src/structures/structure.entity';
import { User } from '../src/users/user.entity';
import { ApiClient } from '../test/api-client';
import { createTestDatabase } from '../test/test-database';
import { Recorder } from './collab/stats';
import type { FromEditors, ToEditors } from './loop/editors.worker';
import type { FromReaders, ToReaders } from './loop/readers.worker';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 5000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const EDITORS = 20;
const EDITED_DOCUMENTS = 4;
const READERS = 20;
const TOP_LEVEL = 50;
const EMAIL = 'banc@cocon.test';
const PASSWORD = 'mot-de-passe-du-banc';
/** monitorEventLoopDelay samples a timer this often; what it records is the time between two samples. */
const RESOLUTION_MS = 10;
const ANSWER_TIMEOUT_MS = 180_000;
const SETTLE_MS = 5000;

/** What the client asks to show a space's tree, as it asks it (client/src/features/spaces/graphql/tree.ts). */
const TREE_QUERY = {
  query:
    'query ($slug: String!, $parentId: ID, $first: Int!) { space(slug: $slug) { id treeLevel(parentId: $parentId, first: $first) { parentId hasMore items { id title slug parentId position childCount } } } }',
  variables: { parentId: null, first: 100 },
};

interface Row {
  database: 'embedded' | 'postgresql';
  loop_p50_ms: number;
  loop_p99_ms: number;
  loop_max_ms: number;
  tree_p50_ms: number;
  tree_p95_ms: number;
  tree_requests: number;
  edits_typed: number;
  edits_acknowledged: number;
}

const children = new Set<ChildProcess>();

function start(file: string): ChildProcess {
  const child = fork(path.join(__dirname, file), [], { execArgv: ['-r', '@swc-node/register'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** The child's next message of this type; fails if the child exits first or says nothing in time. */
function reply<M extends { type: string }, K extends M['type']>(child: ChildProcess, type: K): Promise<Extract<M, { type: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: M) => {
      if (message.type !== type) return;
      done();
      resolve(message as Extract<M, { type: K }>);
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`child process ${child.pid} exited (${code}) before sending ${type}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`child process ${child.pid} sent no ${type} within ${ANSWER_TIMEOUT_MS} ms`));
    }, ANSWER_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage).off('exit', onExit);
    };
    child.on('message', onMessage).on('exit', onExit);
  });
}

/** A space of DOCUMENTS documents: TOP_LEVEL at the top, the others spread evenly below them. */
async function seed(dataSource: DataSource) {
  const manager = dataSource.manager;
  const structure = await manager.save(manager.create(Structure, { name: 'Banc', shortName: 'Banc', kind: 'AUTRE', color: '#4D5866', sites: [] }));
  await manager.save(
    manager.create(User, { name: 'Banc', email: EMAIL, role: 'GROUPE_NUMERIQUE', structureId: structure.id, passwordHash: await hashPassword(PASSWORD) }),
  );
  const space = await manager.save(manager.create(Space, { name: 'Banc', slug: 'banc', visibility: 'MEMBERS' }));
  const content = build.doc(build.p(`Paragraphe : ${'accès aux droits et autonomie numérique, '.repeat(6)}`));
  const text = documentToText(content);
  const row = (parentId: string | null, position: number, n: number) => ({
    spaceId: space.id,
    parentId,
    position,
    title: `Document ${n}`,
    slug: 'document',
    content,
    text,
  });
  const insert = async (rows: ReturnType<typeof row>[]) => {
    const ids: string[] = [];
    for (let i = 0; i < rows.length; i += 250) {
      ids.push(...(await manager.insert(Document, rows.slice(i, i + 250))).identifiers.map((identifier) => identifier.id as string));
    }
    return ids;
  };
  const top = await insert(Array.from({ length: TOP_LEVEL }, (_, i) => row(null, i, i)));
  const below = DOCUMENTS - TOP_LEVEL;
  await insert(Array.from({ length: below }, (_, i) => row(top[i % TOP_LEVEL], Math.floor(i / TOP_LEVEL), TOP_LEVEL + i)));
  await dataSource.query('ANALYZE document');
  return { space, edited: top.slice(0, EDITED_DOCUMENTS) };
}

function percentile(histogram: ReturnType<typeof monitorEventLoopDelay>, p: number): number {
  return Math.max(0, histogram.percentile(p) / 1e6 - RESOLUTION_MS);
}

const round = (value: number) => Number(value.toFixed(1));

async function run(label: Row['database'], serverUrl: string | undefined): Promise<Row> {
  const database = await createTestDatabase(serverUrl);
  const running = await startApp(
    loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_URL: 'http://127.0.0.1',
      SEED_DEMO: 'false',
      ...database.env,
    }),
  );
  const processes: ChildProcess[] = [];
  try {
    const { space, edited } = await seed(running.app.get(DataSource));
    const owner = await new ApiClient(running.url).login(EMAIL, PASSWORD);
    // One token per editor, as each browser tab asks for its own.
    const tokens = await Promise.all(
      Array.from({ length: EDITORS }, async (_, i) => {
        const documentId = edited[i % edited.length];
        const { collabToken } = await owner.ok<{ collabToken: string }>('query ($id: ID!) { collabToken(documentId: $id) }', { id: documentId });
        return { documentId, token: collabToken };
      }),
    );
    const editors = start('loop/editors.worker.ts');
    processes.push(editors);
    const editorsReady = reply<FromEditors, 'ready'>(editors, 'ready');
    editors.send({ type: 'connect', url: running.url, editors: tokens } satisfies ToEditors);
    await editorsReady;
    const readers = start('loop/readers.worker.ts');
    processes.push(readers);
    const readersReady = reply<FromReaders, 'ready'>(readers, 'ready');
    readers.send({
      type: 'connect',
      url: running.url,
      email: EMAIL,
      password: PASSWORD,
      clients: READERS,
      query: TREE_QUERY.query,
      variables: { slug: space.slug, ...TREE_QUERY.variables },
    } satisfies ToReaders);
    await readersReady;

    const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
    const typed = reply<FromEditors, 'result'>(editors, 'result');
    const read = reply<FromReaders, 'result'>(readers, 'result');
    delay.enable();
    editors.send({ type: 'start', seconds: SECONDS } satisfies ToEditors);
    readers.send({ type: 'start', seconds: SECONDS } satisfies ToReaders);
    const tree = await read;
    delay.disable();
    const edits = await typed;

    const treeTimes = new Recorder();
    treeTimes.merge(tree.tree);
    if (tree.failures) console.log(`${label}: ${tree.failures} tree requests failed`);
    return {
      database: label,
      loop_p50_ms: round(percentile(delay, 50)),
      loop_p99_ms: round(percentile(delay, 99)),
      loop_max_ms: round(Math.max(0, delay.max / 1e6 - RESOLUTION_MS)),
      tree_p50_ms: round(treeTimes.percentile(50)),
      tree_p95_ms: round(treeTimes.percentile(95)),
      tree_requests: treeTimes.count,
      edits_typed: edits.typed,
      edits_acknowledged: edits.acknowledged,
    };
  } finally {
    for (const child of processes) child.kill('SIGKILL');
    // The editors' departure makes the server write (the documents' last state, a revision): let it finish first.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await running.close();
    await database.drop();
  }
}

async function main() {
  console.log(
    `bench:loop: ${DOCUMENTS} documents, ${EDITORS} editors typing in ${EDITED_DOCUMENTS} of them (a character every 200 ms each) ` +
      `and ${READERS} readers loading the tree in a loop, for ${SECONDS} s; the server's event-loop delay`,
  );
  const rows: Row[] = [];
  const print = (row: Row) => {
    rows.push(row);
    console.log(
      `${row.database.padEnd(10)}  loop delay p50 ${row.loop_p50_ms.toFixed(1).padStart(6)} ms  p99 ${row.loop_p99_ms.toFixed(1).padStart(6)} ms  ` +
        `max ${row.loop_max_ms.toFixed(1).padStart(7)} ms   tree p50 ${row.tree_p50_ms.toFixed(1).padStart(7)} ms  p95 ${row.tree_p95_ms.toFixed(1).padStart(7)} ms ` +
        `(${row.tree_requests} requests)   edits acknowledged ${row.edits_acknowledged} of ${row.edits_typed}`,
    );
  };
  print(await run('embedded', undefined));
  try {
    print(await run('postgresql', process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'));
  } catch (error) {
    console.log(`postgresql  skipped: ${(error as Error).message}`);
  }
  console.log(
    `note: the delay is how late a timer due every ${RESOLUTION_MS} ms fired, over the ${SECONDS} s of typing and reading; ` +
      "editors, readers and the server share this machine's cores, so a busy machine adds to it. Edits typed in the last moments " +
      'are acknowledged during a drain after typing stops (at most 60 s).',
  );
  console.log(JSON.stringify({ documents: DOCUMENTS, seconds: SECONDS, rows }));
}

process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
