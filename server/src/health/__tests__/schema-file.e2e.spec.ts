import fs from 'node:fs';
import { printedSchema, SCHEMA_FILE, withSchemaApp } from '../../../scripts/schema-app';

describe('server/schema.gql', () => {
  it('is up to date with the code (regenerate with `npm run schema -w server`)', async () => {
    await withSchemaApp(async (app) => {
      expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema(app));
    });
  });
});
