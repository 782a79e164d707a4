/**
 * Weighted edit distance on phoneme strings (see translit.ts). Differences that romanisation
 * produces (vowel shifts, g/h, s/z, ts/z) are cheap; anything else costs 1 and counts as a
 * "hard" edit: a typo or a different name. The alignment is returned so a match can say why.
 */
import type { LetterShift, ShiftPair } from '../../shared/variant-rules';
import { isVowel } from './translit';

export interface Edit {
  /** A readable rule, e.g. "vowel shift e/a", "g/h", "edit m/n". */
  rule: string;
  /** The same difference as data, for the reasons shown (rendered by shared/variant-reasons.ts). */
  shift: LetterShift;
  cost: number;
}

export interface Alignment {
  cost: number;
  edits: Edit[];
  /** Edits that cost a full point: not explained by any transliteration rule. */
  hard: number;
}

// Consonant pairs that romanisations of one name really alternate, with their cost.
const CHEAP_PAIRS: Record<string, [number, ShiftPair]> = {};
function pair(a: string, b: string, cost: number, rule: ShiftPair): void {
  CHEAP_PAIRS[a + b] = [cost, rule];
  CHEAP_PAIRS[b + a] = [cost, rule];
}
pair('g', 'h', 0.3, 'g/h (Ukrainian h, Russian g)');
pair('g', 'k', 0.5, 'q/k/g');
pair('s', 'z', 0.4, 's/z');
pair('c', 'z', 0.4, 'ts/z');
pair('c', 's', 0.5, 'ts/s');
pair('c', 'C', 0.5, 'ts/ch');
pair('C', 'S', 0.5, 'ch/sh');
pair('S', 's', 0.5, 'sh/s');
pair('Z', 'z', 0.4, 'zh/z');
pair('Z', 'S', 0.5, 'zh/sh');
pair('Q', 'S', 0.3, 'shch/sh');
pair('Q', 'C', 0.5, 'shch/ch');
pair('v', 'f', 0.5, 'v/f');

// Vowel alternations that romanisation produces are cheap: i/e (и, е, ie, ye), o/u (Arabic
// Mohammed/Muhammad), a/e (Hussein/Hussain). Other shifts mostly separate distinct names
// (Peter/Potter, London/Linden, King/Kong) and cost nearly a full edit.
// e/u is Arabic's short u written two ways (Abdel / Abdul, Youssef / Yusuf).
const VOWEL_SHIFT: Record<string, number> = { ei: 0.4, ou: 0.4, ae: 0.5, eu: 0.6, io: 0.7, eo: 0.7, ao: 0.7 };
function vowelShift(a: string, b: string): number {
  return VOWEL_SHIFT[a < b ? a + b : b + a] ?? 0.8;
}
// A glide i or an e (ie/ye) comes and goes between romanisations; a full vowel less so.
const VOWEL_INDEL: Record<string, number> = { i: 0.3, e: 0.4, o: 0.5 };

// Edits are memoised by characters and position flags: the aligner runs millions of times on a
// corpus, and fresh objects per cell would keep the garbage collector busy.
const SUB_CACHE = new Map<number, Edit>();
const INDEL_CACHE = new Map<number, Edit>();
const flags = (initial: boolean, final: boolean): number => (initial ? 1 : 0) + (final ? 2 : 0);

function subEdit(a: string, b: string, initial: boolean, final: boolean): Edit {
  const key = (a.charCodeAt(0) * 65536 + b.charCodeAt(0)) * 4 + flags(initial, final);
  let e = SUB_CACHE.get(key);
  if (!e) SUB_CACHE.set(key, (e = substitution(a, b, initial, final)));
  return e;
}

function indelEdit(ch: string, initial: boolean, final: boolean): Edit {
  const key = ch.charCodeAt(0) * 4 + flags(initial, final);
  let e = INDEL_CACHE.get(key);
  if (!e) INDEL_CACHE.set(key, (e = indel(ch, initial, final)));
  return e;
}

/** Cost of turning a into b where both sit at the given ends of their words. */
function substitution(a: string, b: string, initial: boolean, final: boolean): Edit {
  if (isVowel(a) && isVowel(b)) {
    // A final -a against another vowel is a gender or a different name (Maria/Mario), never a romanisation.
    const shift: LetterShift = { kind: 'vowel', a, b, final };
    if (final) return a === 'a' || b === 'a' ? { rule: `final vowel ${a}/${b}`, shift, cost: 1 } : { rule: `final vowel ${a}/${b}`, shift, cost: 0.9 };
    return { rule: `vowel shift ${a}/${b}`, shift, cost: initial ? Math.max(0.6, vowelShift(a, b)) : vowelShift(a, b) };
  }
  const cheap = CHEAP_PAIRS[a + b];
  if (cheap) return { rule: cheap[1], shift: { kind: 'pair', pair: cheap[1] }, cost: cheap[0] };
  return { rule: `edit ${a}/${b}`, shift: { kind: 'letter', a, b }, cost: 1 };
}

