import { containment, cosine, dot, norm, sum, type SparseVector } from './sparse-vector';
import { heaviestIncreasing } from './longest-increasing';

/** Sentences of A and of B (indexes, ascending) read as one passage each side. */
export interface AlignedGroup {
  a: number[];
  b: number[];
  score: number;
  /** In reading order relative to the other groups (false: moved). */
  ordered: boolean;
}

export interface AlignOptions {
  /** Cosine needed to pair sentences anywhere in the texts. */
  threshold: number;
  /** Lower cosine accepted between two ordered pairs, where position supports the match. */
  gapThreshold: number;
  /** How much better a 1:2 or 2:1 pairing must score than its best half alone. */
  mergeGain: number;
}

export const DEFAULT_ALIGN: AlignOptions = { threshold: 0.45, gapThreshold: 0.3, mergeGain: 0.08 };

// Below this a pair is not even a candidate for a merge half.
const HALF_FLOOR = 0.15;
// Partners kept per sentence: bounds memory when a text repeats itself.
const MAX_CANDIDATES = 12;

function best(row: Map<number, number>, k: number): Map<number, number> {
  return new Map([...row].sort((x, y) => y[1] - x[1]).slice(0, k));
}

/**
 * Aligns sentences of A and B wherever they sit (paragraphs reordered, merged or split):
 * greedy best-first over 1:1, 1:2 and 2:1 candidates, then an ordering by heaviest
 * increasing subsequence, then a second, more lenient pass inside the gaps between ordered
 * pairs. Weights are sentence lengths (in terms) so the order is decided by the bulk of text.
 */
export function alignSentences(va: SparseVector[], vb: SparseVector[], content: readonly boolean[], opts: AlignOptions = DEFAULT_ALIGN): AlignedGroup[] {
  const pairScores = candidatePairs(va, vb, content);
  const cands: Candidate[] = [];
  for (const [i, row] of pairScores) for (const [j, s] of row) cands.push({ a: [i], b: [j], score: s });
  cands.push(...mergeCandidates(va, vb, pairScores, opts.mergeGain));
  cands.sort((x, y) => y.score - x.score || x.a.length + x.b.length - (y.a.length + y.b.length));
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const groups: AlignedGroup[] = [];
  const take = (c: Candidate) => {
    c.a.forEach((i) => usedA.add(i));
    c.b.forEach((j) => usedB.add(j));
    groups.push({ ...c, ordered: false });
  };
  for (const c of cands) {
    if (c.score < opts.threshold) break;
    if (c.a.some((i) => usedA.has(i)) || c.b.some((j) => usedB.has(j))) continue;
    take(c);
  }
  markOrder(groups, va, vb);
  for (const c of gapCandidates(groups, pairScores, va.length, vb.length, opts.gapThreshold)) {
    if (usedA.has(c.a[0]) || usedB.has(c.b[0])) continue;
    take(c);
  }
  markOrder(groups, va, vb);
  return groups.sort((x, y) => x.a[0] - y.a[0]);
}

interface Candidate {
  a: number[];
  b: number[];
  score: number;
}

/**
 * Cosine of every A×B sentence pair sharing content words, found through an inverted index
 * of B over content words only (function words would make every pair a candidate). Short
 * sentences make cosine noisy ("It got worse." against "what he got"), so a pair must share
 * two content words, or all of the shorter one's.
 */
