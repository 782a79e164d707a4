/** One run of an edit script over two sequences; ranges are [start, end) indexes. */
export interface DiffRun {
  kind: 'equal' | 'delete' | 'insert';
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * Myers' O(ND) shortest edit script over integer sequences. Past `maxCost` edits the middle
 * is reported as one delete plus one insert: such passages share too little for a word diff
 * to help a reader, and the cost stays bounded on pathological input.
 */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>, maxCost = 1000): DiffRun[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const runs: DiffRun[] = [];
  push(runs, 'equal', 0, pre, 0, pre);
  for (const r of middle(a, b, pre, a.length - suf, pre, b.length - suf, maxCost)) push(runs, r.kind, r.aStart, r.aEnd, r.bStart, r.bEnd);
  push(runs, 'equal', a.length - suf, a.length, b.length - suf, b.length);
  return runs;
}

function middle(a: ArrayLike<number>, b: ArrayLike<number>, a0: number, a1: number, b0: number, b1: number, maxCost: number): DiffRun[] {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) return [{ kind: 'delete', aStart: a0, aEnd: a1, bStart: b0, bEnd: b0 }, { kind: 'insert', aStart: a1, aEnd: a1, bStart: b0, bEnd: b1 }];
  // Myers costs O((n+m)·D): on very long passages the edit budget shrinks to keep that bounded.
  const max = Math.min(n + m, maxCost, Math.max(10, Math.floor(20_000_000 / (n + m))));
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) { x++; y++; }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, a0, b0, n, m);
    }
  }
  return [{ kind: 'delete', aStart: a0, aEnd: a1, bStart: b0, bEnd: b0 }, { kind: 'insert', aStart: a1, aEnd: a1, bStart: b0, bEnd: b1 }];
}

// trace[d] holds v[-d-1 .. d+1] as it was before round d.
function backtrack(trace: Int32Array[], dEnd: number, a0: number, b0: number, n: number, m: number): DiffRun[] {
  const out: DiffRun[] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const vd = trace[d];
    const at = (k: number) => vd[k + d + 1];
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    const startY = down ? prevY + 1 : prevY;
    if (x > startX) out.push({ kind: 'equal', aStart: a0 + startX, aEnd: a0 + x, bStart: b0 + startY, bEnd: b0 + y });
    if (down) out.push({ kind: 'insert', aStart: a0 + prevX, aEnd: a0 + prevX, bStart: b0 + prevY, bEnd: b0 + startY });
    else out.push({ kind: 'delete', aStart: a0 + prevX, aEnd: a0 + startX, bStart: b0 + prevY, bEnd: b0 + prevY });
    x = prevX;
    y = prevY;
  }
  if (x > 0) out.push({ kind: 'equal', aStart: a0, aEnd: a0 + x, bStart: b0, bEnd: b0 + y });
  return out.reverse();
}

// Appends a run, merging with the previous one of the same kind and dropping empty runs.
function push(runs: DiffRun[], kind: DiffRun['kind'], aStart: number, aEnd: number, bStart: number, bEnd: number): void {
  if (aEnd - aStart === 0 && bEnd - bStart === 0) return;
  const last = runs[runs.length - 1];
  if (last && last.kind === kind && last.aEnd === aStart && last.bEnd === bStart) {
    last.aEnd = aEnd;
    last.bEnd = bEnd;
    return;
  }
  runs.push({ kind, aStart, aEnd, bStart, bEnd });
}
