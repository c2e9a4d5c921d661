// What Cocon's browser tests share (run by @playwright/test, see playwright.config.mjs): the built server on a fresh
// embedded database with the demo content, Debian's Chromium, axe-core checks and the steps many tests take.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCREENSHOTS = path.join(ROOT, 'e2e', 'screenshots');
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function startServer() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-e2e-'));
  const port = 3900 + Math.floor(Math.random() * 90);
  const { DATABASE_URL: _db, REDIS_URL: _redis, ...env } = process.env;
  const child = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: ROOT,
    env: { ...env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'true', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the server stopped:\n${output}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i === 239) throw new Error(`the server did not answer /health within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// Debian's Chromium: there is no internet to download Playwright's own.
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export async function launchBrowser() {
  return chromium.launch(CHROMIUM_LAUNCH);
}

/** Fails with the list of WCAG 2.1 A/AA violations axe-core finds on the page as it is now. */
export async function expectAccessible(page, label) {
  // Evaluated through the DevTools protocol rather than a <script>: the app's CSP rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    // Colours measured halfway through a fade or a hover transition are neither the before nor the after: let the
    // finite ones end (a spinner's never does).
    const settling = document.getAnimations().filter((animation) => Number.isFinite(animation.effect?.getComputedTiming().endTime));
    await Promise.all(settling.map((animation) => animation.finished.catch(() => undefined)));
    const result = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  });
  if (violations.length) throw new Error(`axe-core on « ${label} »:\n  ${violations.join('\n  ')}`);
}

export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

// Steps that many tests share.
export const DEMO_PASSWORD = 'cocon-demo';

export async function login(page, url, email) {
  await page.goto(`${url}/connexion`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Mon compte' }).waitFor();
  await page.waitForURL((current) => !current.pathname.startsWith('/connexion'));
}

export async function logout(page) {
  const menu = page.getByRole('banner').getByRole('button').last();
  await menu.click();
  await page.getByRole('menuitem', { name: 'Se déconnecter' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Se connecter' }).waitFor();
}

export const heading = (page, name) => page.getByRole('heading', { level: 1, name });

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}
