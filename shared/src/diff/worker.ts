/**
 * Comparing long documents takes tens of milliseconds, sometimes far more: the server runs it here, in a pool of
 * worker threads (piscina, which calls this default export once per task), so that live editing never waits behind it.
 */
import { runDiffTask } from './run-task';
import type { DiffTask } from './tasks';

// The answer goes back as JSON text: one string is far cheaper to receive than thousands of small objects.
export default function diffTask(task: DiffTask): string {
  return JSON.stringify(runDiffTask(task));
}
