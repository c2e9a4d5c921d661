import { Redis, type RedisOptions } from 'ioredis';
import { ConfigError } from '../config/config';

/** What each connection is for, shown by Redis's CLIENT LIST (with the process id) to whoever runs it. */
export type RedisPurpose = 'collaboration' | 'live-events' | 'login-throttle' | 'check';

/** Replies of a Redis that refuses these settings: a configuration to correct, not a passing outage. */
const REFUSALS = /WRONGPASS|NOAUTH|NOPERM|without any password configured|DB index is out of range/;
const CHECK_TIMEOUT_MS = 3000;

/**
 * Everything a REDIS_URL says, for every connection Cocon opens: host and port, user and password (decoded),
 * database number (`redis://…/2`), and TLS for `rediss://`.
 */
export function redisOptions(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  const database = url.pathname.replace(/^\//, '');
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: Number(url.port || 6379),
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    db: database ? Number(database) : 0,
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** A connection to the Redis of REDIS_URL, named after its purpose; `options` add what that purpose needs. */
export function connectRedis(redisUrl: string, purpose: RedisPurpose, options: RedisOptions = {}): Redis {
  return new Redis({ ...redisOptions(redisUrl), connectionName: `cocon-${purpose}-${process.pid}`, ...options });
}

/**
 * Tried once at start: a Redis that refuses the user, the password or the database number stops the start with a
 * French message naming REDIS_URL. One that does not answer is only reported (returned): each instance then works on
 * its own until it is back, as when it stops later.
 */
export async function checkRedis(redisUrl: string): Promise<string | null> {
  const errors: Error[] = [];
  const client = connectRedis(redisUrl, 'check', { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: CHECK_TIMEOUT_MS });
  client.on('error', (error: Error) => errors.push(error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    errors.push(error as Error);
  } finally {
    client.disconnect();
  }
  const refusal = errors.find((error) => REFUSALS.test(error.message));
  if (refusal) {
    throw new ConfigError(
      `Configuration invalide : REDIS_URL est refusée par Redis (utilisateur, mot de passe ou numéro de base incorrect) : ${refusal.message}`,
    );
  }
  return errors.length ? errors[0].message : null;
}
