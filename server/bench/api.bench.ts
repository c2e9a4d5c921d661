/**
 * npm run bench:api
 * What the client asks to show a space's tree (its top level, a level opened by hand, the levels leading to an open
 * document) and to open a document: p50/p95 with 20 clients at once, for spaces of 5,000 and 20,000 documents
 * (BENCH_DOCUMENTS=5000,20000), on the embedded database and on PostgreSQL (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test). Each measure starts with one round that is not counted. The clients run in
 * a process of their own, as browsers run elsewhere; beside the times, the server's CPU time and SQL statements per request.
 * BENCH_DATABASES=embedded or =postgresql runs only one; BENCH_PROFILE=<folder> writes a CPU profile of the server's
 * main thread over the measures (not the seeding), to open in Chrome's DevTools.
 */
// Measured as it runs in production: graphql-js adds costly development checks otherwise.
process.env.NODE_ENV = 'production';
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
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
import { clientOperation } from '../test/client-operations';
import { createTestDatabase } from '../test/test-database';

const SIZES = (process.env.BENCH_DOCUMENTS ?? '5000,20000').split(',').map(Number);
const DATABASES = (process.env.BENCH_DATABASES ?? 'embedded,postgresql').split(',');
const CLIENTS = 20;
const ROUNDS = 15;
const TOP_LEVEL = 50;
const PASSWORD = 'mot-de-passe-du-banc';

// What the client sends, read from its own files (client/src/features/*/graphql), with the size of a level it asks for.
const TREE_LEVEL = clientOperation('TreeLevel');
const TREE_PATH = clientOperation('TreePath');
const OPEN_DOCUMENT = clientOperation('Document');
const FIRST = 100;

interface Level {
  items: unknown[];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * A space of `total` documents on three levels: 50 at the top, n under each, n + 1 under each of those, with
 * (n + 1)² = total / 50 (9 and 10 for 5,000; 19 and 20 for 20,000).
 */
async function seed(dataSource: DataSource, total: number) {
  const manager = dataSource.manager;
  const structure = await manager.save(manager.create(Structure, { name: 'Banc', shortName: 'Banc', kind: 'AUTRE', color: '#4D5866', sites: [] }));
  await manager.save(
    manager.create(User, {
      name: 'Banc',
      email: 'banc@cocon.test',
      role: 'GROUPE_NUMERIQUE',
      structureId: structure.id,
      passwordHash: await hashPassword(PASSWORD),
    }),
  );
  const space = await manager.save(manager.create(Space, { name: 'Banc', slug: 'banc', visibility: 'MEMBERS' }));
  const content = build.doc(
    build.h(2, 'Une section'),
    ...Array.from({ length: 6 }, (_, i) => build.p(`Paragraphe ${i} : ${'accès aux droits et autonomie numérique, '.repeat(6)}`)),
  );
  const text = documentToText(content);
  const children = Math.round(Math.sqrt(total / TOP_LEVEL)) - 1;
  let count = 0;
  const insert = async (parentIds: (string | null)[], perParent: number) => {
    const rows = parentIds.flatMap((parentId) =>
      Array.from({ length: perParent }, (_, position) => ({
        spaceId: space.id,
        parentId,
        position,
        title: `Document ${count++}`,
        slug: 'document',
        content,
        text,
      })),
    );
    const created: string[] = [];
    for (let i = 0; i < rows.length; i += 250) {
      const result = await manager.insert(Document, rows.slice(i, i + 250));
      created.push(...result.identifiers.map((identifier) => identifier.id as string));
    }
    return created;
  };
  const top = await insert([null], TOP_LEVEL);
  const middle = await insert(top, children);
  const bottom = await insert(middle, children + 1);
  // As autovacuum does soon after a bulk load: statistics, and the visibility map that index-only scans read.
  await dataSource.query('VACUUM ANALYZE document');
  return { space, top, middle, bottom, children, count };
}

/** ROUNDS rounds of every client at once, after one round that is not counted (compiling the code on first use). */
async function measure(clients: ApiClient[], operation: (client: ApiClient, i: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let round = -1; round < ROUNDS; round++) {
    await Promise.all(
      clients.map(async (client, i) => {
        const start = performance.now();
        await operation(client, (round + 1) * clients.length + i);
        if (round >= 0) times.push(performance.now() - start);
      }),
    );
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), requests: times.length };
}

function expectItems(level: Level, expected: number, what: string) {
  if (level.items.length !== expected) throw new Error(`${what}: ${level.items.length} documents instead of ${expected}`);
}

interface Plan {
  url: string;
  slug: string;
  top: string[];
  middle: string[];
  bottom: string[];
  children: number;
}

type Stats = Awaited<ReturnType<typeof measure>>;
type Message = { kind: 'start'; name: string } | { kind: 'end'; name: string; stats: Stats } | { kind: 'done' };

