/// <reference types="node" />
/**
 * Comparing long documents takes tens of milliseconds: the server runs it here, in a worker thread, so that
 * live editing never waits behind it. One message in, one answer out, matched by `id`.
 */
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { yDocToDocumentJSON } from '../collaboration';
import { canonicalJSON, documentBlocks } from './blocks';
import { diffDocuments } from './document-diff';
import { carryLineage, describeRevision } from './provenance';
import type { DiffTask, DiffTaskResult, DocumentInput, StoredBlock } from './tasks';

function read(document: DocumentInput): JSONContent {
  if (typeof document === 'string') return JSON.parse(document) as JSONContent;
  if ('yjs' in document) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, document.yjs);
    const json = yDocToDocumentJSON(doc);
    doc.destroy();
    return json;
  }
  return document;
}
const readOrNull = (document: DocumentInput | null) => (document === null ? null : read(document));

const md5 = (json: string) => createHash('md5').update(json).digest('hex');

/** The blocks of `after` as stored, with their JSON only where `before` did not have them. */
function storedBlocks(before: JSONContent | null, after: JSONContent): StoredBlock[] {
  const known = new Set((before?.content ?? []).map((block) => md5(canonicalJSON(block))));
  return (after.content ?? []).map((block) => {
    const json = canonicalJSON(block);
    const hash = md5(json);
    return known.has(hash) ? { hash } : { hash, json };
  });
}

function run(task: DiffTask): DiffTaskResult {
  switch (task.kind) {
    case 'diff':
      return { kind: 'diff', diff: diffDocuments(read(task.before), read(task.after)) };
    case 'revision': {
      const [before, after] = [readOrNull(task.before), read(task.after)];
      return { kind: 'revision', ...describeRevision(before, task.lineage, after, task.revision), blocks: storedBlocks(before, after) };
    }
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
