import { describe, expect, it } from 'vitest';
import type { SpellingInfo, VariantGroupView } from '../contract';
import { byConfidence, filterGroups, findGroupWith, outletCount, outletTable, sortGroups, totalMentions } from './group-stats';
import { variantTooltip } from './tooltip';

const spelling = (text: string, outlets: Record<string, number>): SpellingInfo => {
  const count = Object.values(outlets).reduce((a, b) => a + b, 0);
  return { text, count, documents: 1, outlets, reasons: [{ match: 'romanisation', romanisation: ['j/y/i'], shifts: [] }], evidence: [], confidence: 'high' };
};

// The seeds' group, as `parallax variants` prints it.
const sergei: VariantGroupView = {
  id: 'w:sergei',
  label: 'Sergei',
  confidence: 'high',
  spellings: [
    spelling('Sergei', { 'ITV News': 2, 'Sky News': 4, 'The Moscow Times': 2, Unknown: 1 }),
    spelling('Sergay', { 'ITV News': 1 }),
    spelling('Sergey', { 'Sky News': 1 }),
  ],
};
const zelensky: VariantGroupView = {
  id: 'w:zelensky',
  label: 'Zelensky',
  confidence: 'high',
  spellings: [spelling('Zelensky', { BBC: 30 }), spelling('Zelenskyy', { Guardian: 12, BBC: 1 }), spelling('Zełenski', { TVP: 2 })],
};

describe('variant group views', () => {
  it('tables who writes which spelling, most mentions first', () => {
    expect(outletTable(sergei)).toEqual([
      { outlet: 'Sky News', counts: [4, 0, 1], total: 5, main: [0] },
      { outlet: 'ITV News', counts: [2, 1, 0], total: 3, main: [0] },
      { outlet: 'The Moscow Times', counts: [2, 0, 0], total: 2, main: [0] },
      { outlet: 'Unknown', counts: [1, 0, 0], total: 1, main: [0] },
    ]);
    expect(outletTable(zelensky).find((r) => r.outlet === 'Guardian')?.main).toEqual([1]);
  });

  it('filters on any spelling, ignoring case and accents, and sorts by mentions or name', () => {
    expect(filterGroups([sergei, zelensky], 'SERGAY').map((g) => g.id)).toEqual(['w:sergei']);
    expect(filterGroups([sergei, zelensky], 'zelenski').map((g) => g.id)).toEqual(['w:zelensky']);
    expect(filterGroups([sergei, zelensky], '  ')).toHaveLength(2);
    expect(totalMentions(zelensky)).toBe(45);
    expect(sortGroups([sergei, zelensky], 'count')[0].id).toBe('w:zelensky');
    expect(sortGroups([zelensky, sergei], 'alpha')[0].id).toBe('w:sergei');
    expect(findGroupWith([sergei, zelensky], 'sergey')?.id).toBe('w:sergei');
  });

  it('sorts the review queue: possible groups first, then by mentions; or by outlets', () => {
    const kyiv: VariantGroupView = { id: 'w:kyiv', label: 'Kyiv', confidence: 'possible', spellings: [spelling('Kyiv', { BBC: 3 }), spelling('Kiev', { ITV: 1 })] };
    expect(sortGroups([sergei, zelensky, kyiv], 'review').map((g) => g.id)).toEqual(['w:kyiv', 'w:zelensky', 'w:sergei']);
    expect(outletCount(sergei)).toBe(4);
    expect(sortGroups([zelensky, kyiv, sergei], 'outlets').map((g) => g.id)).toEqual(['w:sergei', 'w:zelensky', 'w:kyiv']);
    expect(byConfidence([sergei, kyiv], 'possible').map((g) => g.id)).toEqual(['w:kyiv']);
    expect(byConfidence([sergei, kyiv], 'high').map((g) => g.id)).toEqual(['w:sergei']);
    expect(byConfidence([sergei, kyiv], 'all')).toHaveLength(2);
  });

  it('lists every spelling with its count in a mark tooltip', () => {
    expect(variantTooltip(sergei, 'Sergay')).toBe('“Sergay”: a spelling of Sergei\nSpellings in this folder:\nSergei: 9 times\nSergay: once\nSergey: once');
    expect(variantTooltip(sergei, 'Sergei').split('\n')[0]).toBe('“Sergei”: the most common spelling of this name');
    expect(variantTooltip(undefined, 'Sergay')).toMatch(/one of several spellings/);
  });
});
