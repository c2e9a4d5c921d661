/**
 * bench:collab's Cocon: the whole application on its embedded database (DATA_DIR from the parent), in its own
 * process, with one account that may edit one document.
 */
// Measured as it runs in production: graphql-js adds costly development checks otherwise.
process.env.NODE_ENV = 'production';
import 'reflect-metadata';
import { build, documentToText } from '@cocon/shared';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/password';
import { startApp } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/config';
import { Document } from '../../src/documents/document.entity';
import { Space } from '../../src/spaces/space.entity';
import { Structure } from '../../src/structures/structure.entity';
import { User } from '../../src/users/user.entity';
import type { ServerReady } from './protocol';

const EMAIL = 'banc@cocon.test';
const PASSWORD = 'mot-de-passe-du-banc';

async function main() {
  const running = await startApp(
    loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'false', DATA_DIR: process.env.BENCH_DATA_DIR }),
  );
  const manager = running.app.get(DataSource).manager;
  const structure = await manager.save(manager.create(Structure, { name: 'Banc', shortName: 'Banc', kind: 'AUTRE', color: '#4D5866', sites: [] }));
  await manager.save(
    manager.create(User, { name: 'Banc', email: EMAIL, role: 'GROUPE_NUMERIQUE', structureId: structure.id, passwordHash: await hashPassword(PASSWORD) }),
  );
  const space = await manager.save(manager.create(Space, { name: 'Banc', slug: 'banc', visibility: 'MEMBERS' }));
  const content = build.doc(build.p('Document du banc d’édition simultanée.'));
  const document = await manager.save(
    manager.create(Document, { spaceId: space.id, parentId: null, position: 0, title: 'Banc', slug: 'banc', content, text: documentToText(content) }),
  );
  const ready: ServerReady = { url: running.url, documentId: document.id, login: { email: EMAIL, password: PASSWORD } };
  process.send!(ready);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
process.on('disconnect', () => process.exit(0));
