import { describe, expect, it } from 'vitest';
import { clusterSpellings, type ClusterItem } from './cluster';
import { prepare } from './compare';

// Without a folder (word lists), the verifier is all there is: joins are 'possible' at most.
const item = (word: string, count: number): ClusterItem => ({ norm: word.toLowerCase(), count, prepared: prepare(word) });

describe('clusterSpellings without a folder', () => {
  it('anchors on the most frequent spelling', () => {
    const [g] = clusterSpellings([item('Zelenskiy', 3), item('Zelenskyy', 10), item('Zelensky', 5)]);
    expect(g.anchor).toBe('zelenskyy');
    expect(g.members.map((m) => m.norm).sort()).toEqual(['zelenskiy', 'zelensky']);
  });
  it('does not drift along chains: members never attract others', () => {
    // Sergei ~ Sergay (a shift) and Sergay ~ Sergan (a typo of Sergay), but Sergan is nothing to Sergei.
    const groups = clusterSpellings([item('Sergei', 10), item('Sergay', 5), item('Sergan', 1)]);
    const all = groups.flatMap((g) => [g.anchor, ...g.members.map((m) => m.norm)]);
    expect(groups).toHaveLength(1);
    expect(all).not.toContain('sergan');
  });
  it('never accepts a typo, and calls every join only possible', () => {
    expect(clusterSpellings([item('Begum', 9), item('Begun', 1)])).toEqual([]);
    const [g] = clusterSpellings([item('Kharkiv', 9), item('Kharkov', 3)]);
    expect(g.members[0]).toMatchObject({ norm: 'kharkov', confidence: 'possible', evidence: [{ kind: 'romanisation', detail: 'Ukrainian i / Russian o, e' }] });
  });
});
