import type { JSONContent } from '@tiptap/core';
import { alignBlocks } from './align';
import { documentBlocks, wordsOf } from './blocks';
import { diffDocuments, type DocumentDiff } from './document-diff';

/**
 * Where a block's text comes from, as revision numbers: the revision in which it first appeared (perhaps worded
 * otherwise since) and the one that gave it its present wording.
 */
export interface BlockLineage {
  origin: number;
  changed: number;
}

/** What a revision changed, in a few words for the history. */
export interface RevisionChanges {
  wordsAdded: number;
  wordsRemoved: number;
  /** Titles of the chapters where something changed, in reading order. */
  sectionsTouched: string[];
}

export function summarizeDiff(diff: DocumentDiff): RevisionChanges {
  return {
    wordsAdded: diff.stats.wordsAdded,
    wordsRemoved: diff.stats.wordsRemoved,
    sectionsTouched: diff.sections.filter(({ stats }) => stats.added + stats.removed + stats.modified + stats.moved > 0).map((section) => section.title),
  };
}

/**
 * The lineage of each block of a new revision, carried over from the previous one: kept and moved blocks keep
 * theirs, a modified block keeps its origin and is changed in this revision, a new block starts here.
 */
export function carryLineage(before: JSONContent | null, lineage: BlockLineage[], after: JSONContent, revision: number): BlockLineage[] {
  const a = before ? documentBlocks(before) : [];
  const b = documentBlocks(after);
  const fresh: BlockLineage = { origin: revision, changed: revision };
  const known = (index: number): BlockLineage => lineage[index] ?? fresh;
  const result: BlockLineage[] = b.map(() => fresh);
  for (const match of alignBlocks(a, b)) {
    if (match.kind === 'equal' || match.kind === 'moved') result[match.b] = known(match.a);
    else if (match.kind === 'modified') result[match.b] = { origin: known(match.a).origin, changed: revision };
  }
  return result;
}

/** Everything a new revision needs computed from its content and the previous revision's. */
export function describeRevision(before: JSONContent | null, lineage: BlockLineage[], after: JSONContent, revision: number) {
  const changes = summarizeDiff(diffDocuments(before ?? { type: 'doc', content: [] }, after));
  const wordCount = documentBlocks(after).reduce((total, block) => total + wordsOf(block.text).length, 0);
  return { changes, wordCount, lineage: carryLineage(before, lineage, after, revision) };
}
