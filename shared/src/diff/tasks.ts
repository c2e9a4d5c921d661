import type { JSONContent } from '@tiptap/core';
import type { DiffBlockView, DocumentDiff } from './document-diff';
import type { BlockLineage, RevisionChanges } from './provenance';

/**
 * A document as the worker receives it: an object, or its JSON text as read from the database, which the worker
 * parses itself (copying a large object graph to a worker costs the sending thread more than sending text).
 */
export type DocumentInput = JSONContent | string;

/** The work the diff worker does (shared/src/diff/worker.ts), and its answers. */
export type DiffTask =
  | { kind: 'diff'; before: DocumentInput; after: DocumentInput }
  | { kind: 'revision'; before: DocumentInput | null; lineage: BlockLineage[]; after: DocumentInput; revision: number }
  /** The blocks of `after` with their lineage, `revision` standing for changes not yet in any revision. */
  | { kind: 'provenance'; before: DocumentInput | null; lineage: BlockLineage[]; after: DocumentInput; revision: number };

export type DiffTaskResult =
  | { kind: 'diff'; diff: DocumentDiff }
  | { kind: 'revision'; changes: RevisionChanges; wordCount: number; lineage: BlockLineage[] }
  | { kind: 'provenance'; blocks: DiffBlockView[]; lineage: BlockLineage[] };
