import { createHash, randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { LOGGER } from '../common/logger';
import { connectRedis } from '../common/redis';
import { ServerSetting } from '../common/server-setting.entity';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { DatabaseLoginCounters, RedisLoginCounters, type LoginCounters } from './login-counters';

/** A counter is forgotten an hour after its last failure. */
export const LOGIN_WINDOW_MS = 60 * 60 * 1000;
/** The longest wait, however many failures. */
export const MAX_WAIT_SECONDS = 15 * 60;
/**
 * Failures allowed before any wait: a few typos for a person, more for an address, which a whole social centre may
 * share behind one box. After that, the n-th failure beyond the allowance makes the next try wait 2^n seconds
 * (2, 4, 8… up to 15 minutes).
 */
export const FREE_FAILURES = { account: 3, address: 20, device: 3 } as const;
/** The owner is e-mailed once this many failures from unknown devices have hit their account. */
export const ALERT_AFTER_FAILURES = 5;
const SWEEP_EVERY_MS = 10 * 60 * 1000;
const INSTALLATION_KEY = 'installation-id';
/** ioredis states of a connection that was lost (not one still being opened at start). */
const REDIS_AWAY = ['reconnecting', 'close', 'end'];

/** Where a login comes from. `device` is set when the browser is a known device of the account asked for. */
export interface LoginSource {
  email: string;
  address: string;
  device: { userId: string; deviceHash: string } | null;
}

const digest = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 32);

/**
 * The network an address stands for: an IPv4 address itself, an IPv6 address by its /64 (one subscriber's
 * network), so that hopping between the addresses of one's own network does not reset the count.
 */
export function addressOf(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (!isIPv6(ip)) return ip;
  const [head, tail = ''] = ip.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = ip.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** « 32 secondes », « 4 minutes »: how long to wait, as a person says it. */
export function waitWording(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 seconde' : `${seconds} secondes`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * Slows down password guessing without ever locking the owner out. An unknown device waits after repeated failures
 * on the account (from anywhere) or from its network address; a device where the person already logged in to that
 * account only answers for its own failures, so an attacker can slow down guessers, never the owner at home.
 * Counters live in Redis when REDIS_URL is set (shared by every instance), in the database otherwise; while Redis is
 * unreachable the database counts instead, so that logins go on.
 */
@Injectable()
export class LoginThrottle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly database: DatabaseLoginCounters;
  private readonly redis: Redis | null = null;
  private readonly shared: RedisLoginCounters | null = null;
  private timer: NodeJS.Timeout | null = null;
  private installationPromise: Promise<string> | null = null;
  private redisWasDown = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
  ) {
    this.database = new DatabaseLoginCounters(dataSource, LOGIN_WINDOW_MS);
    if (!config.redisUrl) return;
    // Fails fast while Redis is away: the database then counts, and logins go on.
    this.redis = connectRedis(config.redisUrl, 'login-throttle', { maxRetriesPerRequest: 1, commandTimeout: 2000 });
    this.redis.on('error', () => {}); // reported by `counters` when a login needs Redis, not at each reconnection
    this.shared = new RedisLoginCounters(this.redis, () => this.installation(), LOGIN_WINDOW_MS);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.forgetExpired().catch((error) => this.logger.warn({ err: error }, 'Login counters not swept')), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }

  /** Seconds before this source may try a password again; 0 when it may try now. */
  async waitSeconds(source: LoginSource): Promise<number> {
    const now = this.clock.now();
    const rules = this.rules(source);
    const states = await this.counters((counters) => counters.read([...rules.keys()], now));
    let wait = 0;
    for (const [key, state] of states) {
      const free = rules.get(key)!;
      const delay = state.failures <= free ? 0 : Math.min(2 ** (state.failures - free), MAX_WAIT_SECONDS);
      wait = Math.max(wait, Math.ceil((state.lastFailureAt.getTime() + delay * 1000 - now.getTime()) / 1000));
    }
    return wait;
  }

  /** Counts a failed password; returns the account's failures from unknown devices (0 from a known device). */
  async recordFailure(source: LoginSource): Promise<number> {
    const now = this.clock.now();
    const counts = await this.counters((counters) => counters.fail([...this.rules(source).keys()], now));
    return counts.get(this.accountKey(source.email)) ?? 0;
  }

  /** The right password: the account's and the device's counters start again (the address keeps its own). */
  async recordSuccess(source: LoginSource): Promise<void> {
    const keys = [this.accountKey(source.email)];
    if (source.device) keys.push(this.deviceKey(source.device));
    await this.counters((counters) => counters.clear(keys));
  }

  /** After a successful e-mail check (an invitation or reset link used): the account is no longer slowed down. */
  async clearAccount(email: string): Promise<void> {
    await this.counters((counters) => counters.clear([this.accountKey(email)]));
  }

  /** True once per attack on this account: whoever gets true tells the owner. */
  async claimAlert(email: string): Promise<boolean> {
    const now = this.clock.now();
    return this.counters((counters) => counters.markAlerted(this.accountKey(email), now));
  }

  /** Deletes the forgotten counters kept in the database (Redis forgets its own); runs every 10 minutes. */
  forgetExpired(): Promise<number> {
    return this.database.forgetExpired(this.clock.now());
  }

  /** Which counters answer for this source, each with its allowance. */
  private rules(source: LoginSource): Map<string, number> {
    if (source.device) return new Map([[this.deviceKey(source.device), FREE_FAILURES.device]]);
    return new Map([
      [this.accountKey(source.email), FREE_FAILURES.account],
      [`address:${digest(addressOf(source.address))}`, FREE_FAILURES.address],
    ]);
  }

  private accountKey(email: string): string {
    return `account:${digest(email)}`;
  }

  private deviceKey(device: { userId: string; deviceHash: string }): string {
    return `device:${digest(`${device.userId}:${device.deviceHash}`)}`;
  }

  private async counters<T>(work: (counters: LoginCounters) => Promise<T>): Promise<T> {
    if (!this.shared) return work(this.database);
    // While ioredis reconnects, a command would wait for it: go to the database at once instead.
    const status = this.redis?.status ?? 'end';
    if (REDIS_AWAY.includes(status)) return this.countInDatabase(work, new Error(`Redis connection: ${status}`));
    try {
      const result = await work(this.shared);
      if (this.redisWasDown) this.logger.info('Redis reachable again: login counters are shared again');
      this.redisWasDown = false;
      return result;
    } catch (error) {
      return this.countInDatabase(work, error);
    }
  }

  private countInDatabase<T>(work: (counters: LoginCounters) => Promise<T>, reason: unknown): Promise<T> {
    if (!this.redisWasDown) this.logger.warn({ err: reason }, 'Redis unreachable: login counters kept in the database meanwhile');
    this.redisWasDown = true;
    return work(this.database);
  }

  /** A random id kept in the database, the same for every instance of this installation; read once. */
  private installation(): Promise<string> {
    this.installationPromise ??= this.readInstallation().catch((error: unknown) => {
      this.installationPromise = null;
      throw error;
    });
    return this.installationPromise;
  }

  private async readInstallation(): Promise<string> {
    const repository = this.dataSource.getRepository(ServerSetting);
    await repository
      .createQueryBuilder()
      .insert()
      .values({ key: INSTALLATION_KEY, value: randomBytes(8).toString('hex') })
      .orIgnore()
      .execute();
    return (await repository.findOneByOrFail({ key: INSTALLATION_KEY })).value;
  }
}
