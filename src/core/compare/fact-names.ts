import type { NameRun } from './name-runs';
import { isTitleWord } from './name-runs';
import type { SpellingVariantTest, TextRange } from './types';

export interface NameMention {
  text: string;
  range: TextRange;
  keys: string[];
  words: string[];
}

/**
 * Names worth reporting: multi-word capitalised runs, and single capitalised words that
 * are not merely the first word of a sentence (unless the same word also appears
 * mid-sentence). Runs made only of titles ("Foreign Secretary") are roles, not names.
 */
export function findNames(runs: readonly NameRun[]): NameMention[] {
  const midSentence = new Set(runs.filter((r) => !r.sentenceInitial).map((r) => r.key));
  const out: NameMention[] = [];
  for (const r of runs) {
    if (r.titleCase) continue;
    if (r.keys.length === 1 && r.sentenceInitial && !midSentence.has(r.key)) continue;
    if (r.keys.every(isTitleWord) || r.keys.every((k) => k.length < 2)) continue;
    out.push({ text: r.name, range: { start: r.nameStart, end: r.nameStart + r.name.length }, keys: r.keys, words: r.name.split(/\s+/) });
  }
  return out;
}

/**
 * Whether the other text names the same thing: the same words in order inside one of its
 * names, or the same surname alone ("Truss" for "Liz Truss" and the reverse), spelling
 * variants allowed. "Chatham House" is not covered by "Reception House".
 */
export function nameCovered(n: NameMention, others: readonly NameMention[], isVariant: SpellingVariantTest): boolean {
  const same = (i: number, o: NameMention, j: number) => n.keys[i] === o.keys[j] || isVariant(n.words[i], o.words[j]);
  return others.some((o) => {
    if (n.keys.length === 1 || o.keys.length === 1) return same(n.keys.length - 1, o, o.keys.length - 1);
    for (let start = 0; start + n.keys.length <= o.keys.length; start++) {
      if (n.keys.every((_, i) => same(i, o, start + i))) return true;
    }
    return false;
  });
}
