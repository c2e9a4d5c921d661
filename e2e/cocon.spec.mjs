// Registers the tests of e2e/tests/*.mjs (each exports `tests`, a list of [name, test]) in the order of the file
// names, then of the list. COCON_E2E_ONLY (set by run.mjs) keeps the files whose name contains one of its words.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tests');
const only = (process.env.COCON_E2E_ONLY ?? '').split(/\s+/).filter(Boolean);
const files = fs
  .readdirSync(dir)
  .filter((file) => file.endsWith('.mjs') && (only.length === 0 || only.some((word) => file.includes(word))))
  .sort();

for (const file of files) {
  const { tests } = await import(path.join(dir, file));
  test.describe(file.replace(/\.mjs$/, ''), () => {
    for (const [name, run] of tests) {
      test(name, async ({ browser, context }) => run({ browser, context, url: process.env.COCON_E2E_URL }));
    }
  });
}
