import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { MUTATION_ACTIONS, PERMISSIONS_DOC, permissionsDoc } from '../../../scripts/write-permissions-doc';

const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../../schema.gql'), 'utf8'));
const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();

describe('docs/permissions.md', () => {
  it('is up to date with the permission table (regenerate with `npm run docs:permissions -w server`)', () => {
    expect(fs.readFileSync(PERMISSIONS_DOC, 'utf8')).toBe(permissionsDoc());
  });

  it('names every mutation of server/schema.gql, and no other (add new ones to MUTATION_ACTIONS)', () => {
    expect(Object.keys(MUTATION_ACTIONS).sort()).toEqual(mutations);
    const doc = permissionsDoc();
    for (const mutation of mutations) expect([mutation, doc.includes(`| \`${mutation}\` |`)]).toEqual([mutation, true]);
  });
});
