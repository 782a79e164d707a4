/**
 * Evidence before a join. The verifier (compare.ts) says two spellings *could* be one name; this
 * file asks the folder whether they *are*, and names what it found:
 * - full name: both stand beside the same specific name (Sergei Lavrov / Sergey Lavrov);
 * - shared names: the sentences they stand in name the same rarer people and places;
 * - outlets: each spelling is one outlet's house style, and the two are used the same way;
 * - rare typo: a rare spelling one slip from a frequent one, in articles that also use the frequent one.
 * Form alone (a romanisation pattern) is at most 'possible', and never enough for a pair of words
 * English itself uses (Sydney/Sidney, Bush/Busch): those are two names until the folder says otherwise.
 */
import type { VariantConfidence, VariantEvidence } from './types';
import type { Verdict } from './compare';

/** What the folder says about one spelling. Absent in verifier-only use (word lists, no folder). */
export interface WordContext {
  /** Indexes of the documents using it. */
  docs: readonly number[];
  outlets: Readonly<Record<string, number>>;
  /** The sentences it stands in with other capitalised words (ids, ascending). */
  sentences: readonly number[];
  /** The capitalised words of one sentence, keyed by sound, each weighted (rarer names weigh more). */
  companions(sentence: number): readonly Companion[];
  /** English uses it as a common word or as a name (dictionary or folder). */
  english: boolean;
}

export interface Companion {
  key: string;
  weight: number;
  text: string;
}

export interface JoinCandidate {
  norm: string;
  count: number;
  /** Specific neighbouring names: romanised form → name as written. */
  neighbours?: ReadonlyMap<string, string>;
  /** How its companions are keyed (by sound): a companion with its own key is a variant of it, not company. */
  key?: string;
  /** Every neighbouring name word, specific or not (keyed by sound): the company it keeps at all. */
  company?: ReadonlySet<string>;
  context?: WordContext;
}

export interface Join {
  evidence: VariantEvidence[];
  confidence: VariantConfidence;
}

/** A rare spelling is at most this fraction as common as the spelling it slips from. */
export const TYPO_RARITY = 3;
/** A spelling used this often is established: form alone does not make it another's variant. */
const WELL_ATTESTED = 3;
/** Long enough that one shifted letter leaves most of the word to recognise it by. */
const LONG_WORD = 9;
/** Shorter words have too many neighbours one slip away (Sion/Simon, Andy/Pandy). */
const MIN_SLIP_LENGTH = 5;
/** A slip is rare in absolute terms too: a spelling written this often on purpose is a name of its own. */
const MAX_SLIP_COUNT = 2;
/**
 * Being in the same article as the frequent spelling says something only if that spelling is not
 * in every other article anyway (London is in a fifth of BBC's; Roddick in one in twenty).
 */
const TOGETHER_MAX_SHARE = 0.06;
/** Shared names must carry this share of the rarer spelling's company, and be at least two. */
const SHARED_NAMES_SHARE = 0.3;
const MIN_SHARED_NAMES = 2;
/** With this many shared names the company alone is enough, without a romanisation rule. */
const MANY_SHARED_NAMES = 3;
/** Outlets keep to one spelling when at most this share of a spelling's uses is in the other's outlets. */
const OUTLET_OVERLAP = 0.1;
const UNKNOWN_OUTLETS = new Set(['', 'unknown']);

/**
 * Rules that only romanisation produces, never English spelling: they show a name is foreign
 * (Zelenskiy, Kharkiv, Serhiy's kh, Polish cz and sz). The others the verifier knows (doubled
 * letters, y/i, c/k, ph/f, ie/i, sh/ch, s/z, v/f, g/h, vowel shifts) also tell English names
 * apart: Davis/Davies, Neil/Niel, Michel/Mitchell, Harry/Gary are different people.
 */
const ROMANISATION_ONLY = new Set([
  'kh/h', 'ending -y/-iy/-yy/-yj', 'cyrillic', 'initial ye/je', 'Mykola/Nikolai', 'Ukrainian i / Russian o, e',
  'ch/kh (Polish, German)', 'shch/szcz', 'tsch/tch/cz', 'sch/sz', 'rz/zh', 'adjective ending -oye/-oe/-aya',
  'ending -ia/-ye (Ukrainian/Russian)', 'zh/z', 'shch/sh', 'shch/ch', 'q/k', 'German umlaut ü/ue',
  // A letter English does not have, written as its sound (Đoković / Djokovic, Bürgenstock / Buergenstock).
  'diacritics',
]);

/** The rules that explain a verdict's difference and that only romanisation produces. */
export function foreignRules(v: Verdict): string[] {
  const shifts = (v.rule ?? '').replace(/^typo: /, '').split(/; |, (?![^(]*\))/).filter((r) => /^(zh\/z|shch\/sh|shch\/ch)$/.test(r));
  return [...new Set([...(v.differing ?? []), ...shifts].filter((r) => ROMANISATION_ONLY.has(r)))];
}

