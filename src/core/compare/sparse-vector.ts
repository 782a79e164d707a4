/** Sparse term vectors keyed by small integer term ids: the shape every similarity here uses. */
export type SparseVector = Map<number, number>;

export function norm(v: SparseVector): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

export function dot(x: SparseVector, y: SparseVector): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let s = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) s += w * o;
  }
  return s;
}

export function cosine(x: SparseVector, y: SparseVector): number {
  const d = norm(x) * norm(y);
  return d === 0 ? 0 : dot(x, y) / d;
}

export function sum(x: SparseVector, y: SparseVector): SparseVector {
  const out = new Map(x);
  for (const [t, w] of y) out.set(t, (out.get(t) ?? 0) + w);
  return out;
}

/** Share of x's weight on terms that y also has: "how much of x is contained in y". */
export function containment(x: SparseVector, y: SparseVector): number {
  let inside = 0;
  let total = 0;
  for (const [t, w] of x) {
    total += w;
    if (y.has(t)) inside += w;
  }
  return total === 0 ? 0 : inside / total;
}
