import type { JSONContent } from '@tiptap/core';
import type { DiffBlockView, DocumentDiff } from './document-diff';
import type { BlockLineage, RevisionChanges } from './provenance';

/**
 * A document as the worker receives it: an object, its JSON text as read from the database, or the live Yjs state.
 * The worker parses and converts it itself: copying a large object graph to a worker, or reading a Yjs state, costs
 * the sending thread more than handing over text or bytes.
 */
export type DocumentInput = JSONContent | string | { yjs: Uint8Array };

/**
 * A top-level block of a revision's content, as it is stored: the md5 of its canonical JSON, and that JSON when the
 * previous revision did not have it already (blocks are stored once).
 */
export interface StoredBlock {
  hash: string;
  json?: string;
}

/** The work the diff worker does (shared/src/diff/worker.ts), and its answers. */
export type DiffTask =
  | { kind: 'diff'; before: DocumentInput; after: DocumentInput }
  | { kind: 'revision'; before: DocumentInput | null; lineage: BlockLineage[]; after: DocumentInput; revision: number }
  /** The blocks of `after` with their lineage, `revision` standing for changes not yet in any revision. */
  | { kind: 'provenance'; before: DocumentInput | null; lineage: BlockLineage[]; after: DocumentInput; revision: number };

export type DiffTaskResult =
  | { kind: 'diff'; diff: DocumentDiff }
  | { kind: 'revision'; changes: RevisionChanges; wordCount: number; lineage: BlockLineage[]; blocks: StoredBlock[] }
  | { kind: 'provenance'; blocks: DiffBlockView[]; lineage: BlockLineage[] };
