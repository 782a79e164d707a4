import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareTexts } from './compare-texts';
import type { FactItem } from './types';

const seed = (name: string) => readFileSync(new URL(`../../../../shared/corpus/seeds/${name}`, import.meta.url), 'utf8');
const texts = (items: FactItem[]) => items.map((i) => i.text);

describe('facts found on one side only', () => {
  it('reports names, numbers and dates the other side lacks, with every range', () => {
    const a = 'On Monday, Prime Minister Boris Johnson met Angela Merkel in Berlin. Johnson pledged £1.8bn and 2,000 troops by 10 February 2022.';
    const b = 'Boris Johnson pledged 2000 troops on Monday.';
    const c = compareTexts(a, b);
    expect(texts(c.onlyA.names)).toEqual(['Angela Merkel', 'Berlin']);
    expect(texts(c.onlyA.numbers)).toEqual(['£1.8bn']);
    expect(texts(c.onlyA.dates)).toEqual(['10 February 2022']);
    expect(c.onlyB).toEqual({ names: [], numbers: [], dates: [] });
    for (const item of [...c.onlyA.names, ...c.onlyA.numbers, ...c.onlyA.dates]) {
      for (const r of item.ranges) expect(a.slice(r.start, r.end)).toBe(item.text);
    }
  });

  it('folds a surname into the full name and counts each mention', () => {
    const c = compareTexts('Sergei Lavrov spoke. Later Lavrov left, and Lavrov was angry.', 'The minister spoke.');
    expect(c.onlyA.names).toHaveLength(1);
    expect(c.onlyA.names[0].text).toBe('Sergei Lavrov');
    expect(c.onlyA.names[0].ranges).toHaveLength(3);
  });

  it('treats a spelling variant or a shorter form of a name as present', () => {
    const c = compareTexts('Liz Truss met Sergei Lavrov in Moscow.', 'Truss met Sergay Lavrov in Moscow.');
    expect(c.onlyA.names).toEqual([]);
    expect(c.onlyB.names).toEqual([]);
  });

  it('matches dates by their parts and numbers by their value', () => {
    const c = compareTexts('It happened on February 10, 2022 and cost 240m.', 'It happened on 10 February and cost 240 million.');
    expect(c.onlyA.dates).toEqual([]);
    expect(c.onlyA.numbers).toEqual([]);
    const d = compareTexts('It happened in 2021.', 'It happened on February 10, 2022.');
    expect(texts(d.onlyA.dates)).toEqual(['2021']);
    expect(texts(d.onlyB.dates)).toEqual(['February 10, 2022']);
  });

  it('does not take a sentence-initial word for a name', () => {
    const c = compareTexts('Despite the snow, talks went ahead. Officials were pleased.', 'Nothing to see.');
    expect(c.onlyA.names).toEqual([]);
  });

  it('on the seeds: only the Guardian gives the £1.8bn loans and Chatham House', () => {
    const c = compareTexts(seed('002_cbda20eabf96f340.txt'), seed('004_2cb64c0ee2e1afa1.txt'));
    expect(texts(c.onlyB.numbers)).toContain('£1.8bn');
    expect(texts(c.onlyB.names)).toContain('Chatham House');
    expect(texts(c.onlyA.names)).toContain('Chris Bryant');
    expect(texts(c.onlyA.names)).not.toContain('Liz Truss');
    expect(texts(c.onlyB.names)).not.toContain('Truss');
  });
});

describe('one-sided names leave out ids', () => {
  it('does not report an embed id such as FwimLduskF as a name', () => {
    const c = compareTexts('Officials met in Geneva on Monday.', 'Officials met in Geneva on Monday. Watch FwimLduskF here, said Chris Bryant.');
    const names = c.onlyB.names.map((n) => n.text);
    expect(names).toContain('Chris Bryant');
    expect(names.join(' ')).not.toContain('FwimLduskF');
  });
});
