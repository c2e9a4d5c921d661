import path from 'node:path';

/** Settings read once at boot from the environment. Every variable is documented in the README. */
export interface AppConfig {
  port: number;
  host: string;
  nodeEnv: 'development' | 'production' | 'test';
  dataDir: string;
  databaseUrl: string | null;
  redisUrl: string | null;
  seedDemo: boolean;
  smtpUrl: string | null;
  mailFrom: string;
  /** Where people reach Cocon, for links sent by e-mail or written in exports (see PublicUrl). */
  publicUrl: string;
  /** Whether PUBLIC_URL was given: otherwise publicUrl is only a guess (localhost). */
  publicUrlConfigured: boolean;
  logLevel: string;
  trustProxy: boolean;
  sessionDays: number;
  clientDist: string | null;
  /** Largest image a person may upload into a document, in bytes. */
  uploadMaxBytes: number;
  /** A revision is taken once a document has had no change for this long… */
  revisionQuietMinutes: number;
  /** …or, under continuous editing, once this long has passed since the changes began. */
  revisionMaxMinutes: number;
  /** Automatic revisions older than this are thinned out to one a day; 0 keeps them all. */
  revisionRetentionDays: number;
  /** A comparison of documents still unfinished after this long (waiting included) is stopped, its thread ended. */
  diffTimeoutMs: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function fail(name: string, expected: string, value: string): never {
  throw new ConfigError(`Configuration invalide : ${name} doit être ${expected} (valeur reçue : « ${value} »).`);
}

function readBoolean(env: Env, name: string): boolean | null {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return null;
  if (['true', '1', 'yes', 'oui'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no', 'non'].includes(raw.toLowerCase())) return false;
  return fail(name, '« true » ou « false »', raw);
}

function readInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    return fail(name, `un nombre entier entre ${min} et ${max}`, raw);
  }
  return value;
}

function readUrl(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail(name, `une adresse (${protocols.join(' ou ')})`, raw);
  }
  if (!protocols.includes(url.protocol)) return fail(name, `une adresse ${protocols.join(' ou ')}`, raw);
  return raw;
}

/** A redis:// or rediss:// address, whose path may only be a database number (`/2`); the password never printed. */
function readRedisUrl(env: Env): string | null {
  const raw = readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']);
  const database = raw ? new URL(raw).pathname : '';
  if (!/^\/?\d{0,5}$/.test(database)) fail('REDIS_URL', 'une adresse redis:// ou rediss:// suivie au plus d’un numéro de base (/0, /1…)', database);
  return raw;
}

/** Reads and checks the environment; throws ConfigError with a French message naming the variable. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnvRaw = env.NODE_ENV?.trim() || 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    fail('NODE_ENV', '« development », « production » ou « test »', nodeEnvRaw);
  }
  const nodeEnv = nodeEnvRaw as AppConfig['nodeEnv'];
  const port = readInteger(env, 'PORT', 3000, 0, 65535);
  const logLevel = env.LOG_LEVEL?.trim() || (nodeEnv === 'test' ? 'silent' : 'info');
  if (!LOG_LEVELS.includes(logLevel)) fail('LOG_LEVEL', `l’un de ${LOG_LEVELS.join(', ')}`, logLevel);
  const seedDemo = readBoolean(env, 'SEED_DEMO');
  const configuredPublicUrl = readUrl(env, 'PUBLIC_URL', ['http:', 'https:']);
  const publicUrl = configuredPublicUrl ?? `http://localhost:${port || 3000}`;
  const clientDist = env.CLIENT_DIST?.trim() || path.resolve(__dirname, '../../../client/dist');

  return {
    port,
    host: env.HOST?.trim() || '0.0.0.0',
    nodeEnv,
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || 'data'),
    databaseUrl: readUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: readRedisUrl(env),
    // Demo content by default, except in production where it must be asked for explicitly.
    seedDemo: seedDemo ?? nodeEnv !== 'production',
    smtpUrl: readUrl(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailFrom: env.MAIL_FROM?.trim() || 'Cocon <ne-pas-repondre@cocon.local>',
    publicUrl: publicUrl.replace(/\/+$/, ''),
    publicUrlConfigured: configuredPublicUrl !== null,
    logLevel,
    trustProxy: readBoolean(env, 'TRUST_PROXY') ?? false,
    sessionDays: readInteger(env, 'SESSION_DAYS', 30, 1, 365),
    clientDist,
    uploadMaxBytes: readInteger(env, 'UPLOAD_MAX_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    revisionQuietMinutes: readInteger(env, 'REVISION_QUIET_MINUTES', 5, 1, 24 * 60),
    revisionMaxMinutes: readInteger(env, 'REVISION_MAX_MINUTES', 30, 1, 24 * 60),
    revisionRetentionDays: readInteger(env, 'REVISION_RETENTION_DAYS', 0, 0, 36500),
    diffTimeoutMs: readInteger(env, 'DIFF_TIMEOUT_MS', 30_000, 1, 600_000),
  };
}

/**
 * What the start message says of the mode, so that nobody runs a real installation in development mode by mistake:
 * `npm start` without NODE_ENV is a trial (demo content, schema open to tools), production is asked for explicitly.
 */
export function describeMode(config: Pick<AppConfig, 'nodeEnv' | 'seedDemo' | 'publicUrlConfigured'>): string[] {
  if (config.nodeEnv === 'production') {
    const lines = ['Mode production : le schéma de l’API est fermé aux outils, les erreurs ne donnent aucun détail technique.'];
    if (!config.publicUrlConfigured) {
      lines.push(
        'Attention : PUBLIC_URL n’est pas défini, les liens envoyés par e-mail pointeront vers localhost. Donnez l’adresse publique de Cocon dans PUBLIC_URL.',
      );
    }
    return lines;
  }
  return [
    `Mode ${config.nodeEnv === 'test' ? 'test' : 'développement'} : ${config.seedDemo ? 'contenu de démonstration, ' : ''}schéma de l’API ouvert aux outils. ` +
      'Pour une vraie installation, démarrez avec NODE_ENV=production.',
  ];
}

export const APP_CONFIG = Symbol('APP_CONFIG');
