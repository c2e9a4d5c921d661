import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { LoginCounter } from './login-counter.entity';

/** What is known of one key's recent failures. */
export interface CounterState {
  failures: number;
  lastFailureAt: Date;
}

/**
 * Where failed logins are counted: Redis when configured (shared by every instance), the database otherwise. Both
 * survive a restart. A counter is forgotten `windowMs` after its last failure; times come from the app's Clock.
 */
export interface LoginCounters {
  /** The live counters among `keys` (absent or forgotten ones are left out). */
  read(keys: string[], now: Date): Promise<Map<string, CounterState>>;
  /** Adds one failure to each key and returns each key's count, starting again from 1 for a forgotten counter. */
  fail(keys: string[], now: Date): Promise<Map<string, number>>;
  clear(keys: string[]): Promise<void>;
  /** True only the first time it is asked for a live counter: the owner is told once per attack, not per try. */
  markAlerted(key: string, now: Date): Promise<boolean>;
  /** Deletes forgotten counters; returns how many. */
  forgetExpired(now: Date): Promise<number>;
}

export class DatabaseLoginCounters implements LoginCounters {
  constructor(
    private readonly dataSource: DataSource,
    private readonly windowMs: number,
  ) {}

  async read(keys: string[], now: Date): Promise<Map<string, CounterState>> {
    const rows: LoginCounter[] = await this.dataSource.query(
      'SELECT key, failures, "lastFailureAt" FROM login_counter WHERE key = ANY($1::varchar[]) AND "expiresAt" > $2',
      [keys, now],
    );
    return new Map(rows.map((row) => [row.key, { failures: row.failures, lastFailureAt: new Date(row.lastFailureAt) }]));
  }

  async fail(keys: string[], now: Date): Promise<Map<string, number>> {
    // One statement for all keys. In SET, `login_counter.…` is the row before the update: a forgotten counter restarts.
    const rows: { key: string; failures: number }[] = await this.dataSource.query(
      `INSERT INTO login_counter (key, failures, "lastFailureAt", "expiresAt")
       SELECT key, 1, $2, $3 FROM unnest($1::varchar[]) AS key
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_counter."expiresAt" <= $2 THEN 1 ELSE login_counter.failures + 1 END,
         "alertedAt" = CASE WHEN login_counter."expiresAt" <= $2 THEN NULL ELSE login_counter."alertedAt" END,
         "lastFailureAt" = $2,
         "expiresAt" = $3
       RETURNING key, failures`,
      [keys, now, new Date(now.getTime() + this.windowMs)],
    );
    return new Map(rows.map((row) => [row.key, row.failures]));
  }

  async clear(keys: string[]): Promise<void> {
    await this.dataSource.query('DELETE FROM login_counter WHERE key = ANY($1::varchar[])', [keys]);
  }

  async markAlerted(key: string, now: Date): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(LoginCounter)
      .set({ alertedAt: now })
      .where('key = :key AND "alertedAt" IS NULL AND "expiresAt" > :now', { key, now })
      .execute();
    return result.affected === 1;
  }

  async forgetExpired(now: Date): Promise<number> {
    const result = await this.dataSource.createQueryBuilder().delete().from(LoginCounter).where('"expiresAt" <= :now', { now }).execute();
    return result.affected ?? 0;
  }
}

// Same rules as the database: a counter whose last failure is older than the window starts again. Redis also
// expires the key by itself (PEXPIRE), so nothing needs sweeping; the check on `last` keeps tests that move the
// app's clock truthful.
const FAIL_SCRIPT = `
local out = {}
for i, key in ipairs(KEYS) do
  local last = tonumber(redis.call('HGET', key, 'last') or '0')
  if tonumber(ARGV[1]) - last >= tonumber(ARGV[2]) then redis.call('DEL', key) end
  out[i] = redis.call('HINCRBY', key, 'failures', 1)
  redis.call('HSET', key, 'last', ARGV[1])
  redis.call('PEXPIRE', key, ARGV[2])
end
return out`;

export class RedisLoginCounters implements LoginCounters {
  /**
   * `namespace` sets one installation's keys apart (`cocon:<installation>:login:`), so that two installations, or
   * the test databases of a CI run, sharing one Redis never count each other's failures.
   */
  constructor(
    private readonly redis: Redis,
    private readonly namespace: () => Promise<string>,
    private readonly windowMs: number,
  ) {}

  async read(keys: string[], now: Date): Promise<Map<string, CounterState>> {
    const names = await this.names(keys);
    const pipeline = this.redis.pipeline();
    for (const name of names) pipeline.hmget(name, 'failures', 'last');
    const replies = (await pipeline.exec()) ?? [];
    const found = new Map<string, CounterState>();
    replies.forEach(([error, reply], index) => {
      if (error) throw error;
      const [failures, last] = reply as (string | null)[];
      if (!failures || !last || now.getTime() - Number(last) >= this.windowMs) return;
      found.set(keys[index], { failures: Number(failures), lastFailureAt: new Date(Number(last)) });
    });
    return found;
  }

  async fail(keys: string[], now: Date): Promise<Map<string, number>> {
    const names = await this.names(keys);
    const counts = (await this.redis.eval(FAIL_SCRIPT, names.length, ...names, now.getTime(), this.windowMs)) as number[];
    return new Map(keys.map((key, index) => [key, Number(counts[index])]));
  }

  async clear(keys: string[]): Promise<void> {
    await this.redis.del(...(await this.names(keys)));
  }

  async markAlerted(key: string, now: Date): Promise<boolean> {
    const [name] = await this.names([key]);
    // HSETNX on a missing key would create it without an expiry: only mark a live counter.
    if (!(await this.redis.exists(name))) return false;
    return (await this.redis.hsetnx(name, 'alerted', now.getTime())) === 1;
  }

  async forgetExpired(): Promise<number> {
    return 0;
  }

  private async names(keys: string[]): Promise<string[]> {
    const prefix = `cocon:${await this.namespace()}:login:`;
    return keys.map((key) => prefix + key);
  }
}
