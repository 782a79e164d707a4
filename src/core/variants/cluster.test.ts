import { describe, expect, it } from 'vitest';
import { clusterSpellings, type ClusterItem } from './cluster';
import { prepare } from './compare';

const item = (word: string, count: number, neighbours?: string[]): ClusterItem => ({
  norm: word.toLowerCase(),
  count,
  prepared: prepare(word),
  neighbours: neighbours ? new Map(neighbours.map((n) => [n, n])) : undefined,
});

describe('clusterSpellings', () => {
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
  it('in a corpus, a shift needs shared context; a rule does not', () => {
    const groups = clusterSpellings([item('Sergei', 10, ['lavrov']), item('Sergey', 2, []), item('Sergay', 1, ['lavrov']), item('Vladimir', 5, ['putin'])]);
    expect(groups[0].members.map((m) => m.norm).sort()).toEqual(['sergay', 'sergey']);
    const lone = clusterSpellings([item('Sergei', 10, ['lavrov']), item('Sergay', 1, ['ivanov'])]);
    expect(lone).toEqual([]);
  });
  it('a typo needs rarity and shared context', () => {
    const joined = clusterSpellings([item('Begum', 9, ['shamima']), item('Begun', 2, ['shamima'])]);
    expect(joined[0].members[0].reason).toMatch(/typo.*shamima/);
    expect(clusterSpellings([item('Begum', 9, ['shamima']), item('Begun', 2, ['other'])])).toEqual([]);
    expect(clusterSpellings([item('Begum', 9, ['shamima']), item('Begun', 5, ['shamima'])])).toEqual([]);
    expect(clusterSpellings([item('Begum', 9), item('Begun', 1)])).toEqual([]);
  });
});

describe('English name look-alikes', () => {
  it('keep apart when only English-ambiguous letters differ and the contexts differ', () => {
    expect(clusterSpellings([item('Davis', 40, ['ron', 'steve']), item('Davies', 20, ['gavyn', 'howard'])])).toEqual([]);
    expect(clusterSpellings([item('Martin', 40, ['george']), item('Martyn', 10, ['williams'])])).toEqual([]);
  });
  it('join when they share a neighbour, or when a rare spelling has no neighbours to judge by', () => {
    expect(clusterSpellings([item('Matthew', 30, ['tait']), item('Mathew', 12, ['tait'])])[0].members[0].norm).toBe('mathew');
    expect(clusterSpellings([item('Sergei', 10, ['lavrov']), item('Sergey', 2, [])])[0].members[0].norm).toBe('sergey');
    expect(clusterSpellings([item('Sergei', 10, ['lavrov']), item('Sergey', 8, [])])).toEqual([]);
  });
  it('do not hold back transliteration rules', () => {
    expect(clusterSpellings([item('Zelensky', 10, ['volodymyr']), item('Zelenskyy', 8, ['president'])])[0].members[0].norm).toBe('zelenskyy');
  });
});
