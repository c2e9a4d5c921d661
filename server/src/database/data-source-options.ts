import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import type { EmbeddedDatabase } from './embedded-database';

/** One set of options for both databases: the same entities and migrations run on PGlite and on PostgreSQL. */
export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl'>, embedded: EmbeddedDatabase | null): DataSourceOptions {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false,
    logging: false,
  };
  if (config.databaseUrl) return { ...common, url: config.databaseUrl, poolSize: 10 };
  if (!embedded) throw new Error('Embedded database expected when DATABASE_URL is not set');
  // PGlite has a single session: one connection, running queries one at a time, kept open (never closed when idle)
  // because the embedded database takes one connection at a time and frees its place a moment after a close.
  return { ...common, ...embedded.connection, poolSize: 1, extra: { idleTimeoutMillis: 0 } };
}
