import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { startApp } from '../../bootstrap';
import { loadConfig } from '../../config/config';
import { dataSourceOptions } from '../data-source-options';
import { EmbeddedDatabase } from '../embedded-database';

const SERVER_DIR = path.resolve(__dirname, '../../..');

function runServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: { ...inherited, NODE_OPTIONS: '', LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('the embedded database (no DATABASE_URL)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocon-embedded-'));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('keeps what was written across a restart', async () => {
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'true' });
    const first = await startApp(config);
    const before = await first.app.get(DataSource).query('SELECT count(*)::int AS n FROM account');
    await first.close();

    const second = await startApp(config);
    const after = await second.app.get(DataSource).query('SELECT count(*)::int AS n FROM account');
    await second.close();
    expect(before[0].n).toBeGreaterThan(5);
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses to open a data folder that another Cocon process is using, with a clear message', async () => {
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'false' });
    const owner = await startApp(config);
    try {
      const second = await runServer({ DATA_DIR: dataDir, PORT: '0' });
      expect(second.code).toBe(1);
      expect(second.output).toContain('déjà utilisé par un autre processus Cocon');
      expect(second.output).toContain(dataDir);
    } finally {
      await owner.close();
    }
    // Once the owner has stopped, the folder opens again and its data is intact.
    const reopened = await startApp(config);
    await reopened.close();
  });

  it('stops at boot with a French message naming a bad variable', async () => {
    const result = await runServer({ DATA_DIR: dataDir, PORT: 'trois-mille' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('Configuration invalide : PORT doit être un nombre entier');
  });

  it('has migrations that match the entities exactly (nothing left for synchronize to do)', async () => {
    const embedded = await EmbeddedDatabase.open(dataDir);
    const dataSource = new DataSource(dataSourceOptions({ databaseUrl: null }, embedded));
    try {
      await dataSource.initialize();
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await embedded.close();
    }
  });
});
