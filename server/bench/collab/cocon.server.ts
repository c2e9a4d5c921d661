/**
 * bench:collab's Cocon: the whole application on its embedded database (DATA_DIR from the parent), or on PostgreSQL
 * with DATABASE_URL, in its own process, with one account that may edit its documents (one unless BENCH_DOCUMENTS
 * says more). Asked for its memory, it answers with process.memoryUsage() and what live editing holds.
 */
// Measured as it runs in production: graphql-js adds costly development checks otherwise.
process.env.NODE_ENV = 'production';
import 'reflect-metadata';
import { build, documentToText } from '@cocon/shared';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/password';
import { startApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/config';
import { Document } from '../../src/documents/document.entity';
import { Space } from '../../src/spaces/space.entity';
import { Structure } from '../../src/structures/structure.entity';
import { User } from '../../src/users/user.entity';
import { CollaborationServer } from '../../src/collaboration/collaboration.server';
import type { ServerMemory, ServerReady, ToServer } from './protocol';

const EMAIL = 'banc@cocon.test';
const PASSWORD = 'mot-de-passe-du-banc';
/** Documents the account may edit (BENCH_DOCUMENTS, from the parent), all alike. */
const BENCH_DATABASE = 'cocon_bench_collab';
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 1);

/**
 * With DATABASE_URL, the server runs on that PostgreSQL rather than embedded, in a database of the bench's own made
 * empty at each start, so that its memory is the application's alone (the embedded database lives in the process).
 */
async function freshDatabase(serverUrl: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}

async function main() {
  const running = await startApp(
    loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      DATA_DIR: process.env.BENCH_DATA_DIR,
      ...(process.env.DATABASE_URL ? { DATABASE_URL: await freshDatabase(process.env.DATABASE_URL) } : {}),
    }),
  );
  const manager = running.app.get(DataSource).manager;
  const structure = await manager.save(manager.create(Structure, { name: 'Banc', shortName: 'Banc', kind: 'AUTRE', color: '#4D5866', sites: [] }));
  await manager.save(
    manager.create(User, { name: 'Banc', email: EMAIL, role: 'GROUPE_NUMERIQUE', structureId: structure.id, passwordHash: await hashPassword(PASSWORD) }),
  );
  const space = await manager.save(manager.create(Space, { name: 'Banc', slug: 'banc', visibility: 'MEMBERS' }));
  const content = build.doc(build.p('Document du banc d’édition simultanée.'));
  const documents = await manager.save(
    Array.from({ length: DOCUMENTS }, (_, position) =>
      manager.create(Document, {
        spaceId: space.id,
        parentId: null,
        position,
        title: `Banc ${position}`,
        slug: `banc-${position}`,
        content,
        text: documentToText(content),
      }),
    ),
  );
  const ready: ServerReady = {
    url: running.url,
    documentId: documents[0].id,
    documentIds: documents.map((document) => document.id),
    login: { email: EMAIL, password: PASSWORD },
  };
  const collaboration = running.app.get(CollaborationServer);
  process.on('message', (message: ToServer) => {
    if (message.type !== 'memory') return;
    const reply: ServerMemory = { type: 'memory', usage: process.memoryUsage(), held: collaboration.heldDocuments() };
    process.send!(reply);
  });
  process.send!(ready);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
process.on('disconnect', () => process.exit(0));
