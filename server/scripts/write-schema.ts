/**
 * Writes server/schema.gql, the GraphQL schema the client's typed operations are generated from:
 *   npm run schema -w server
 * A test fails when the committed file differs from what the code declares.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { printedSchema, SCHEMA_FILE, withSchemaApp } from './schema-app';

withSchemaApp(async (app) => {
  fs.writeFileSync(SCHEMA_FILE, printedSchema(app));
  console.log(`Written ${SCHEMA_FILE}`);
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
