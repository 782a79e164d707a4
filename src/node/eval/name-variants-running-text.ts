/**
 * The engine against a folder with known truth (eval/name-variants/running-text): every pair of
 * spellings it joins is checked against the folder's groups. Pairs are spellings as written,
 * lower-cased, accents kept (José and Jose are two spellings of one group).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVariantModel, type CorpusDoc, type VariantModel } from '../../core/variants';
import { loadEnglish } from '../index/english-dictionary';
import { pairKey } from './name-variants-proposals';

interface Truth {
  groups: { referent: string; spellings: string[] }[];
  apart: { a: string; b: string; why: string }[];
}

export interface TruthScore {
  precision: number;
  recall: number;
  /** The same, counting only spellings the engine is sure of (what search expands to). */
  highPrecision: number;
  highRecall: number;
  joined: number;
  truePairs: number;
  apartJoined: string[];
  falsePositives: string[];
  missed: string[];
}

function pairsOf(spellings: string[]): string[] {
  const uniq = [...new Set(spellings.map((s) => s.toLowerCase()))];
  const out: string[] = [];
  for (let i = 0; i < uniq.length; i++) for (let j = i + 1; j < uniq.length; j++) out.push(pairKey(uniq[i], uniq[j]));
  return out;
}

/** Pairs the model joins: every two spellings of a word group; with `highOnly`, only sure spellings. */
export function joinedPairs(model: VariantModel, highOnly = false): Set<string> {
  const out = new Set<string>();
  for (const g of model.groups) for (const p of pairsOf(g.spellings.filter((s) => !highOnly || s.confidence === 'high').map((s) => s.text))) out.add(p);
  return out;
}

export function scoreAgainstTruth(docs: readonly CorpusDoc[], truthFile: string): TruthScore {
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth;
  const model = buildVariantModel(docs, undefined, { english: loadEnglish() });
  const truePairs = new Set(truth.groups.flatMap((g) => pairsOf(g.spellings)));
  const score = (joined: Set<string>) => {
    const hits = [...joined].filter((p) => truePairs.has(p)).length;
    return { precision: joined.size ? hits / joined.size : 1, recall: truePairs.size ? hits / truePairs.size : 1 };
  };
  const joined = joinedPairs(model);
  const all = score(joined);
  const high = score(joinedPairs(model, true));
  return {
    precision: all.precision,
    recall: all.recall,
    highPrecision: high.precision,
    highRecall: high.recall,
    joined: joined.size,
    truePairs: truePairs.size,
    apartJoined: truth.apart.filter((p) => joined.has(pairKey(p.a, p.b))).map((p) => `${p.a}/${p.b}`),
    falsePositives: [...joined].filter((p) => !truePairs.has(p)),
    missed: [...truePairs].filter((p) => !joined.has(p)),
  };
}

export const RUNNING_TEXT = (repo: string) => ({
  articles: join(repo, 'eval/name-variants/running-text/articles'),
  truth: join(repo, 'eval/name-variants/running-text/truth.json'),
});
