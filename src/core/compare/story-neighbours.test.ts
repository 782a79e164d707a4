import { describe, expect, it } from 'vitest';
import { averageLinkage } from './average-linkage';
import { findNeighbours, type Neighbour } from './story-neighbours';
import { buildStoryVectors } from './story-vectors';

describe('findNeighbours', () => {
  it('equals brute-force cosine over the pruned vectors', () => {
    const vocab = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda omicron sigma tau upsilon omega'.split(' ');
    let seed = 3;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const docs = Array.from({ length: 40 }, () => ({ title: vocab[Math.floor(rand() * 16)], text: Array.from({ length: 30 }, () => vocab[Math.floor(rand() * 16)]).join(' ') }));
    const sv = buildStoryVectors(docs, { maxTerms: 8, titleWeight: 2 });
    const nb = findNeighbours(sv, 0, () => true);
    for (let i = 0; i < docs.length; i++) {
      for (let j = 0; j < docs.length; j++) {
        if (i === j) continue;
        const vi = new Map(Array.from(sv.vectors[i].terms, (t, k) => [t, sv.vectors[i].weights[k]]));
        let dot = 0;
        sv.vectors[j].terms.forEach((t, k) => (dot += (vi.get(t) ?? 0) * sv.vectors[j].weights[k]));
        const found = nb[i].find((x) => x.doc === j)?.score ?? 0;
        expect(found).toBeCloseTo(dot, 10);
      }
    }
  });
});

describe('averageLinkage', () => {
  const graph = (n: number, edges: [number, number, number][]): Neighbour[][] => {
    const out: Neighbour[][] = Array.from({ length: n }, () => []);
    for (const [a, b, s] of edges) {
      out[a].push({ doc: b, score: s });
      out[b].push({ doc: a, score: s });
    }
    return out;
  };

  it('does not chain a path into one cluster, as connected components would', () => {
    const clusters = averageLinkage(graph(4, [[0, 1, 0.9], [1, 2, 0.5], [2, 3, 0.9]]), 0.3);
    expect(clusters.map((c) => c.sort()).sort()).toEqual([[0, 1], [2, 3]]);
  });

  it('joins a group whose members are all alike, and leaves weak ones alone', () => {
    const clusters = averageLinkage(graph(5, [[0, 1, 0.8], [0, 2, 0.7], [1, 2, 0.6], [2, 3, 0.25], [3, 4, 0.1]]), 0.3);
    expect(clusters.map((c) => c.sort()).sort()).toEqual([[0, 1, 2], [3], [4]]);
  });
});