/** One of the rarer spelling's specific neighbours also stands beside the other: the full name is shared. */
export function sharedFullName(rare: JoinCandidate, other: JoinCandidate): string | null {
  if (!rare.neighbours || !other.neighbours || rare.neighbours.size === 0) return null;
  let shared = 0;
  let example = '';
  for (const [key, word] of rare.neighbours) {
    if (other.neighbours.has(key)) {
      shared++;
      example ||= word;
    }
  }
  return shared * 2 >= rare.neighbours.size ? example : null;
}

// A word's companions over all its sentences, kept: most pairs share no sentence, and a frequent
// anchor is weighed against many rarer spellings.
const allCompanions = new WeakMap<WordContext, Map<string, Companion>>();

/** The companions of a word over its sentences, leaving out sentences where the other spelling stands too. */
function companionsOf(w: WordContext, without: ReadonlySet<number>, skip: ReadonlySet<string>): Map<string, Companion> {
  const collect = (): Map<string, Companion> => {
    const out = new Map<string, Companion>();
    for (const id of w.sentences) {
      if (without.has(id)) continue;
      for (const c of w.companions(id)) if (!out.has(c.key)) out.set(c.key, c);
    }
    return out;
  };
  let all = without.size === 0 ? allCompanions.get(w) : undefined;
  if (!all) {
    all = collect();
    if (without.size === 0) allCompanions.set(w, all);
  }
  if (![...skip].some((k) => all.has(k))) return all;
  const out = new Map(all);
  for (const k of skip) out.delete(k);
  return out;
}

/**
 * Names both spellings share sentences with, weighted by rarity: the company they keep. Only
 * sentences apart count: two spellings in one sentence (Cate Blanchett sat with Kate Lowry) are
 * two people far more often than one, and their common words say nothing of either.
 */
export function sharedNames(rare: WordContext, other: WordContext, skip: ReadonlySet<string>): string[] | null {
  const inBoth = new Set(rare.sentences.filter((id) => binaryHas(other.sentences, id)));
  const mine = companionsOf(rare, inBoth, skip);
  const theirs = companionsOf(other, inBoth, skip);
  let total = 0;
  let shared = 0;
  const found: Companion[] = [];
  for (const [key, n] of mine) {
    total += n.weight;
    if (theirs.has(key)) {
      shared += n.weight;
      found.push(n);
    }
  }
  if (found.length < MIN_SHARED_NAMES || shared < total * SHARED_NAMES_SHARE) return null;
  return found.sort((a, b) => b.weight - a.weight || (a.text < b.text ? -1 : 1)).slice(0, 3).map((n) => n.text);
}

