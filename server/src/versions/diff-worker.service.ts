import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import type { DiffTask, DiffTaskResult } from '@cocon/shared';
import { Piscina } from 'piscina';
import type { Logger } from 'pino';
import { AppError } from '../common/errors';
import { LOGGER } from '../common/logger';
import { APP_CONFIG, type AppConfig } from '../config/config';

/** Idle threads end after this long; the next comparison starts one again (a fraction of a second). */
const IDLE_THREAD_MS = 60_000;

const tooLong = (timeoutMs: number) =>
  new AppError(
    'BAD_USER_INPUT',
    `La comparaison a pris trop de temps (plus de ${Math.ceil(timeoutMs / 1000)} s) et a été arrêtée. ` +
      'Réessayez dans un instant, ou comparez deux révisions plus proches l’une de l’autre.',
  );

/**
 * Runs comparisons of documents in a pool of worker threads (the shared package's diff worker), so that a long
 * document never stalls the server's event loop: live editing and every other request go on meanwhile. A task still
 * unfinished after DIFF_TIMEOUT_MS, waiting included, is given up and its thread ended, so none can pile up.
 */
@Injectable()
export class DiffWorker implements OnModuleDestroy {
  private readonly pool = new Piscina({
    filename: require.resolve('@cocon/shared/dist/diff/worker.js'),
    // Leave a core to the event loop, but let two comparisons run side by side even on a small machine.
    maxThreads: Math.min(4, Math.max(2, availableParallelism() - 1)),
    minThreads: 0,
    idleTimeout: IDLE_THREAD_MS,
    // Lower priority than the server's own thread: the system gives live editing the processor first.
    niceIncrement: 5,
  });

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async run<K extends DiffTask['kind']>(task: Extract<DiffTask, { kind: K }>): Promise<Extract<DiffTaskResult, { kind: K }>> {
    const signal = AbortSignal.timeout(this.config.diffTimeoutMs);
    try {
      const result = (await this.pool.run(task, { signal })) as string;
      return JSON.parse(result) as Extract<DiffTaskResult, { kind: K }>;
    } catch (error) {
      if (!signal.aborted) throw error;
      this.logger.warn({ kind: task.kind, timeoutMs: this.config.diffTimeoutMs }, 'Diff task timed out; its thread was ended');
      throw tooLong(this.config.diffTimeoutMs);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}
