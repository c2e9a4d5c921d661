/// <reference types="node" />
import { createHash } from 'node:crypto';
import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { yDocToDocumentJSON } from '../collaboration';
import { documentSchema } from '../document-schema';
import { canonicalJSON, documentBlocks } from './blocks';
import { diffDocuments } from './document-diff';
import { carryLineage, describeRevision } from './provenance';
import type { DiffTask, DiffTaskResult, DocumentInput, StoredBlock } from './tasks';

/**
 * The document in the schema's own JSON: the same content read from the live Yjs state (marks there carry
 * `attrs: {}`), from the database or from code must compare, and hash, the same.
 */
function read(document: DocumentInput): JSONContent {
  let json: JSONContent;
  if (typeof document === 'string') json = JSON.parse(document) as JSONContent;
  else if ('yjs' in document) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, document.yjs);
    json = yDocToDocumentJSON(doc);
    doc.destroy();
  } else json = document;
  return documentSchema().nodeFromJSON(json).toJSON() as JSONContent;
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

/** Does one task of the diff worker (node only: it hashes with node:crypto). */
export function runDiffTask(task: DiffTask): DiffTaskResult {
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
