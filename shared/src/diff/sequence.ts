/** One step of an edit script: keep a[i] (= b[j]), delete a[i], or insert b[j]. */
export type Edit = { op: 'equal'; a: number; b: number } | { op: 'delete'; a: number } | { op: 'insert'; b: number };

/**
 * The shortest edit script between two sequences of ids (Myers' O(ND) algorithm), common head and tail trimmed
 * first. Returns null when more than `maxEdits` insertions and deletions would be needed: the caller then treats
 * the two as unrelated rather than spend quadratic time and memory on them.
 */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number): Edit[] | null {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = myers(a, b, head, a.length - tail, head, b.length - tail, maxEdits);
  if (!middle) return null;
  const edits: Edit[] = [];
  for (let i = 0; i < head; i++) edits.push({ op: 'equal', a: i, b: i });
  edits.push(...middle);
  for (let i = tail; i > 0; i--) edits.push({ op: 'equal', a: a.length - i, b: b.length - i });
  return edits;
}

function myers(a: ArrayLike<number>, b: ArrayLike<number>, a0: number, a1: number, b0: number, b1: number, maxEdits: number): Edit[] | null {
  const n = a1 - a0;
  const m = b1 - b0;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] keeps v for diagonals -d-1..d+1 as it was when step d began: enough to walk back.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, a0, b0);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number, a0: number, b0: number): Edit[] {
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const at = (k: number) => trace[d][k + d + 1];
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    // Step 0 starts from the top-left corner; every later step from the diagonal it came from.
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      edits.push({ op: 'equal', a: a0 + x, b: b0 + y });
    }
    if (d > 0) {
      if (x === previousX) edits.push({ op: 'insert', b: b0 + y - 1 });
      else edits.push({ op: 'delete', a: a0 + x - 1 });
    }
    x = previousX;
    y = previousY;
  }
  return edits.reverse();
}

/** Maps values to small integer ids, the same value always to the same id, so sequences can be compared fast. */
export class Interner<T> {
  private readonly ids = new Map<T, number>();

  id(value: T): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }

  idsOf(values: T[]): Int32Array {
    return Int32Array.from(values, (value) => this.id(value));
  }
}
