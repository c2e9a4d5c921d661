import { Injectable } from '@nestjs/common';

interface Window {
  failures: number;
  startedAt: number;
}

const WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * Counts failed logins per account and per network address over 15 minutes. Kept in memory: with several
 * instances each one counts on its own, which still bounds guessing to a few attempts a minute.
 */
@Injectable()
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  /** Minutes to wait before trying again, or 0 when a try is allowed. */
  waitMinutes(email: string, address: string, now = Date.now()): number {
    const waits = [
      this.wait(`account:${email}`, MAX_FAILURES_PER_ACCOUNT, now),
      this.wait(`address:${address}`, MAX_FAILURES_PER_ADDRESS, now),
    ];
    return Math.max(...waits);
  }

  recordFailure(email: string, address: string, now = Date.now()): void {
    for (const key of [`account:${email}`, `address:${address}`]) {
      const window = this.current(key, now);
      window.failures += 1;
      this.windows.set(key, window);
    }
  }

  recordSuccess(email: string): void {
    this.windows.delete(`account:${email}`);
  }

  private wait(key: string, max: number, now: number): number {
    const window = this.current(key, now);
    return window.failures >= max ? Math.ceil((window.startedAt + WINDOW_MS - now) / 60000) : 0;
  }

  private current(key: string, now: number): Window {
    const window = this.windows.get(key);
    return window && now - window.startedAt < WINDOW_MS ? window : { failures: 0, startedAt: now };
  }
}
