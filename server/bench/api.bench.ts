/**
 * npm run bench:api
 * For a space of 5,000 documents: p50/p95 time to load the tree and to open a document, 20 clients at once,
 * on the embedded database and on PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test).
 */
// Measured as it runs in production: graphql-js adds costly development checks otherwise.
process.env.NODE_ENV = 'production';
import 'reflect-metadata';
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

const DOCUMENTS = 5000;
const CLIENTS = 20;
const ROUNDS = 15;
const PASSWORD = 'mot-de-passe-du-banc';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function seed(dataSource: DataSource): Promise<{ space: Space; ids: string[] }> {
  const manager = dataSource.manager;
  const structure = await manager.save(manager.create(Structure, { name: 'Banc', shortName: 'Banc', kind: 'AUTRE', color: '#4D5866', sites: [] }));
  await manager.save(
    manager.create(User, { name: 'Banc', email: 'banc@cocon.test', role: 'GROUPE_NUMERIQUE', structureId: structure.id, passwordHash: await hashPassword(PASSWORD) }),
  );
  const space = await manager.save(manager.create(Space, { name: 'Banc', slug: 'banc', visibility: 'MEMBERS' }));
  const content = build.doc(
    build.h(2, 'Une section'),
    ...Array.from({ length: 6 }, (_, i) => build.p(`Paragraphe ${i} : ${'accès aux droits et autonomie numérique, '.repeat(6)}`)),
  );
  const text = documentToText(content);
  const ids: string[] = [];
  // 50 top-level documents, 9 children each, 10 grandchildren each: 5,000 in all.
  const insert = async (parentIds: (string | null)[], perParent: number) => {
    const rows = parentIds.flatMap((parentId) =>
      Array.from({ length: perParent }, (_, position) => ({
        spaceId: space.id, parentId, position, title: `Document ${ids.length}-${position}`, slug: 'document', content, text,
      })),
    );
    const created: string[] = [];
    for (let i = 0; i < rows.length; i += 250) {
      const result = await manager.insert(Document, rows.slice(i, i + 250));
      created.push(...result.identifiers.map((identifier) => identifier.id as string));
    }
    ids.push(...created);
    return created;
  };
  const top = await insert([null], 50);
  const middle = await insert(top, 9);
  await insert(middle, 10);
  return { space, ids };
}

async function measure(clients: ApiClient[], operation: (client: ApiClient, i: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      clients.map(async (client, i) => {
        const start = performance.now();
        await operation(client, round * clients.length + i);
        times.push(performance.now() - start);
      }),
    );
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), requests: times.length };
}

async function run(label: string, serverUrl: string | undefined) {
  const database = await createTestDatabase(serverUrl);
  const running = await startApp(loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'false', ...database.env }));
  try {
    const { space, ids } = await seed(running.app.get(DataSource));
    const clients = await Promise.all(Array.from({ length: CLIENTS }, () => new ApiClient(running.url).login('banc@cocon.test', PASSWORD)));
    const tree = await measure(clients, async (client) => {
      const data = await client.ok<{ space: { tree: unknown[] } }>('query ($slug: String!) { space(slug: $slug) { tree { id title slug parentId position } } }', { slug: space.slug });
      if (data.space.tree.length !== DOCUMENTS) throw new Error(`tree has ${data.space.tree.length} documents`);
    });
    const open = await measure(clients, (client, i) =>
      client.ok(
        'query ($id: ID!) { document(id: $id) { id title content updatedAt canEdit space { name } ancestors { id title } children { id title } updatedBy { name structure { shortName color } } } }',
        { id: ids[(i * 7919) % ids.length] },
      ),
    );
    const row = (name: string, r: { p50: number; p95: number; requests: number }) =>
      `${label.padEnd(11)} ${name.padEnd(16)} p50 ${r.p50.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms   (${r.requests} requests, ${CLIENTS} clients at once)`;
    console.log(row('load tree', tree));
    console.log(row('open document', open));
  } finally {
    await running.close();
    await database.drop();
  }
}

async function main() {
  console.log(`bench:api: one space of ${DOCUMENTS} documents, ${CLIENTS} concurrent clients, ${ROUNDS} rounds each`);
  await run('embedded', undefined);
  const postgres = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  try {
    await run('postgresql', postgres);
  } catch (error) {
    console.log(`postgresql  skipped: ${(error as Error).message}`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
