import type { StoryVectors } from './story-vectors';

export interface Neighbour {
  doc: number;
  score: number;
}

/**
 * Cosine neighbours of every document above `floor`, accumulated through the inverted
 * index: only pairs sharing a kept term are ever touched, and each pair once (postings
 * are sorted by document, so each list is entered past the current one by binary search).
 * `allowed` vetoes pairs (dates too far apart). Lists are symmetric, best first.
 */
export function findNeighbours(sv: StoryVectors, floor: number, allowed: (i: number, j: number) => boolean): Neighbour[][] {
  const n = sv.vectors.length;
  const out: Neighbour[][] = Array.from({ length: n }, () => []);
  const acc = new Float64Array(n);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = sv.vectors[i];
    for (let k = 0; k < v.terms.length; k++) {
      const w = v.weights[k];
      const p = sv.postings[v.terms[k]];
      for (let x = firstAfter(p.docs, i); x < p.docs.length; x++) {
        const j = p.docs[x];
        if (acc[j] === 0) touched.push(j);
        acc[j] += w * p.weights[x];
      }
    }
    for (const j of touched) {
      const score = acc[j];
      acc[j] = 0;
      if (score >= floor && allowed(i, j)) {
        out[i].push({ doc: j, score });
        out[j].push({ doc: i, score });
      }
    }
    touched.length = 0;
  }
  for (const list of out) list.sort((x, y) => y.score - x.score);
  return out;
}

function firstAfter(docs: Int32Array, i: number): number {
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid] <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
