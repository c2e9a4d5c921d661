import type { DiffBlockView, DiffEntry, DiffSection, DiffStats } from '@cocon/shared/diff/document-diff';
import { count, joinWords } from './words';

/** Runs of at least this many unchanged paragraphs inside a changed chapter are folded. */
export const FOLD_FROM = 3;

/** True when the chapter holds any change, a paragraph moved away included (which its counts leave out). */
export const sectionChanged = (section: DiffSection) => section.entries.some((entry) => entry.kind !== 'unchanged');

/** "4 ajouts, 1 suppression, 2 modifications, 1 déplacement". */
export function statsText(stats: DiffStats, section?: DiffSection): string {
  const parts: string[] = [];
  if (stats.added) parts.push(count(stats.added, 'ajout'));
  if (stats.removed) parts.push(count(stats.removed, 'suppression'));
  if (stats.modified) parts.push(count(stats.modified, 'modification'));
  if (stats.moved) parts.push(count(stats.moved, 'déplacement'));
  const movedAway = section ? section.entries.filter((entry) => entry.kind === 'movedAway').length : 0;
  if (movedAway) parts.push(count(movedAway, 'passage parti ailleurs', 'passages partis ailleurs'));
  return parts.length ? joinWords(parts) : 'aucun changement';
}

export type EntryRun = { kind: 'entry'; entry: DiffEntry; index: number } | { kind: 'fold'; entries: { entry: DiffEntry; index: number }[] };

/** The chapter's entries, with long runs of unchanged ones grouped to be folded. */
export function foldRuns(entries: DiffEntry[], skip: number): EntryRun[] {
  const runs: EntryRun[] = [];
  let unchanged: { entry: DiffEntry; index: number }[] = [];
  const flush = () => {
    if (unchanged.length >= FOLD_FROM) runs.push({ kind: 'fold', entries: unchanged });
    else runs.push(...unchanged.map((item) => ({ kind: 'entry' as const, ...item })));
    unchanged = [];
  };
  entries.forEach((entry, index) => {
    if (index < skip) return;
    if (entry.kind === 'unchanged') unchanged.push({ entry, index });
    else {
      flush();
      runs.push({ kind: 'entry', entry, index });
    }
  });
  flush();
  return runs;
}

/**
 * How many leading entries the chapter's own title stands for: its heading, unchanged, is shown as the chapter's
 * title rather than a second time as text.
 */
export function titleEntries(section: DiffSection): number {
  const first = section.entries[0];
  return first?.kind === 'unchanged' && first.block.type === 'heading' && first.block.text === section.title ? 1 : 0;
}

/** The block on each side of an entry: before (the older text) and after (the newer one). */
export function sides(entry: DiffEntry): { before: DiffBlockView | null; after: DiffBlockView | null } {
  switch (entry.kind) {
    case 'unchanged':
      return { before: entry.block, after: entry.block };
    case 'added':
    case 'moved':
      return { before: null, after: entry.block };
    case 'removed':
    case 'movedAway':
      return { before: entry.block, after: null };
    case 'modified':
      return { before: entry.before, after: entry.after };
  }
}

/**
 * The numbers of ordered list items on one side, as the reader saw them: counting restarts after anything that
 * is not a list item, and deeper levels count on their own.
 */
export function orderedNumbers(blocks: (DiffBlockView | null)[]): (number | undefined)[] {
  const counters: number[] = [];
  return blocks.map((block) => {
    if (!block) return undefined;
    if (block.type !== 'listItem' && block.type !== 'taskItem') {
      counters.length = 0;
      return undefined;
    }
    counters.length = block.level + 1;
    if (block.marker !== 'ordered') {
      counters[block.level] = 0;
      return undefined;
    }
    counters[block.level] = (counters[block.level] ?? 0) + 1;
    return counters[block.level];
  });
}

/** For each entry of a chapter, the number of its ordered list item on each side. */
export function sectionNumbers(section: DiffSection): { before: (number | undefined)[]; after: (number | undefined)[] } {
  const pairs = section.entries.map(sides);
  return { before: orderedNumbers(pairs.map((pair) => pair.before)), after: orderedNumbers(pairs.map((pair) => pair.after)) };
}

/** "1 paragraphe", "4 paragraphes": the word people use for any block of text. */
export const paragraphs = (n: number) => count(n, 'paragraphe');
