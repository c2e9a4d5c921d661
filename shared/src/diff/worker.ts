/// <reference types="node" />
/**
 * Comparing long documents takes tens of milliseconds: the server runs it here, in a worker thread, so that
 * live editing never waits behind it. One message in, one answer out, matched by `id`.
 */
import { parentPort } from 'node:worker_threads';
import { diffDocuments } from './document-diff';
import { documentBlocks } from './blocks';
import { carryLineage, describeRevision } from './provenance';
import type { DiffTask, DiffTaskResult } from './tasks';

function run(task: DiffTask): DiffTaskResult {
  switch (task.kind) {
    case 'diff':
      return { kind: 'diff', diff: diffDocuments(task.before, task.after) };
    case 'revision':
      return { kind: 'revision', ...describeRevision(task.before, task.lineage, task.after, task.revision) };
    case 'provenance':
      return {
        kind: 'provenance',
        blocks: documentBlocks(task.after).map(({ key: _key, ...block }) => block),
        lineage: carryLineage(task.before, task.lineage, task.after, task.revision),
      };
  }
}

parentPort?.on('message', ({ id, task }: { id: number; task: DiffTask }) => {
  try {
    parentPort!.postMessage({ id, result: run(task) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
