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
 * With `all`, every run counts: to decide whether a name is present, "Truss" opening a
 * sentence is as good as anywhere.
 */
export function findNames(runs: readonly NameRun[], all = false): NameMention[] {
  const midSentence = new Set(runs.filter((r) => !r.sentenceInitial).map((r) => r.key));
  const out: NameMention[] = [];
  for (const r of runs) {
    const weak = r.titleCase || (r.keys.length === 1 && r.sentenceInitial && !midSentence.has(r.key));
    if (!all && (weak || r.keys.every(isTitleWord) || r.keys.every((k) => k.length < 2))) continue;
    out.push({ text: r.name, range: { start: r.nameStart, end: r.nameStart + r.name.length }, keys: r.keys, words: r.name.split(/\s+/) });
  }
  return out;
}

/** The other text's names, indexed for `nameCovered`. */
export interface NameIndex {
  /** Every key sequence of the other side's names, joined by spaces, with all its contiguous parts. */
  sequences: Set<string>;
  /** Names made of one word: a surname alone covers any full name ending with it. */
  singles: Set<string>;
  /** Distinct words as written, by folded first letter, for variant checks. */
  wordsByInitial: Map<string, { key: string; word: string }[]>;
}

export function indexNames(names: readonly NameMention[]): NameIndex {
  const idx: NameIndex = { sequences: new Set(), singles: new Set(), wordsByInitial: new Map() };
  const seen = new Set<string>();
  for (const n of names) {
    for (let i = 0; i < n.keys.length; i++) for (let j = i + 1; j <= Math.min(n.keys.length, i + 6); j++) idx.sequences.add(n.keys.slice(i, j).join(' '));
    if (n.keys.length === 1) idx.singles.add(n.keys[0]);
    n.keys.forEach((key, i) => {
      if (seen.has(key)) return;
      seen.add(key);
      const list = idx.wordsByInitial.get(key[0]) ?? [];
      list.push({ key, word: n.words[i] });
      idx.wordsByInitial.set(key[0], list);
    });
  }
  return idx;
}

/**
 * Whether the other text names the same thing: the same words in order inside one of its
 * names ("Truss" inside "Liz Truss"), or the last word alone ("Liz Truss" when the other
 * side only says "Truss"). A word the
 * other side spells differently (Sergei/Sergay) counts as that word. "Chatham House" is
 * not covered by "Reception House".
 */
export function nameCovered(n: NameMention, other: NameIndex, isVariant: SpellingVariantTest): boolean {
  const keys = n.keys.map((k, i) => spelledAs(k, n.words[i], other, isVariant));
  const last = keys[keys.length - 1];
  if (keys.length === 1) return other.sequences.has(last);
  return other.sequences.has(keys.join(' ')) || other.singles.has(last);
}

/** The other side's key for this word: itself, or a variant spelling the other side uses. */
function spelledAs(key: string, word: string, other: NameIndex, isVariant: SpellingVariantTest): string {
  if (other.sequences.has(key)) return key;
  return other.wordsByInitial.get(key[0])?.find((w) => isVariant(word, w.word))?.key ?? key;
}
