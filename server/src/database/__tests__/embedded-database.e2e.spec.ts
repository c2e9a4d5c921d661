import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { startApp } from '../../bootstrap';
import { loadConfig } from '../../config/config';
import { dataSourceOptions } from '../data-source-options';
import { EmbeddedDatabase, type EmbeddedDatabaseError } from '../embedded-database';

const SERVER_DIR = path.resolve(__dirname, '../../..');

/** Runs `npm start`'s entry point; `onReady` hears when it says it is ready, with the signal that stops it. */
function runServer(env: Record<string, string>, onReady?: (stop: (signal: NodeJS.Signals) => void) => void): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env: { ...inherited, NODE_OPTIONS: '', LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (onReady && output.includes('Cocon est prêt')) {
        onReady((signal) => child.kill(signal));
        onReady = undefined;
      }
    });
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

  it.each(['SIGTERM', 'SIGINT'] as const)('stops on %s: closes the database, frees the folder, keeps what it wrote', async (signal) => {
    const result = await runServer({ DATA_DIR: dataDir, PORT: '0' }, (stop) => stop(signal));
    expect(result.code).toBe(0);
    expect(result.output).toContain(`Arrêt de Cocon (${signal})`);
    // No lock left behind, and the schema written at start is all there.
    expect(fs.readdirSync(dataDir)).toEqual(['pglite']);
    const embedded = await EmbeddedDatabase.open(dataDir);
    const dataSource = new DataSource({ ...dataSourceOptions({ databaseUrl: null }, embedded), migrationsRun: false });
    try {
      await dataSource.initialize();
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
      await embedded.close();
    }
  });

  it('leaves nothing running in the process once closed (thread, socket, connection), so that tests can start many', async () => {
    const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'false' });
    // What would keep a process alive: threads, servers and connections. Timers are left out (Apollo's drain leaves an
    // unreferenced AbortSignal timeout), and so are passing file reads and immediates.
    const lasting = /MessagePort|Worker|TCP|Pipe|TTY|UDP|Process/;
    const resources = () =>
      process
        .getActiveResourcesInfo()
        .filter((kind) => lasting.test(kind))
        .sort();
    const before = resources();
    const running = await startApp(config);
    expect(resources()).toContain('MessagePort');
    await running.close();
    expect(resources()).toEqual(before);
  });

  it('refuses to start on a data folder it cannot open, with a clear message, and leaves the folder free', async () => {
    fs.writeFileSync(path.join(dataDir, 'pglite'), 'pas une base de données');
    const result = await runServer({ DATA_DIR: dataDir, PORT: '0' });
    expect(result.code).toBe(1);
    expect(result.output).toContain(`La base de données intégrée (${dataDir}) n’a pas pu s’ouvrir`);
    expect(fs.readdirSync(dataDir)).toEqual(['pglite']);
  });

  it('stops with the reason when the database breaks, instead of leaving the server’s queries waiting', async () => {
    const failures: EmbeddedDatabaseError[] = [];
    const embedded = await EmbeddedDatabase.open(dataDir, (error) => failures.push(error));
    const dataSource = new DataSource(dataSourceOptions({ databaseUrl: null }, embedded));
    try {
      await dataSource.initialize();
      // A runaway recursive function leaves PGlite answering nothing, ever after.
      await dataSource.query(`CREATE FUNCTION endless(n int) RETURNS int AS 'SELECT endless(n + 1)' LANGUAGE sql`);
      await expect(dataSource.query('SELECT endless(1)')).rejects.toThrow();
      await expect(dataSource.query('SELECT 1')).rejects.toThrow();
      expect(failures.map((failure) => failure.message)).toEqual(['La base de données intégrée s’est arrêtée : PGlite a cessé de répondre aux requêtes']);
    } finally {
      await dataSource.destroy();
      await embedded.close();
    }
    // Its socket is gone and the folder is free: it opens again.
    expect(fs.existsSync(embedded.connection.host)).toBe(false);
    const reopened = await EmbeddedDatabase.open(dataDir);
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