function binaryHas(sorted: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return true;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function knownOutlets(outlets: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(outlets).filter(([o]) => !UNKNOWN_OUTLETS.has(o.toLowerCase()));
}

/** Each spelling is the house style of outlets that do not use the other: "Baltic Wire writes Kyiv; …". */
export function outletSplit(a: WordContext, aText: string, b: WordContext, bText: string): string | null {
  const oa = knownOutlets(a.outlets);
  const ob = knownOutlets(b.outlets);
  if (oa.length === 0 || ob.length === 0) return null;
  const inOther = (mine: [string, number][], theirs: Readonly<Record<string, number>>): number => {
    const all = mine.reduce((n, [, c]) => n + c, 0);
    const overlap = mine.reduce((n, [o, c]) => n + (theirs[o] ? c : 0), 0);
    return all === 0 ? 1 : overlap / all;
  };
  if (inOther(oa, b.outlets) > OUTLET_OVERLAP || inOther(ob, a.outlets) > OUTLET_OVERLAP) return null;
  const top = (list: [string, number][]): string => [...list].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
  return `${top(oa)} writes ${aText}; ${top(ob)} writes ${bText}`;
}

function sharesDocument(a: readonly number[], b: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}

export interface Pair {
  anchor: JoinCandidate;
  item: JoinCandidate;
  /** The two spellings as written, for the reasons shown. */
  texts: { anchor: string; item: string };
  /** How many documents the folder has. */
  docCount: number;
  /** Documents using the anchor or a spelling already joined to it (sorted): where a slip would sit. */
  groupDocs?: readonly number[];
}

/**
 * Whether `item` may join `anchor` (more frequent), on what evidence and how surely; null when
 * the folder gives no reason to.
 */
export function weighJoin({ anchor, item, texts, docCount, groupDocs }: Pair, v: Verdict): Join | null {
  if (v.level === 'none') return null;
  const foreign = foreignRules(v);
  const romanisation: VariantEvidence[] = foreign.length ? [{ kind: 'romanisation', detail: foreign.join(', ') }] : [];
  // No folder (word-list evaluation): the verifier is all there is; typos need a folder.
  if (!anchor.context || !item.context) {
    if (v.level === 'typo') return null;
    return { evidence: romanisation, confidence: 'possible' };
  }
  const a = anchor.context;
  const b = item.context;
  const fullName = sharedFullName(item, anchor);
  // The company two spellings keep is worked out only when a decision needs it: most pairs are
  // settled before (two English names, a slip that is not rare).
  let namesFound: string[] | null | undefined;
  const names = (): string[] | null => (namesFound === undefined ? (namesFound = sharedNames(b, a, new Set([anchor.key ?? anchor.norm, item.key ?? item.norm]))) : namesFound);
  // House style needs each spelling used more than once by its outlets.
  const outlets = item.count >= 2 ? outletSplit(a, texts.anchor, b, texts.item) : null;
  const evidence = (): VariantEvidence[] => {
    const out: VariantEvidence[] = [];
    if (fullName) out.push({ kind: 'full-name', detail: fullName });
    const n = names();
    if (n) out.push({ kind: 'shared-names', detail: n.join(', ') });
    return out;
  };
  const withOutlets = (): VariantEvidence[] => (outlets ? [...evidence(), { kind: 'outlets', detail: outlets }] : evidence());
  const bothEnglish = a.english && b.english;
  // The rarer spelling keeps a full name of its own (Ayaan Hirsi, Roger Michell) that the other
  // never has: another person.
  const ownFullName = !fullName && !!item.company && item.company.size > 0 && ![...item.company].some((n) => anchor.company?.has(n));

  // A slip: a letter dropped, doubled or two letters swapped, in a rare spelling that is no English
  // word, in articles that also use the common one. A replaced letter makes another name as often
  // as a slip (Wayne/Warne, Payne/Paice), and a first letter is rarely mistyped (Google/Koogle):
  // those need the full name. Sure when the company agrees too.
  const slip = v.level === 'typo' || (foreign.length === 0 && (v.edits ?? 2) <= 1);
  if (slip && !ownFullName && !b.english && item.count <= MAX_SLIP_COUNT && item.count * TYPO_RARITY <= anchor.count) {
    if (fullName) return { evidence: [...evidence(), { kind: 'rare-typo' }], confidence: 'high' };
    const plain = (v.substitutions ?? 1) === 0 && texts.anchor[0].toLowerCase() === texts.item[0].toLowerCase() && Math.min(texts.anchor.length, texts.item.length) >= MIN_SLIP_LENGTH;
    const docs = groupDocs ?? a.docs;
    const together = plain && sharesDocument(b.docs, docs);
    if (together && names()) return { evidence: [...evidence(), { kind: 'rare-typo' }], confidence: 'high' };
    // Two swapped letters rarely make another name; a dropped one often does, so the common
    // spelling must be rare enough in the folder for meeting it to mean something.
    const swapped = /swapped letters/.test(v.rule ?? '');
    if (together && (swapped || docs.length <= docCount * TOGETHER_MAX_SHARE)) return { evidence: [{ kind: 'rare-typo' }], confidence: 'possible' };
  }
  // One hard edit with the same full name is another house's romanisation (Belhaj / Belhadj) when
  // outlets keep to one each; in one outlet it is two people (Emily Davis, Emily Eavis).
  // A replaced letter is left out here too (Shamima Begum / Begun is a slip, not a house style).
  if (v.level === 'typo') return fullName && outlets && !bothEnglish && v.substitutions === 0 ? { evidence: withOutlets(), confidence: 'high' } : null;

  if (fullName) return { evidence: [...romanisation, ...withOutlets()], confidence: 'high' };
  if (bothEnglish) {
    // Two names English uses (Kate/Cate, Davis/Davies, Bush/Busch): only a full name joins them.
    return null;
  }
  if (outlets && foreign.length > 0) return { evidence: [...romanisation, ...withOutlets()], confidence: 'high' };
  // A romanisation with the same company outweighs first names the engine could not match
  // (Olena Zelenska, Yelena Zelenskaya).
  if (foreign.length > 0 && names()) return { evidence: [...romanisation, ...withOutlets()], confidence: 'high' };
  // Otherwise each with a full name the other never has (Cate Brennan, Kate Holloway) is two
  // people, whatever the sentences around them share.
  if (ownFullName) return null;
  const found = names();
  if (found) {
    // Without a romanisation rule the company must be large and the spellings close: one
    // difference (Barroso/Barosso), not several (Williams/Walliams, Lions/Helens). A long word
    // carries one cheap shift (Yuganskneftegas/-gaz); a short one is then another word.
    // Spellings of the same sounds (Kiev / Kyiv) are close whatever conventions differ.
    const close = v.level === 'rule' || ((v.edits ?? 2) <= 1 && ((v.substitutions ?? 1) === 0 || texts.item.length >= LONG_WORD));
    if (!close) return outlets ? { evidence: withOutlets(), confidence: 'possible' } : null;
    return { evidence: withOutlets(), confidence: found.length >= MANY_SHARED_NAMES || outlets ? 'high' : 'possible' };
  }
  // House style alone, on spellings English does not explain: worth a look, not a search.
  if (outlets) return { evidence: [...romanisation, ...withOutlets()], confidence: 'possible' };
  // Form alone: the whole difference is a romanisation rule (same sounds), and one spelling is
  // rare. Two spellings the folder uses often are kept apart unless it says otherwise (Elena
  // Dementieva, Jelena Jankovic).
  if (v.level !== 'rule' || foreign.length === 0 || item.count >= WELL_ATTESTED) return null;
  return { evidence: romanisation, confidence: 'possible' };
}