/** In the clients' process: 20 clients logged in, each measure in turn, told to the server's process as it starts and ends. */
async function measureAll({ url, slug, top, middle, bottom, children }: Plan) {
  const clients = await Promise.all(Array.from({ length: CLIENTS }, () => new ApiClient(url).login('banc@cocon.test', PASSWORD)));
  const pick = (ids: string[], i: number) => ids[(i * 7919) % ids.length];
  const level = async (client: ApiClient, parentId: string | null) =>
    (await client.ok<{ space: { treeLevel: Level } }>(TREE_LEVEL, { slug, parentId, first: FIRST })).space.treeLevel;
  const operations: Record<string, (client: ApiClient, i: number) => Promise<unknown>> = {
    'tree: top level': async (client) => expectItems(await level(client, null), TOP_LEVEL, 'top level'),
    'tree: expand': async (client, i) => expectItems(await level(client, pick(top, i)), children, 'expanded level'),
    'tree: path': async (client, i) => {
      const { treePath } = (await client.ok<{ space: { treePath: Level[] } }>(TREE_PATH, { slug, documentId: pick(bottom, i), first: FIRST })).space;
      if (treePath.length !== 4) throw new Error(`path: ${treePath.length} levels instead of 4`);
    },
    'open document': (client, i) => client.ok(OPEN_DOCUMENT, { id: pick([...top, ...middle, ...bottom], i) }),
  };
  const tell = (message: Message) => process.send!(message);
  for (const [name, operation] of Object.entries(operations)) {
    tell({ kind: 'start', name });
    tell({ kind: 'end', name, stats: await measure(clients, operation) });
  }
  tell({ kind: 'done' });
}

/** What the server spent on each measure, per request (the round that is not counted included). */
interface Measured {
  name: string;
  stats: Stats;
  serverMs: number;
  statements: number;
}

/**
 * Runs the clients in another process, and counts the CPU time the server's process spends meanwhile (all its
 * threads, the embedded database included; PostgreSQL's own processes not) and the SQL statements it sends (the
 * session's included): what one request costs the server, whatever else the machine is doing.
 */
function inClientProcess(plan: Plan, dataSource: DataSource): Promise<Measured[]> {
  return new Promise((resolve, reject) => {
    const results: Measured[] = [];
    let since = process.cpuUsage();
    let statements = 0;
    dataSource.subscribers.push({ beforeQuery: () => void statements++ });
    const clients = fork(__filename, [], { env: { ...process.env, BENCH_CLIENTS: 'true' } });
    clients.send(plan);
    clients.on('message', (message: Message) => {
      if (message.kind === 'start') {
        since = process.cpuUsage();
        statements = 0;
      } else if (message.kind === 'end') {
        const { user, system } = process.cpuUsage(since);
        const requests = message.stats.requests + CLIENTS;
        results.push({ name: message.name, stats: message.stats, serverMs: (user + system) / 1000 / requests, statements: statements / requests });
      } else resolve(results);
    });
    clients.once('error', reject);
    clients.once('exit', (code) => code !== 0 && reject(new Error(`the clients' process stopped (${code})`)));
  });
}

/** With BENCH_PROFILE, profiles this thread until the returned function is called. */
async function startProfile(name: string): Promise<() => Promise<void>> {
  const folder = process.env.BENCH_PROFILE;
  if (!folder) return async () => {};
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    const file = path.join(folder, `api-${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    console.log(`profile: ${file}`);
  };
}

async function run(label: string, serverUrl: string | undefined, total: number) {
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
  try {
    const dataSource = running.app.get(DataSource);
    const { space, top, middle, bottom, children, count } = await seed(dataSource, total);
    const stopProfile = await startProfile(`${label}-${count}`);
    const results = await inClientProcess({ url: running.url, slug: space.slug, top, middle, bottom, children }, dataSource);
    await stopProfile();
    // One row per measure; further columns go at the end of the row.
    for (const { name, stats, serverMs, statements } of results) {
      console.log(
        `${label.padEnd(11)} ${String(count).padStart(6)} docs  ${name.padEnd(16)} p50 ${stats.p50.toFixed(1).padStart(6)} ms  p95 ${stats.p95.toFixed(1).padStart(6)} ms  server CPU ${serverMs.toFixed(2).padStart(5)} ms/request  SQL ${statements.toFixed(1).padStart(4)} statements/request`,
      );
    }
  } finally {
    await running.close();
    await database.drop();
  }
}

async function main() {
  console.log(`bench:api: spaces of ${SIZES.join(' and ')} documents, ${CLIENTS} clients at once, ${ROUNDS} rounds (${ROUNDS * CLIENTS} requests) per measure`);
  const postgres = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  for (const total of SIZES) {
    if (DATABASES.includes('embedded')) await run('embedded', undefined, total);
    if (!DATABASES.includes('postgresql')) continue;
    try {
      await run('postgresql', postgres, total);
    } catch (error) {
      console.log(`postgresql  skipped: ${(error as Error).message}`);
    }
  }
}

if (!process.env.BENCH_CLIENTS) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
} else {
  process.once('message', (plan: Plan) =>
    measureAll(plan).then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    ),
  );
}
