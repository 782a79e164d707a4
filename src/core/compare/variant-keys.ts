import type { PreparedText } from './prepared-text';
import type { SpellingVariantTest } from './types';

/**
 * Matching keys of B's capitalised words that are spellings of a name found only in A,
 * mapped to A's key, so "Sergay" in B weighs as "Sergei" when sentences are compared.
 * Only words missing from the other side are tried, which keeps the test count small.
 */
export function variantKeyMap(a: PreparedText, b: PreparedText, isVariant: SpellingVariantTest): Map<string, string> {
  const capsA = capitalised(a);
  const capsB = capitalised(b);
  const keysA = allKeys(a);
  const keysB = allKeys(b);
  const out = new Map<string, string>();
  for (const [kb, wb] of capsB) {
    if (keysA.has(kb)) continue;
    for (const [ka, wa] of capsA) {
      if (keysB.has(ka)) continue;
      if (isVariant(wa, wb)) {
        out.set(kb, ka);
        break;
      }
    }
  }
  return out;
}

function capitalised(p: PreparedText): Map<string, string> {
  const out = new Map<string, string>();
  for (const units of p.units) for (const u of units) if (!u.isNumber && /^\p{Lu}/u.test(u.word) && !out.has(u.key)) out.set(u.key, u.word);
  return out;
}

function allKeys(p: PreparedText): Set<string> {
  const out = new Set<string>();
  for (const units of p.units) for (const u of units) out.add(u.key);
  return out;
}
