import { storyTerms } from './story-terms';

/** A sparse vector as parallel arrays: term ids and their weights. */
export interface PackedVector {
  terms: Int32Array;
  weights: Float64Array;
}

export interface StoryVectors {
  /** Pruned, L2-normalised TF-IDF vector per document. */
  vectors: PackedVector[];
  /** Per term id: the documents (ascending) whose pruned vector holds it, with the weights. */
  postings: { docs: Int32Array; weights: Float64Array }[];
}

export interface VectorOptions {
  /** Terms kept per document, by weight: bounds the cost of the neighbour search. */
  maxTerms: number;
  /** The title counts this many times over the body: headlines name the story. */
  titleWeight: number;
}

/**
 * TF-IDF over title and text: sublinear tf, smoothed idf ln(1 + N/df) (plain ln(N/df) zeroes
 * the very names that join a small folder's articles), terms seen in one document dropped
 * (they cannot link two), and each vector pruned to its strongest terms. Pruning keeps what
 * distinguishes a story and bounds the inverted-index search.
 */
export function buildStoryVectors(docs: readonly { title: string; text: string }[], opts: VectorOptions): StoryVectors {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const tfs = docs.map((d) => {
    const tf = new Map<number, number>();
    const add = (terms: string[], w: number) => {
      for (const term of terms) {
        let id = ids.get(term);
        if (id === undefined) {
          id = ids.size;
          ids.set(term, id);
          df.push(0);
        }
        tf.set(id, (tf.get(id) ?? 0) + w);
      }
    };
    add(storyTerms(d.title), opts.titleWeight);
    add(storyTerms(d.text), 1);
    for (const id of tf.keys()) df[id]++;
    return tf;
  });
  const n = docs.length;
  const vectors = tfs.map((tf): PackedVector => {
    const weighted: [number, number][] = [];
    for (const [t, f] of tf) if (df[t] > 1) weighted.push([t, (1 + Math.log(f)) * Math.log(1 + n / df[t])]);
    weighted.sort((x, y) => y[1] - x[1]);
    const kept = weighted.slice(0, opts.maxTerms);
    const len = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return { terms: Int32Array.from(kept, ([t]) => t), weights: Float64Array.from(kept, ([, w]) => w / len) };
  });
  return { vectors, postings: invert(vectors, ids.size) };
}

function invert(vectors: PackedVector[], termCount: number): StoryVectors['postings'] {
  const counts = new Int32Array(termCount);
  for (const v of vectors) for (const t of v.terms) counts[t]++;
  const postings = Array.from(counts, (c) => ({ docs: new Int32Array(c), weights: new Float64Array(c) }));
  const fill = new Int32Array(termCount);
  vectors.forEach((v, doc) => {
    v.terms.forEach((t, k) => {
      postings[t].docs[fill[t]] = doc;
      postings[t].weights[fill[t]++] = v.weights[k];
    });
  });
  return postings;
}
