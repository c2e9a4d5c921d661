import { wordsOf, type DocBlock } from './blocks';
import { diffSequences, Interner } from './sequence';

/** How a block of one version relates to the blocks of the other. `a` indexes the older version, `b` the newer. */
export type BlockMatch =
  | { kind: 'equal'; a: number; b: number }
  | { kind: 'modified'; a: number; b: number }
  /** The same block, elsewhere: `moved` where it now stands, `movedAway` where it stood. */
  | { kind: 'moved'; a: number; b: number }
  | { kind: 'movedAway'; a: number; b: number }
  | { kind: 'removed'; a: number }
  | { kind: 'added'; b: number };

/** Beyond this many blocks added and removed, the two versions are aligned as unrelated (after their common ends). */
const MAX_BLOCK_EDITS = 3000;
/** A block with fewer words is too common ("Oui.", an empty line) to be recognised as moved; a titled one is not. */
const MIN_WORDS_TO_MOVE = 4;
const movable = (block: DocBlock) => wordsOf(block.text).length >= (block.type === 'heading' ? 1 : MIN_WORDS_TO_MOVE);
/** How alike two blocks must be (shared words) to be shown as one block modified rather than one removed, one added. */
const MIN_SIMILARITY = 0.5;
/** How far ahead, among the removed blocks of a change, a modified block's former self is looked for. */
const PAIRING_WINDOW = 6;

function similarity(a: DocBlock, b: DocBlock): number {
  if ((a.type === 'table') !== (b.type === 'table')) return 0;
  const left = wordsOf(a.text);
  const right = wordsOf(b.text);
  if (left.length === 0 || right.length === 0) return left.length === right.length && a.type === b.type ? 1 : 0;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(word, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

interface Gap {
  removed: number[];
  added: number[];
}

/**
 * Aligns the blocks of two versions: the longest common sequence is kept; between its blocks, a block found
 * unchanged elsewhere is a move, and a removed block much like an added one is the same block, modified.
 */
export function alignBlocks(before: DocBlock[], after: DocBlock[]): BlockMatch[] {
  const interner = new Interner<string>();
  const edits = diffSequences(interner.idsOf(before.map((block) => block.key)), interner.idsOf(after.map((block) => block.key)), MAX_BLOCK_EDITS);

  // The script as kept blocks and, between them, gaps of removed and added blocks.
  const steps: ({ kind: 'equal'; a: number; b: number } | Gap)[] = [];
  const gapAtEnd = (): Gap => {
    const last = steps[steps.length - 1];
    if (last && !('kind' in last)) return last;
    const gap: Gap = { removed: [], added: [] };
    steps.push(gap);
    return gap;
  };
  if (edits) {
    for (const edit of edits) {
      if (edit.op === 'equal') steps.push({ kind: 'equal', a: edit.a, b: edit.b });
      else if (edit.op === 'delete') gapAtEnd().removed.push(edit.a);
      else gapAtEnd().added.push(edit.b);
    }
  } else {
    steps.push({ removed: before.map((_, i) => i), added: after.map((_, i) => i) });
  }
  const gaps = steps.filter((step): step is Gap => !('kind' in step));

  // Moves: an added block whose exact twin was removed anywhere else.
  const movedTo = new Map<number, number>(); // a -> b
  const movedFrom = new Map<number, number>(); // b -> a
  const removedByKey = new Map<string, number[]>();
  for (const gap of gaps) {
    for (const a of gap.removed) {
      if (!movable(before[a])) continue;
      const list = removedByKey.get(before[a].key) ?? [];
      list.push(a);
      removedByKey.set(before[a].key, list);
    }
  }
  for (const gap of gaps) {
    for (const b of gap.added) {
      const a = removedByKey.get(after[b].key)?.shift();
      if (a === undefined) continue;
      movedTo.set(a, b);
      movedFrom.set(b, a);
    }
  }

  const matches: BlockMatch[] = [];
  for (const step of steps) {
    if ('kind' in step) {
      matches.push(step);
      continue;
    }
    // Modified blocks: paired in order, each added block with the most alike of the next removed ones.
    const removed = step.removed.filter((a) => !movedTo.has(a));
    const pairs = new Map<number, number>(); // b -> a
    const paired = new Set<number>();
    let start = 0;
    for (const b of step.added) {
      if (movedFrom.has(b)) continue;
      let best = -1;
      let bestScore = MIN_SIMILARITY;
      for (let i = start; i < Math.min(removed.length, start + PAIRING_WINDOW); i++) {
        const score = similarity(before[removed[i]], after[b]);
        if (score >= bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best >= 0) {
        pairs.set(b, removed[best]);
        paired.add(removed[best]);
        start = best + 1;
      }
    }
    // Reading order: removed blocks come just before what replaced them.
    let nextRemoved = 0;
    const emitRemovedUpTo = (limit: number) => {
      while (nextRemoved < step.removed.length && step.removed[nextRemoved] <= limit) {
        const a = step.removed[nextRemoved++];
        if (movedTo.has(a)) matches.push({ kind: 'movedAway', a, b: movedTo.get(a)! });
        else if (!paired.has(a)) matches.push({ kind: 'removed', a });
      }
    };
    // Before an added block, what was removed up to the next modified block's former self: "was", then "now".
    const pairedAfter = step.added.map((b) => pairs.get(b));
    for (let i = pairedAfter.length - 2; i >= 0; i--) pairedAfter[i] ??= pairedAfter[i + 1];
    step.added.forEach((b, i) => {
      const a = pairs.get(b);
      if (a !== undefined) {
        emitRemovedUpTo(a);
        matches.push({ kind: 'modified', a, b });
        return;
      }
      emitRemovedUpTo((pairedAfter[i] ?? Number.POSITIVE_INFINITY) - 1);
      if (movedFrom.has(b)) matches.push({ kind: 'moved', a: movedFrom.get(b)!, b });
      else matches.push({ kind: 'added', b });
    });
    emitRemovedUpTo(Number.POSITIVE_INFINITY);
  }
  return matches;
}
