/**
 * The verifier: decides whether two single-word spellings are one name. Levels:
 * - 'same': equal after case and diacritics folding;
 * - 'rule': equal after the named transliteration rules (Zelenskyy/Selenskyj is not: s/z is a shift);
 * - 'variant': cheap, length-limited vowel/consonant shifts on top. In a corpus the model asks for
 *   shared context too, because distinct names also differ by a shift (Wales/Welles);
 * - 'typo': one plain edit more. A typo is never a match on its own: the model accepts it only
 *   with corpus evidence (the rare spelling stands beside the same neighbours as the frequent one);
 * - 'none'.
 */
import { foldTerm, stripPossessive } from '../text/normalize';
import type { LetterShift, RomanisationRule, SpellingReason } from '../../shared/variant-rules';
import { align, type Edit } from './distance';
import { genderedGuard, knownPlacesGuard, shortWordGuard } from './guards';
import { foldTranslit, type Folded } from './translit';

export type Level = 'same' | 'rule' | 'variant' | 'typo' | 'none';

export interface Verdict {
  level: Level;
  /** Why: the transliteration rules and shifts that explain the difference, or the guard that fired. */
  rule: string | null;
  /** 1 for identical, falling with the weighted distance relative to length. */
  score: number;
  /** How many separate differences: rules that differ for 'rule', letter edits otherwise. */
  edits?: number;
  /** The romanisation rules that fired on one spelling and not the other: what explains the difference. */
  differing?: RomanisationRule[];
  /** The romanisation rules the reason names: those differing, else all that fired on either spelling. */
  romanisation?: RomanisationRule[];
  /** The letter differences left on top of them, as the aligner found them (one per edit, repeats included). */
  steps?: readonly Edit[];
  /** A letter replaced by another (Wayne/Warne), as opposed to one dropped, doubled or swapped. */
  substitutions?: number;
}

export interface Prepared {
  fold: string;
  phon: Folded;
}

export function prepare(word: string): Prepared {
  return { fold: foldTerm(stripPossessive(word)), phon: foldTranslit(stripPossessive(word)) };
}

/** How much weighted difference a pair of phoneme strings of this (longer) length may carry. */
export function variantLimit(length: number): number {
  if (length <= 3) return 0;
  if (length === 4) return 0.4;
  if (length === 5) return 0.6;
  return Math.min(2, 1 + (length - 6) * 0.2);
}

/** However cheap, more than this many separate differences make a different word (Wales/Wells). */
export function maxEdits(length: number): number {
  return length <= 5 ? 1 : length <= 8 ? 2 : length <= 11 ? 3 : 4;
}

/** A typo is one hard edit (and at most one cheap one) on a word long enough that one letter is a small part of it. */
const TYPO_MIN_LENGTH = 5;
const TYPO_EXTRA = 0.6;

/**
 * `endingsAsTypos`: inside a multi-word name the other words are evidence enough that a changed
 * ending (Scholz/Scholze) is a slip, not another word; alone, an ending is grammar.
 */
export function verifyPrepared(a: Prepared, b: Prepared, endingsAsTypos = false): Verdict {
  if (a.fold === b.fold) return { level: 'same', rule: 'case/diacritics', score: 1 };
  const guard = shortWordGuard(a.fold, b.fold) ?? knownPlacesGuard(a.fold, b.fold) ?? genderedGuard(a.phon.form, b.phon.form);
  if (guard) return { level: 'none', rule: guard, score: 0 };
  // A plural or a possessive-less -s is grammar (Knight/Knights, Xbox/Xboxes), never a spelling.
  if (isPluralOf(a.fold, b.fold) || isPluralOf(b.fold, a.fold)) return { level: 'none', rule: 'guard: plural', score: 0 };
  const differing = differingRules(a.phon, b.phon);
  const romanisation = differing.length ? differing : [...new Set([...a.phon.rules, ...b.phon.rules])];
  const translit = romanisation.join(', ');
  if (a.phon.form === b.phon.form) return { level: 'rule', rule: translit || 'transliteration', score: 0.95, edits: Math.max(1, differing.length), differing, romanisation, substitutions: 0 };
  const length = Math.max(a.phon.form.length, b.phon.form.length);
  const limit = variantLimit(length);
  const al = align(a.phon.form, b.phon.form, limit + TYPO_EXTRA);
  const score = Math.max(0, 0.9 - al.cost / length);
  const shifts = [...new Set(al.edits.map((e) => e.rule))].join(', ');
  const rule = [translit, shifts].filter(Boolean).join('; ');
  const few = al.edits.length <= maxEdits(length);
  // Every letter-for-letter exchange, cheap romanisation shifts (s/z, v/f, g/h) included.
  const substitutions = al.edits.filter((e) => e.rule.includes('/') && !e.rule.startsWith('swapped')).length;
  const detail = { edits: al.edits.length, differing, substitutions, romanisation, steps: al.edits };
  if (few && al.hard === 0 && al.cost <= limit) return { level: 'variant', rule, score, ...detail };
  // A different ending is grammar (Russian/Russians, Lanka/Lankan, Maria/Mario), never a typo.
  const endingDiffers = !endingsAsTypos && al.edits.some((e) => e.cost >= 1 && e.rule.startsWith('final'));
  if (!endingDiffers && al.hard === 1 && al.edits.length <= 2 && length >= TYPO_MIN_LENGTH && al.cost <= limit + TYPO_EXTRA) return { level: 'typo', rule: `typo: ${rule}`, score, ...detail };
  return { level: 'none', rule: null, score };
}

function isPluralOf(one: string, many: string): boolean {
  // A word already ending in s takes no plural -s: Donbas / Donbass is a doubled letter.
  if (one.endsWith('s')) return many === one + 'es';
  return many === one + 's' || many === one + 'es' || (one.endsWith('y') && many === one.slice(0, -1) + 'ies');
}

/** Full verdict for two words as written. */
export function verifySpellings(a: string, b: string): Verdict {
  return verifyPrepared(prepare(a), prepare(b));
}

/** A joined spelling's reason as data: what the verdict's `rule` says, structured (its letter differences once each). */
export function reasonOf(v: Verdict): SpellingReason {
  const match = v.level === 'same' ? 'same' : v.level === 'rule' ? 'romanisation' : v.level === 'typo' ? 'typo' : 'variant';
  const named = new Set<string>();
  const shifts: LetterShift[] = [];
  for (const e of v.steps ?? []) {
    if (named.has(e.rule)) continue;
    named.add(e.rule);
    shifts.push(e.shift);
  }
  return { match, romanisation: [...(v.romanisation ?? [])], shifts };
}

/** The public verifier: typos count as no match here, because only corpus evidence can accept them. */
export function compareSpellings(a: string, b: string): { match: boolean; rule: string | null; score: number } {
  const v = verifySpellings(a, b);
  return { match: v.level === 'same' || v.level === 'rule' || v.level === 'variant', rule: v.rule, score: v.score };
}

// The rules that fired on one spelling and not the other are the ones that explain the difference.
// When both went through the same rules (Zelenskyy, Zelenskiy) the reason names all of them.
function differingRules(a: Folded, b: Folded): RomanisationRule[] {
  const onlyA = a.rules.filter((r) => !b.rules.includes(r));
  const onlyB = b.rules.filter((r) => !a.rules.includes(r));
  return [...new Set([...onlyA, ...onlyB])];
}
