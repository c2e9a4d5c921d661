/// <reference types="node" />
/**
 * Comparing long documents takes tens of milliseconds: the server runs it here, in a worker thread, so that
 * live editing never waits behind it. One message in, one answer out, matched by `id`.
 */
import { parentPort } from 'node:worker_threads';
import { diffDocuments } from './document-diff';
import { documentBlocks } from './blocks';
import { carryLineage, describeRevision } from './provenance';
import type { DiffTask, DiffTaskResult, DocumentInput } from './tasks';

const read = (document: DocumentInput) => (typeof document === 'string' ? JSON.parse(document) : document);
const readOrNull = (document: DocumentInput | null) => (document === null ? null : read(document));

function run(task: DiffTask): DiffTaskResult {
  switch (task.kind) {
    case 'diff':
      return { kind: 'diff', diff: diffDocuments(read(task.before), read(task.after)) };
    case 'revision':
      return { kind: 'revision', ...describeRevision(readOrNull(task.before), task.lineage, read(task.after), task.revision) };
    case 'provenance': {
      const after = read(task.after);
      return {
        kind: 'provenance',
        blocks: documentBlocks(after).map(({ key: _key, ...block }) => block),
        lineage: carryLineage(readOrNull(task.before), task.lineage, after, task.revision),
      };
    }
  }
}

// The answer goes back as JSON text too: one string is far cheaper to receive than thousands of small objects.
parentPort?.on('message', ({ id, task }: { id: number; task: DiffTask }) => {
  try {
    parentPort!.postMessage({ id, result: JSON.stringify(run(task)) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