function candidatePairs(va: SparseVector[], vb: SparseVector[], content: readonly boolean[]): Map<number, Map<number, number>> {
  const postings = new Map<number, number[]>();
  vb.forEach((v, j) => {
    for (const t of v.keys()) {
      if (!content[t]) continue;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(j);
    }
  });
  // A word in a quarter of a long text's sentences tells no pair apart; on repetitive input it
  // would make every pair a candidate. Short texts keep all their words.
  const cap = Math.max(64, vb.length / 4);
  for (const [t, list] of postings) if (list.length > cap) postings.delete(t);
  const nb = vb.map(norm);
  const contentCount = (v: SparseVector) => {
    let c = 0;
    for (const t of v.keys()) if (content[t]) c++;
    return c;
  };
  const cb = vb.map(contentCount);
  const shared = new Int32Array(vb.length);
  const touched: number[] = [];
  const out = new Map<number, Map<number, number>>();
  va.forEach((v, i) => {
    for (const t of v.keys()) {
      for (const j of postings.get(t) ?? []) if (shared[j]++ === 0) touched.push(j);
    }
    const na = norm(v);
    const ca = contentCount(v);
    const row = new Map<number, number>();
    for (const j of touched) {
      const need = Math.max(1, Math.min(2, ca, cb[j]));
      if (shared[j] >= need && na * nb[j] > 0) {
        const s = dot(v, vb[j]) / (na * nb[j]);
        if (s >= HALF_FLOOR) row.set(j, s);
      }
      shared[j] = 0;
    }
    touched.length = 0;
    if (row.size) out.set(i, row.size > MAX_CANDIDATES ? best(row, MAX_CANDIDATES) : row);
  });
  return out;
}

/** One sentence against two adjacent sentences of the other side (a split or a merge). */
function mergeCandidates(va: SparseVector[], vb: SparseVector[], scores: Map<number, Map<number, number>>, gain: number): Candidate[] {
  const out: Candidate[] = [];
  const byB = new Map<number, Map<number, number>>();
  for (const [i, row] of scores) {
    for (const [j, s] of row) {
      let col = byB.get(j);
      if (!col) byB.set(j, (col = new Map()));
      col.set(i, s);
      const next = row.get(j + 1);
      if (next !== undefined) consider(out, va[i], vb[j], vb[j + 1], s, next, gain, { a: [i], b: [j, j + 1] });
    }
  }
  for (const [j, col] of byB) {
    for (const [i, s] of col) {
      const next = col.get(i + 1);
      if (next !== undefined) consider(out, vb[j], va[i], va[i + 1], s, next, gain, { a: [i, i + 1], b: [j] });
    }
  }
  return out;
}

function consider(out: Candidate[], one: SparseVector, x: SparseVector, y: SparseVector, sx: number, sy: number, gain: number, c: Omit<Candidate, 'score'>): void {
  if (containment(x, one) < 0.5 || containment(y, one) < 0.5) return;
  const score = cosine(one, sum(x, y));
  if (score >= Math.max(sx, sy) + gain) out.push({ ...c, score });
}

/** 1:1 candidates lying between consecutive ordered groups, best first. */
function gapCandidates(groups: AlignedGroup[], scores: Map<number, Map<number, number>>, na: number, nb: number, floor: number): Candidate[] {
  const anchors = groups.filter((g) => g.ordered).sort((x, y) => x.a[0] - y.a[0]);
  const bounds = [{ a: -1, b: -1 }, ...anchors.map((g) => ({ a: g.a[0], b: g.b[0], aEnd: g.a[g.a.length - 1], bEnd: g.b[g.b.length - 1] })), { a: na, b: nb }];
  const out: Candidate[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const lo = bounds[k] as { a: number; b: number; aEnd?: number; bEnd?: number };
    const hi = bounds[k + 1];
    const aFrom = (lo.aEnd ?? lo.a) + 1;
    const bFrom = (lo.bEnd ?? lo.b) + 1;
    for (let i = aFrom; i < hi.a; i++) {
      for (const [j, s] of scores.get(i) ?? []) if (j >= bFrom && j < hi.b && s >= floor) out.push({ a: [i], b: [j], score: s });
    }
  }
  return out.sort((x, y) => y.score - x.score);
}

function markOrder(groups: AlignedGroup[], va: SparseVector[], vb: SparseVector[]): void {
  groups.sort((x, y) => x.a[0] - y.a[0]);
  const weight = (g: AlignedGroup) => g.a.reduce((s, i) => s + va[i].size, 0) + g.b.reduce((s, j) => s + vb[j].size, 0);
  const keep = heaviestIncreasing(groups.map((g) => g.b[0]), groups.map(weight));
  groups.forEach((g, k) => (g.ordered = keep.has(k)));
}
