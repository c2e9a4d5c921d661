// Browser tests of Cocon: `npm run test:browser` (builds everything first), or after a build
// `node e2e/run.mjs collaboration` to run only the files of e2e/tests/ whose name contains one of the words given.
// Arguments starting with « - » go to `playwright test` (e.g. `--trace on`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const e2e = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const words = args.filter((arg) => !arg.startsWith('-'));
const options = args.filter((arg) => arg.startsWith('-'));
const cli = path.join(e2e, '..', 'node_modules', '@playwright', 'test', 'cli.js');
const { status } = spawnSync(process.execPath, [cli, 'test', '-c', path.join(e2e, 'playwright.config.mjs'), ...options], {
  stdio: 'inherit',
  env: { ...process.env, COCON_E2E_ONLY: words.join(' ') },
});
process.exitCode = status ?? 1;
