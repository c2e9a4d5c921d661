import { randomBytes } from 'node:crypto';
import { build } from '@cocon/shared';
import { Redis } from 'ioredis';
import { TestApp } from '../../../test/test-app';
import { allSaved, appendParagraph, openLive, type CollabClient } from '../../collaboration/__tests__/collab-clients';
import { ConfigError, loadConfig } from '../../config/config';
import { checkRedis, redisOptions } from '../redis';

describe('REDIS_URL', () => {
  it('is read whole: user and password (decoded), port, database number, TLS for rediss://', () => {
    expect(redisOptions('rediss://cocon%40prod:p%C3%A0ss%2Fw%3Ard@cache.example:6380/3')).toEqual({
      host: 'cache.example',
      port: 6380,
      username: 'cocon@prod',
      password: 'pàss/w:rd',
      db: 3,
      tls: {},
    });
    expect(redisOptions('redis://:secret@[::1]')).toEqual({ host: '::1', port: 6379, password: 'secret', db: 0 });
    expect(redisOptions('redis://127.0.0.1:6379/')).toEqual({ host: '127.0.0.1', port: 6379, db: 0 });
  });

  it('refuses at start a path that is not a database number, without printing the password', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://cocon:secret@cache.example/cocon' })).toThrow(ConfigError);
    expect(() => loadConfig({ REDIS_URL: 'redis://cocon:secret@cache.example/cocon' })).toThrow(/REDIS_URL doit être .*numéro de base.*« \/cocon »/);
    expect(() => loadConfig({ REDIS_URL: 'redis://cocon:secret@cache.example/cocon' })).not.toThrow(/secret/);
    expect(loadConfig({ REDIS_URL: 'rediss://cocon:secret@cache.example:6380/12' }).redisUrl).toBe('rediss://cocon:secret@cache.example:6380/12');
  });

  it('reports a Redis that does not answer at start, without stopping it', async () => {
    await expect(checkRedis('redis://127.0.0.1:1')).resolves.toMatch(/ECONNREFUSED/);
  });
});

const onRedis = process.env.REDIS_URL ? describe : describe.skip;

onRedis('REDIS_URL with a user, a password and a database number, on a real Redis', () => {
  const admin = new Redis(process.env.REDIS_URL!, { lazyConnect: true });
  const user = `cocon-test-${process.pid}-${randomBytes(3).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  const urlWith = (secret: string, database: number) => {
    const url = new URL(process.env.REDIS_URL!);
    url.username = user;
    url.password = secret;
    url.pathname = `/${database}`;
    return url.toString();
  };
  beforeAll(async () => {
    await admin.connect();
    await admin.acl('SETUSER', user, 'on', `>${password}`, '~*', '&*', '+@all');
  });
  afterAll(async () => {
    await admin.acl('DELUSER', user);
    await admin.quit();
  });

  it('opens every connection of Cocon as that user on that database, and live editing works through it', async () => {
    const app = await TestApp.start({ REDIS_URL: urlWith(password, 5) });
    const clients: CollabClient[] = [];
    try {
      const writer = (await app.as('GROUPE_NUMERIQUE')).client;
      const document = await app.createDocument(await app.createSpace(), { content: build.doc(build.p('Avant.')) });
      const editor = await openLive(app.url, writer, document.id, clients);
      appendParagraph(editor.doc, 'Par Redis authentifié.');
      await allSaved(editor);

      const list = String(await admin.client('LIST'));
      const ours = list
        .split('\n')
        .map((line) => Object.fromEntries(line.split(' ').map((field) => field.split('=') as [string, string])))
        .filter((client) => client.name?.startsWith('cocon-') && client.name.endsWith(`-${process.pid}`) && client.user === user);
      // The connection that checked Redis at start may still be closing.
      const purposes = [...new Set(ours.map((client) => client.name.replace(/^cocon-|-\d+$/g, '')))].filter((purpose) => purpose !== 'check').sort();
      expect(purposes).toEqual(['collaboration', 'live-events', 'login-throttle']);
      expect(ours.filter((client) => client.db !== '5')).toEqual([]);
    } finally {
      clients.forEach((client) => client.destroy());
      await app.stop();
    }
  });

  it('stops the start with a French message naming REDIS_URL when Redis refuses the password or the database', async () => {
    await expect(TestApp.start({ REDIS_URL: urlWith('pas-le-bon', 0) })).rejects.toThrow(/REDIS_URL est refusée par Redis.*WRONGPASS/);
    await expect(TestApp.start({ REDIS_URL: urlWith(password, 99999) })).rejects.toThrow(/REDIS_URL est refusée par Redis.*DB index/);
  });
});
