import type { JSONContent } from '@tiptap/core';
import { alignBlocks } from './align';
import { documentBlocks, wordsOf, type DocBlock } from './blocks';
import { diffSequences, Interner } from './sequence';
import { countWordChanges, diffWords, type WordOp } from './words';

/** A block as the comparison shows it. */
export type DiffBlockView = Omit<DocBlock, 'key'>;

export interface TableRowDiff {
  kind: 'equal' | 'added' | 'removed' | 'modified';
  /** Each cell's text, as kept, added or removed words. */
  cells: WordOp[][];
}

export type DiffEntry =
  | { kind: 'unchanged'; block: DiffBlockView }
  | { kind: 'added'; block: DiffBlockView }
  | { kind: 'removed'; block: DiffBlockView }
  | { kind: 'modified'; before: DiffBlockView; after: DiffBlockView; words: WordOp[]; rows?: TableRowDiff[] }
  | { kind: 'moved'; block: DiffBlockView; fromSection: string }
  | { kind: 'movedAway'; block: DiffBlockView; toSection: string };

export interface DiffStats {
  added: number;
  removed: number;
  modified: number;
  moved: number;
  wordsAdded: number;
  wordsRemoved: number;
}

/** A part of the document that starts at a heading of the top level used (a chapter). */
export interface DiffSection {
  title: string;
  stats: DiffStats;
  entries: DiffEntry[];
}

/** What changed from one version of a document to another, chapter by chapter: what the client shows. */
export interface DocumentDiff {
  stats: DiffStats;
  sections: DiffSection[];
}

export const NO_SECTION_TITLE = 'Début du document';

const view = ({ key: _key, ...block }: DocBlock): DiffBlockView => block;
const emptyStats = (): DiffStats => ({ added: 0, removed: 0, modified: 0, moved: 0, wordsAdded: 0, wordsRemoved: 0 });

/** The heading level that cuts both versions into chapters: the highest one either uses. */
function sectionLevel(...versions: DocBlock[][]): number {
  let level = Number.POSITIVE_INFINITY;
  for (const blocks of versions) for (const block of blocks) if (block.type === 'heading' && !block.container) level = Math.min(level, block.level);
  return level;
}

const startsSection = (block: DocBlock, level: number) => block.type === 'heading' && !block.container && block.level === level;

/** For each block, the title of the chapter it sits in. */
function sectionTitles(blocks: DocBlock[], level: number): string[] {
  let title = NO_SECTION_TITLE;
  return blocks.map((block) => (startsSection(block, level) ? (title = block.text || title) : title));
}

function diffTable(before: string[][], after: string[][]): TableRowDiff[] {
  const interner = new Interner<string>();
  const rowKey = (row: string[]) => row.join('\u0000');
  const edits = diffSequences(interner.idsOf(before.map(rowKey)), interner.idsOf(after.map(rowKey)), 1000) ?? [
    ...before.map((_, a) => ({ op: 'delete' as const, a })),
    ...after.map((_, b) => ({ op: 'insert' as const, b })),
  ];
  const rows: TableRowDiff[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    // Rows replaced one for one, with as many cells, are the same rows with changed cells.
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++) {
      const [from, to] = [before[removed[i]], after[added[i]]];
      if (from.length !== to.length) {
        rows.push({ kind: 'removed', cells: from.map((text) => [{ op: 'delete', text }]) });
        rows.push({ kind: 'added', cells: to.map((text) => [{ op: 'insert', text }]) });
      } else rows.push({ kind: 'modified', cells: to.map((text, c) => diffWords(from[c], text)) });
    }
    for (const a of removed.slice(paired)) rows.push({ kind: 'removed', cells: before[a].map((text) => [{ op: 'delete', text }]) });
    for (const b of added.slice(paired)) rows.push({ kind: 'added', cells: after[b].map((text) => [{ op: 'insert', text }]) });
    removed = [];
    added = [];
  };
  for (const edit of edits) {
    if (edit.op === 'delete') removed.push(edit.a);
    else if (edit.op === 'insert') added.push(edit.b);
    else {
      flush();
      rows.push({ kind: 'equal', cells: after[edit.b].map((text) => [{ op: 'equal', text }]) });
    }
  }
  flush();
  return rows;
}

function addStats(target: DiffStats, entry: DiffEntry): void {
  switch (entry.kind) {
    case 'added':
      target.added++;
      target.wordsAdded += wordsOf(entry.block.text).length;
      break;
    case 'removed':
      target.removed++;
      target.wordsRemoved += wordsOf(entry.block.text).length;
      break;
    case 'modified': {
      target.modified++;
      const words = entry.rows ? entry.rows.flatMap((row) => row.cells.flat()) : entry.words;
      const counts = countWordChanges(words);
      target.wordsAdded += counts.added;
      target.wordsRemoved += counts.removed;
      break;
    }
    case 'moved':
      target.moved++;
      break;
    default:
  }
}

/** Compares two versions of a document (the editor's JSON), block by block and, inside changed blocks, word by word. */
export function diffDocuments(before: JSONContent, after: JSONContent): DocumentDiff {
  const a = documentBlocks(before);
  const b = documentBlocks(after);
  const level = sectionLevel(a, b);
  const titlesBefore = sectionTitles(a, level);
  const titlesAfter = sectionTitles(b, level);

  const stats = emptyStats();
  const sections: DiffSection[] = [{ title: NO_SECTION_TITLE, stats: emptyStats(), entries: [] }];
  for (const match of alignBlocks(a, b)) {
    let entry: DiffEntry;
    let block: DocBlock;
    switch (match.kind) {
      case 'equal':
        block = b[match.b];
        entry = { kind: 'unchanged', block: view(block) };
        break;
      case 'added':
        block = b[match.b];
        entry = { kind: 'added', block: view(block) };
        break;
      case 'removed':
        block = a[match.a];
        entry = { kind: 'removed', block: view(block) };
        break;
      case 'modified': {
        block = b[match.b];
        const from = a[match.a];
        const rows = from.cells && block.cells ? diffTable(from.cells, block.cells) : undefined;
        entry = { kind: 'modified', before: view(from), after: view(block), words: rows ? [] : diffWords(from.text, block.text), rows };
        break;
      }
      case 'moved':
        block = b[match.b];
        entry = { kind: 'moved', block: view(block), fromSection: titlesBefore[match.a] };
        break;
      case 'movedAway':
        block = a[match.a];
        entry = { kind: 'movedAway', block: view(block), toSection: titlesAfter[match.b] };
        break;
    }
    if (startsSection(block, level)) sections.push({ title: block.text || NO_SECTION_TITLE, stats: emptyStats(), entries: [] });
    const section = sections[sections.length - 1];
    section.entries.push(entry);
    addStats(section.stats, entry);
    addStats(stats, entry);
  }
  return { stats, sections: sections.filter((section) => section.entries.length > 0) };
}

/** True when nothing at all changed between the two versions compared. */
export const isUnchanged = (diff: DocumentDiff): boolean => diff.stats.added + diff.stats.removed + diff.stats.modified + diff.stats.moved === 0;
