import { isStopWord } from './stop-words';
import type { SparseVector } from './sparse-vector';

// Function words still count a little: two sentences that share only "the" and "of" are not a pair.
const STOP_WEIGHT = 0.2;

/**
 * TF-IDF vectors for the sentences of two texts, with the sentences of both texts as the
 * document collection: a name repeated throughout both articles weighs less than a detail
 * found in one sentence of each.
 */
export function sentenceVectors(sentencesA: string[][], sentencesB: string[][]): { a: SparseVector[]; b: SparseVector[]; content: boolean[] } {
  const terms = new Map<string, number>();
  const df: number[] = [];
  const idsOf = (keys: string[]) => keys.map((k) => {
    let id = terms.get(k);
    if (id === undefined) {
      id = terms.size;
      terms.set(k, id);
      df.push(0);
    }
    return id;
  });
  const idsA = sentencesA.map(idsOf);
  const idsB = sentencesB.map(idsOf);
  for (const ids of [...idsA, ...idsB]) for (const t of new Set(ids)) df[t]++;
  const n = idsA.length + idsB.length;
  const keyOf = [...terms.keys()];
  const weigh = (ids: number[]): SparseVector => {
    const tf = new Map<number, number>();
    for (const t of ids) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: SparseVector = new Map();
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * Math.log(1 + n / df[t]);
      v.set(t, isStopWord(keyOf[t]) ? w * STOP_WEIGHT : w);
    }
    return v;
  };
  return { a: idsA.map(weigh), b: idsB.map(weigh), content: keyOf.map((k) => !isStopWord(k)) };
}
