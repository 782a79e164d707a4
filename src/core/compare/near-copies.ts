import { tokenize } from '../text/tokenize';

const SHINGLE = 5;
// Below this many shingles a text is too short to call a copy of anything.
const MIN_SHINGLES = 20;

/** Hashed word 5-grams of a text (FNV-1a over folded words): the fingerprint of its wording. */
export function shingles(text: string): Set<number> {
  const words = tokenize(text).map((t) => t.norm);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k++) {
      const w = words[k];
      for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
      h = Math.imul(h ^ 0x20, 0x01000193);
    }
    out.add(h >>> 0);
  }
  return out;
}

/**
 * Share of the shorter text's shingles found in the longer one. Containment rather than
 * Jaccard, because a near-copy is often a trimmed copy (the seeds' 001 is ITV's piece
 * cut by a third): its wording is almost wholly inside the original.
 */
export function shingleContainment(x: Set<number>, y: Set<number>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < MIN_SHINGLES) return 0;
  let shared = 0;
  for (const h of small) if (large.has(h)) shared++;
  return shared / small.size;
}
