// Browser tests of Cocon: `npm run test:browser` (builds everything first). Each file of e2e/tests/ exports
// `tests`, a list of [name, test]; they run in the order of the file names, then of the list.
// `node e2e/run.mjs collaboration` runs only the files whose name contains one of the words given.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from './harness.mjs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tests');
const only = process.argv.slice(2);
const files = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith('.mjs') && (only.length === 0 || only.some((word) => file.includes(word))))
  .sort();
const tests = [];
for (const file of files) tests.push(...(await import(path.join(dir, file))).tests);

await runTests(tests);
