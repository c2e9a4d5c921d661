/// <reference types="node" />
/**
 * Comparing long documents takes tens of milliseconds: the server runs it here, in a worker thread, so that
 * live editing never waits behind it. One message in, one answer out, matched by `id`.
 */
import { parentPort } from 'node:worker_threads';
import { runDiffTask } from './run-task';
import type { DiffTask } from './tasks';

// The answer goes back as JSON text too: one string is far cheaper to receive than thousands of small objects.
parentPort?.on('message', ({ id, task }: { id: number; task: DiffTask }) => {
  try {
    parentPort!.postMessage({ id, result: JSON.stringify(runDiffTask(task)) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
