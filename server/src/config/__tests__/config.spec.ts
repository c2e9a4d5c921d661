import path from 'node:path';
import { ConfigError, describeMode, loadConfig } from '../config';

describe('configuration read at boot', () => {
  it('gives working defaults: port 3000, embedded database in ./data, demo content outside production', () => {
    const config = loadConfig({}, '/srv/cocon');
    expect(config).toMatchObject({
      port: 3000,
      dataDir: path.resolve('/srv/cocon', 'data'),
      databaseUrl: null,
      redisUrl: null,
      seedDemo: true,
      publicUrl: 'http://localhost:3000',
    });
  });

  it('accepts images of 10 MB by default, or the size UPLOAD_MAX_BYTES gives', () => {
    expect(loadConfig({}).uploadMaxBytes).toBe(10 * 1024 * 1024);
    expect(loadConfig({ UPLOAD_MAX_BYTES: '2097152' }).uploadMaxBytes).toBe(2097152);
  });

  it('never seeds demo content in production unless SEED_DEMO=true', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('says at start which mode runs, and warns in production when PUBLIC_URL is missing', () => {
    expect(describeMode(loadConfig({})).join(' ')).toMatch(/Mode développement : contenu de démonstration.*NODE_ENV=production/);
    const production = describeMode(loadConfig({ NODE_ENV: 'production' })).join(' ');
    expect(production).toMatch(/Mode production/);
    expect(production).toMatch(/PUBLIC_URL n’est pas défini/);
    expect(describeMode(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://cocon.example.org' })).join(' ')).not.toMatch(/PUBLIC_URL/);
  });

  it.each([
    ['PORT', 'abc', /PORT doit être un nombre entier/],
    ['PORT', '70000', /PORT doit être un nombre entier entre 0 et 65535/],
    ['DATABASE_URL', 'mysql://localhost/db', /DATABASE_URL doit être une adresse postgres/],
    ['REDIS_URL', 'pas une adresse', /REDIS_URL doit être une adresse/],
    ['SEED_DEMO', 'peut-être', /SEED_DEMO doit être « true » ou « false »/],
    ['NODE_ENV', 'staging', /NODE_ENV doit être/],
    ['LOG_LEVEL', 'bavard', /LOG_LEVEL doit être/],
    ['SMTP_URL', 'http://mail', /SMTP_URL doit être une adresse smtp/],
    ['UPLOAD_MAX_BYTES', '10 Mo', /UPLOAD_MAX_BYTES doit être un nombre entier entre 1024 et 104857600/],
    ['UPLOAD_MAX_BYTES', '0', /UPLOAD_MAX_BYTES doit être un nombre entier/],
  ])('stops with a French message naming %s when it is wrong', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
