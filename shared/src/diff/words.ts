import { wordsOf } from './blocks';
import { diffSequences, Interner } from './sequence';

/** A piece of text kept, added or removed. */
export interface WordOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/** Past this many changed words in one block, the block is shown as replaced rather than word by word. */
const MAX_WORD_EDITS = 4000;

const tokensOf = (text: string): string[] => text.match(/[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu) ?? [];

/** Word-level changes from one text to another, grouped so that a rewritten phrase reads as one removal then one addition. */
export function diffWords(before: string, after: string): WordOp[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  const a = tokensOf(before);
  const b = tokensOf(after);
  const interner = new Interner<string>();
  const edits = diffSequences(interner.idsOf(a), interner.idsOf(b), MAX_WORD_EDITS);
  if (!edits) return [...(before ? [{ op: 'delete' as const, text: before }] : []), ...(after ? [{ op: 'insert' as const, text: after }] : [])];

  // Runs of kept tokens, each followed by the tokens removed and added before the next kept one.
  const runs: { kept: string[]; removed: string[]; added: string[] }[] = [{ kept: [], removed: [], added: [] }];
  for (const edit of edits) {
    let run = runs[runs.length - 1];
    if (edit.op === 'equal') {
      if (run.removed.length || run.added.length) runs.push((run = { kept: [], removed: [], added: [] }));
      run.kept.push(a[edit.a]);
    } else if (edit.op === 'delete') run.removed.push(a[edit.a]);
    else run.added.push(b[edit.b]);
  }
  // A lone space or punctuation mark kept between two changes splits one rewrite into confetti: fold it in.
  for (let i = runs.length - 1; i >= 1; i--) {
    const run = runs[i];
    const previous = runs[i - 1];
    const changedAround = (previous.removed.length || previous.added.length) && (run.removed.length || run.added.length);
    if (changedAround && run.kept.length <= 2 && wordsOf(run.kept.join('')).length === 0) {
      previous.removed.push(...run.kept, ...run.removed);
      previous.added.push(...run.kept, ...run.added);
      runs.splice(i, 1);
    }
  }

  const ops: WordOp[] = [];
  const push = (op: WordOp['op'], tokens: string[]) => {
    if (!tokens.length) return;
    const last = ops[ops.length - 1];
    if (last?.op === op) last.text += tokens.join('');
    else ops.push({ op, text: tokens.join('') });
  };
  for (const run of runs) {
    push('equal', run.kept);
    push('delete', run.removed);
    push('insert', run.added);
  }
  return ops;
}

/** How many words an edit adds and removes. */
export function countWordChanges(ops: WordOp[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const op of ops) {
    if (op.op === 'insert') added += wordsOf(op.text).length;
    else if (op.op === 'delete') removed += wordsOf(op.text).length;
  }
  return { added, removed };
}