function indel(ch: string, initial: boolean, final: boolean): Edit {
  const shift: LetterShift = { kind: 'extra', letter: ch, vowel: isVowel(ch), where: final ? 'final' : initial ? 'initial' : 'inside' };
  if (isVowel(ch)) {
    // A final vowel more or less is a grammatical form or another place (Podilsk/Podilskyi, Dimitrov/Dimitrovo).
    if (final) return { rule: ch === 'a' ? 'final -a' : `final vowel ${ch}`, shift, cost: 1 };
    if (initial) return { rule: `initial vowel ${ch}`, shift, cost: 0.8 };
    return { rule: `vowel ${ch}`, shift, cost: VOWEL_INDEL[ch] ?? 0.6 };
  }
  if (ch === 'h') return { rule: 'silent h', shift, cost: 0.6 };
  return { rule: final ? `final +${ch}` : `edit +${ch}`, shift, cost: 1 };
}

const SWAP_COST = 1;

/** Cheapest alignment of two phoneme strings; gives up (cost Infinity) once every path exceeds `limit`. */
export function align(a: string, b: string, limit = Infinity): Alignment {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) * 0.3 > limit) return { cost: Infinity, edits: [], hard: 0 };
  // An edit is "initial" or "final" only when it sits at that end of both words.
  const del = (i: number, j: number): Edit => indelEdit(a[i - 1], i === 1 && j === 0, i === n && j === m);
  const ins = (i: number, j: number): Edit => indelEdit(b[j - 1], j === 1 && i === 0, j === m && i === n);
  const sub = (i: number, j: number): Edit | null => (a[i - 1] === b[j - 1] ? null : subEdit(a[i - 1], b[j - 1], i === 1 && j === 1, i === n && j === m));
  // Two neighbouring letters typed in the wrong order (Nicoals, Zelensyk) are one slip, not two.
  const swapped = (i: number, j: number): boolean => i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== a[i - 2];
  const w = m + 1;
  const d = new Float64Array((n + 1) * w);
  for (let j = 1; j <= m; j++) d[j] = d[j - 1] + ins(0, j).cost;
  for (let i = 1; i <= n; i++) {
    d[i * w] = d[(i - 1) * w] + del(i, 0).cost;
    let rowMin = d[i * w];
    for (let j = 1; j <= m; j++) {
      const s = sub(i, j);
      let v = d[(i - 1) * w + j - 1] + (s ? s.cost : 0);
      const dv = d[(i - 1) * w + j] + del(i, j).cost;
      if (dv < v) v = dv;
      const iv = d[i * w + j - 1] + ins(i, j).cost;
      if (iv < v) v = iv;
      if (swapped(i, j)) {
        const tv = d[(i - 2) * w + j - 2] + SWAP_COST;
        if (tv < v) v = tv;
      }
      d[i * w + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return { cost: Infinity, edits: [], hard: 0 };
  }
  // Walk back along one cheapest path to name the edits.
  const edits: Edit[] = [];
  const eq = (x: number, y: number): boolean => Math.abs(x - y) < 1e-9;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i * w + j];
    const s = i > 0 && j > 0 ? sub(i, j) : undefined;
    if (swapped(i, j) && eq(here, d[(i - 2) * w + j - 2] + SWAP_COST)) {
      const shift: LetterShift = { kind: 'swapped', a: a[i - 2] + a[i - 1], b: b[j - 2] + b[j - 1] };
      edits.push({ rule: `swapped letters ${a[i - 2]}${a[i - 1]}/${b[j - 2]}${b[j - 1]}`, shift, cost: SWAP_COST });
      i -= 2;
      j -= 2;
    } else if (s !== undefined && eq(here, d[(i - 1) * w + j - 1] + (s ? s.cost : 0))) {
      if (s) edits.push(s);
      i--;
      j--;
    } else if (i > 0 && eq(here, d[(i - 1) * w + j] + del(i, j).cost)) {
      edits.push(del(i, j));
      i--;
    } else {
      edits.push(ins(i, j));
      j--;
    }
  }
  edits.reverse();
  return { cost: d[n * w + m], edits, hard: edits.filter((e) => e.cost >= 1).length };
}
