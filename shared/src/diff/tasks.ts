import type { JSONContent } from '@tiptap/core';
import type { DiffBlockView, DocumentDiff } from './document-diff';
import type { BlockLineage, RevisionChanges } from './provenance';

/** The work the diff worker does (shared/src/diff/worker.ts), and its answers. */
export type DiffTask =
  | { kind: 'diff'; before: JSONContent; after: JSONContent }
  | { kind: 'revision'; before: JSONContent | null; lineage: BlockLineage[]; after: JSONContent; revision: number }
  /** The blocks of `after` with their lineage, `revision` standing for changes not yet in any revision. */
  | { kind: 'provenance'; before: JSONContent | null; lineage: BlockLineage[]; after: JSONContent; revision: number };

export type DiffTaskResult =
  | { kind: 'diff'; diff: DocumentDiff }
  | { kind: 'revision'; changes: RevisionChanges; wordCount: number; lineage: BlockLineage[] }
  | { kind: 'provenance'; blocks: DiffBlockView[]; lineage: BlockLineage[] };
