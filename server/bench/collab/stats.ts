import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Histogram } from './protocol';

export class Recorder {
  private readonly buckets = new Map<number, number>();
  count = 0;

  add(ms: number): void {
    const key = Math.max(0, Math.round(ms * 10));
    this.buckets.set(key, (this.buckets.get(key) ?? 0) + 1);
    this.count++;
  }

  merge(histogram: Histogram): void {
    for (const [key, count] of histogram) {
      this.buckets.set(key, (this.buckets.get(key) ?? 0) + count);
      this.count += count;
    }
  }

  toJSON(): Histogram {
    return [...this.buckets];
  }

  /**
   * The p-th percentile in milliseconds, out of `expected` values: those never recorded (never arrived) count as
   * infinitely late, so the result is Infinity when they reach the percentile. NaN when nothing was expected.
   */
  percentile(p: number, expected = this.count): number {
    if (!expected) return NaN;
    const rank = Math.ceil((p / 100) * expected);
    if (rank > this.count) return Infinity;
    let seen = 0;
    for (const key of [...this.buckets.keys()].sort((a, b) => a - b)) {
      seen += this.buckets.get(key)!;
      if (seen >= rank) return key / 10;
    }
    return NaN;
  }
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a process has used so far, from /proc. */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may contain spaces: utime and stime are 14th and 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** The process's peak resident memory (VmHWM) in MB. */
export function peakRssMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

/** Busy and total CPU seconds of the whole machine so far (all cores), from /proc/stat. */
export function machineCpu(): { busy: number; total: number } {
  const [, ...ticks] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  // idle and iowait are the 4th and 5th values.
  return { busy: (total - ticks[3] - ticks[4]) / CLOCK_TICKS, total: total / CLOCK_TICKS };
}
