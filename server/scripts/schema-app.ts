import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { startApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';

export const SCHEMA_FILE = path.resolve(__dirname, '../schema.gql');

const HEADER = '# Generated from the server code by `npm run schema -w server`: do not edit by hand.\n\n';

export function printedSchema(app: INestApplication): string {
  return HEADER + printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
}

/** Starts the app on a throw-away embedded database, just long enough to read its schema. */
export async function withSchemaApp(work: (app: INestApplication) => Promise<void>): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-schema-'));
  const running = await startApp(loadConfig({ NODE_ENV: 'test', PORT: '0', DATA_DIR: dataDir, SEED_DEMO: 'false', HOST: '127.0.0.1' }));
  try {
    await work(running.app);
  } finally {
    await running.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
