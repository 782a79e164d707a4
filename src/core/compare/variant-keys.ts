import type { PreparedText } from './prepared-text';
import type { SpellingVariantTest } from './types';

/**
 * Matching keys of B's capitalised words that are spellings of a name found only in A,
 * mapped to A's key, so "Sergay" in B weighs as "Sergei" when sentences are compared.
 * Only words missing from the other side are tried, and only against words with the same
 * first letter (folded): the test count stays small on long articles.
 */
export function variantKeyMap(a: PreparedText, b: PreparedText, isVariant: SpellingVariantTest): Map<string, string> {
  const keysA = allKeys(a);
  const keysB = allKeys(b);
  const byInitial = new Map<string, [string, string][]>();
  for (const [ka, wa] of capitalised(a)) {
    if (keysB.has(ka)) continue;
    const list = byInitial.get(ka[0]) ?? [];
    list.push([ka, wa]);
    byInitial.set(ka[0], list);
  }
  const out = new Map<string, string>();
  for (const [kb, wb] of capitalised(b)) {
    if (keysA.has(kb)) continue;
    const hit = byInitial.get(kb[0])?.find(([, wa]) => isVariant(wa, wb));
    if (hit) out.set(kb, hit[0]);
  }
  return out;
}

/** A variant test that remembers its answers: one comparison asks about the same pairs often. */
export function memoVariantTest(test: SpellingVariantTest): SpellingVariantTest {
  const seen = new Map<string, boolean>();
  return (a, b) => {
    const k = `${a}\u0000${b}`;
    let v = seen.get(k);
    if (v === undefined) seen.set(k, (v = test(a, b)));
    return v;
  };
}

function capitalised(p: PreparedText): Map<string, string> {
  const out = new Map<string, string>();
  for (const u of p.flat) if (!u.isNumber && !out.has(u.key) && /^\p{Lu}/u.test(u.word)) out.set(u.key, u.word);
  return out;
}

function allKeys(p: PreparedText): Set<string> {
  return new Set(p.flat.map((u) => u.key));
}
