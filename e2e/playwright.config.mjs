// Cocon's browser tests on @playwright/test: `node e2e/run.mjs [words]` or `npm run test:browser`.
// One worker, one server for the whole run (global-setup.mjs): the tests share the demo data and some follow others.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './harness.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: 'cocon.spec.mjs',
  outputDir: 'test-results',
  globalSetup: './global-setup.mjs',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // The longest tests take about 30 s here; this only stops a hang.
  timeout: 2 * 60_000,
  reporter: [['list'], ['./summary-reporter.mjs']],
  use: {
    browserName: 'chromium',
    launchOptions: CHROMIUM_LAUNCH,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
    actionTimeout: 15_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
