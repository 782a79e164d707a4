import { describe, expect, it } from 'vitest';
import type { VariantGroupView } from '../contract';
import { groupSearch, spellingSearch } from './search-spelling';

const group = (label: string, texts: string[]): VariantGroupView => ({
  id: `x:${label}`,
  label,
  confidence: 'high',
  spellings: texts.map((text) => ({ text, count: 1, documents: 1, outlets: {}, reasons: [{ match: 'romanisation', romanisation: ['j/y/i'], shifts: [] }], evidence: [], confidence: 'high' })),
});

describe('spelling searches', () => {
  it('searches one spelling with the others switched off', () => {
    expect(spellingSearch(group('Sergei', ['Sergei', 'Sergay', 'Sergey']), 'Sergay')).toEqual({ query: 'Sergay', excluded: ['Sergei', 'Sergey'] });
  });

  it('searches a full name as a phrase, switching off only the words that differ', () => {
    const names = group('Sergei Lavrov', ['Sergei Lavrov', 'Sergay Lavrov', 'Sergey Lavrov']);
    expect(spellingSearch(names, 'Sergey Lavrov')).toEqual({ query: '"Sergey Lavrov"', excluded: ['Sergei', 'Sergay'] });
    expect(groupSearch(names)).toEqual({ query: '"Sergei Lavrov"', excluded: [] });
  });
});
