import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Worker } from 'node:worker_threads';
import type { DiffTask, DiffTaskResult } from '@cocon/shared';
import type { Logger } from 'pino';
import { LOGGER } from '../common/logger';

/** A comparison that runs longer than this is abandoned (the worker is restarted) rather than left to pile up. */
const TASK_TIMEOUT_MS = 30_000;

type Pending = { resolve: (result: DiffTaskResult) => void; reject: (error: Error) => void; timer: NodeJS.Timeout };

/**
 * Runs comparisons of documents in a worker thread (the shared package's diff worker), one at a time, so that a
 * long document never stalls the server's event loop: live editing and every other request go on meanwhile.
 */
@Injectable()
export class DiffWorker implements OnModuleDestroy {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  run<K extends DiffTask['kind']>(task: Extract<DiffTask, { kind: K }>): Promise<Extract<DiffTaskResult, { kind: K }>> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.restart(new Error('La comparaison a pris trop de temps.')), TASK_TIMEOUT_MS);
      this.pending.set(id, { resolve: resolve as Pending['resolve'], reject, timer });
      worker.postMessage({ id, task });
    });
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('Le serveur s’arrête.'));
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(require.resolve('@cocon/shared/dist/diff/worker.js'));
    // Idle, it must not keep the process alive.
    worker.unref();
    worker.on('message', ({ id, result, error }: { id: number; result?: string; error?: string }) => {
      const pending = this.pending.get(id);
      if (!pending) return;
      this.pending.delete(id);
      clearTimeout(pending.timer);
      if (error !== undefined) pending.reject(new Error(error));
      else pending.resolve(JSON.parse(result!) as DiffTaskResult);
    });
    worker.on('error', (error) => this.restart(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) {
        this.worker = null;
        this.failAll(new Error(`Le calcul des différences s’est arrêté (code ${code}).`));
      }
    });
    this.worker = worker;
    return worker;
  }

  private restart(error: Error): void {
    this.logger.error({ err: error }, 'Diff worker failed; restarting it');
    const worker = this.worker;
    this.worker = null;
    this.failAll(error);
    void worker?.terminate();
  }

  private failAll(error: Error): void {
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(error);
    }
    this.pending.clear();
  }
}
