/**
 * Writes a migration with the SQL that brings a database migrated so far up to the entities:
 *   npm run migration:generate -w server -- AddSomething
 * It runs on a throw-away embedded database, so it needs no server.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { EmbeddedDatabase } from '../src/database/embedded-database';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-migration-'));
  const embedded = await EmbeddedDatabase.open(dir);
  const dataSource = new DataSource(dataSourceOptions({ databaseUrl: null }, embedded));
  try {
    await dataSource.initialize();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('The entities and the migrations agree: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (query: string) => `    await queryRunner.query(${JSON.stringify(query)});`;
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((q) => quote(q.query)).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((q) => quote(q.query))
  .join('\n')}
  }
}
`;
    const file = path.join(__dirname, '../src/database/migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(file, body);
    console.log(`Written ${path.relative(process.cwd(), file)}; add ${className} to migrations/index.ts.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
