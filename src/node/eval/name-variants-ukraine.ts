/**
 * Pairwise evaluation on SpellingUkraine groups. Each row's canonical, incorrect_latin and
 * related_latin spellings are split into words; words at the same position of two spellings
 * with the same number of words are a positive pair; two words that never share a row are a
 * negative pair; other pairs (e.g. a given name and a surname of one row) are not counted.
 */
import { readFileSync } from 'node:fs';
import { foldTerm } from '../../core/text/normalize';
import { tokenize } from '../../core/text/tokenize';
import { clusterSpellings, compareSpellings, prepare, variantKeys } from '../../core/variants';

export interface UkraineRow {
  spellings: string[][];
  /** Index in `spellings` where related_latin spellings start. */
  relatedFrom: number;
}

export function loadUkraineRows(path: string): UkraineRow[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
  return lines.map((line) => {
    const [, , canonical, incorrect, related] = line.split('\t');
    const split = (s: string | undefined): string[] => (s ? s.split('|').filter(Boolean) : []);
    const main = [canonical, ...split(incorrect)];
    const all = [...main, ...split(related)];
    return { spellings: all.map((s) => tokenize(s).map((t) => t.text)), relatedFrom: main.length };
  });
}

export interface PairSets {
  /** Folded word → a raw spelling of it (diacritics kept: they carry sounds). */
  words: Map<string, string>;
  /** Folded word → how many spellings contain it: its "corpus" frequency for anchoring. */
  freq: Map<string, number>;
  positives: Set<string>;
  /** Positives among canonical + incorrect_latin only (no other-language names or translations). */
  positivesLatin: Set<string>;
  /** Pairs of words sharing some row: neither positive nor negative unless aligned. */
  sameRow: Set<string>;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export function buildPairs(rows: UkraineRow[]): PairSets {
  const words = new Map<string, string>();
  const freq = new Map<string, number>();
  const positives = new Set<string>();
  const positivesLatin = new Set<string>();
  const sameRow = new Set<string>();
  for (const row of rows) {
    const rowWords = new Set<string>();
    row.spellings.forEach((sp) => {
      for (const w of sp) {
        const f = foldTerm(w);
        if (!words.has(f)) words.set(f, w);
        freq.set(f, (freq.get(f) ?? 0) + 1);
        rowWords.add(f);
      }
    });
    for (const a of rowWords) for (const b of rowWords) if (a < b) sameRow.add(pairKey(a, b));
    for (let i = 0; i < row.spellings.length; i++) {
      for (let j = i + 1; j < row.spellings.length; j++) {
        const [x, y] = [row.spellings[i], row.spellings[j]];
        if (x.length !== y.length) continue;
        for (let k = 0; k < x.length; k++) {
          const [a, b] = [foldTerm(x[k]), foldTerm(y[k])];
          if (a === b) continue;
          positives.add(pairKey(a, b));
          if (i < row.relatedFrom && j < row.relatedFrom) positivesLatin.add(pairKey(a, b));
        }
      }
    }
  }
  return { words, freq, positives, positivesLatin, sameRow };
}

export interface PairScore {
  precision: number;
  recall: number;
  recallLatin: number;
  truePositives: number;
  falsePositives: number;
  positives: number;
  falsePositiveExamples: string[];
}

function score(predicted: Iterable<string>, sets: PairSets): PairScore {
  let tp = 0;
  let tpLatin = 0;
  let fp = 0;
  const examples: string[] = [];
  for (const p of predicted) {
    if (sets.positives.has(p)) {
      tp++;
      if (sets.positivesLatin.has(p)) tpLatin++;
    } else if (!sets.sameRow.has(p)) {
      fp++;
      if (examples.length < 400) examples.push(p.replace('\u0000', ' ~ '));
    }
  }
  return {
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, sets.positives.size),
    recallLatin: tpLatin / Math.max(1, sets.positivesLatin.size),
    truePositives: tp,
    falsePositives: fp,
    positives: sets.positives.size,
    falsePositiveExamples: examples,
  };
}

/** The verifier alone: every pair that shares a blocking key and that compareSpellings accepts. */
export function scoreVerifier(sets: PairSets): PairScore {
  const buckets = new Map<string, string[]>();
  for (const [f, raw] of sets.words) for (const k of variantKeys(raw)) buckets.set(k.key, [...(buckets.get(k.key) ?? []), f]);
  const predicted = new Set<string>();
  const tested = new Set<string>();
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = pairKey(list[i], list[j]);
        if (list[i] === list[j] || tested.has(key)) continue;
        tested.add(key);
        if (compareSpellings(sets.words.get(list[i])!, sets.words.get(list[j])!).match) predicted.add(key);
      }
    }
  }
  return score(predicted, sets);
}

/** The grouping the app shows: anchored clusters, a pair is predicted when both words share a group. */
export function scoreClusters(sets: PairSets): PairScore {
  const items = [...sets.words].map(([norm, raw]) => ({ norm, count: sets.freq.get(norm) ?? 1, prepared: prepare(raw) }));
  const predicted: string[] = [];
  for (const c of clusterSpellings(items)) {
    const all = [c.anchor, ...c.members.map((m) => m.norm)];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) predicted.push(pairKey(all[i], all[j]));
  }
  return score(predicted, sets);
}
