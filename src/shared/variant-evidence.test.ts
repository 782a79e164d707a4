import { describe, expect, it } from 'vitest';
import { describeEvidence } from './variant-evidence';

describe('describeEvidence', () => {
  it('says each kind of evidence in words', () => {
    expect(describeEvidence({ kind: 'anchor' })).toBe('the most common spelling');
    expect(describeEvidence({ kind: 'accents' })).toBe('only accents differ');
    expect(describeEvidence({ kind: 'full-name', detail: 'Lavrov' })).toBe('both stand beside “Lavrov”');
    expect(describeEvidence({ kind: 'shared-names', detail: 'Putin, Moscow' })).toBe('both appear in sentences naming Putin, Moscow');
    expect(describeEvidence({ kind: 'outlets', detail: 'The Guardian writes Kyiv; Reuters writes Kiev' })).toBe('The Guardian writes Kyiv; Reuters writes Kiev');
    expect(describeEvidence({ kind: 'rare-typo' })).toBe('rare, and written in articles that also use the common spelling');
    expect(describeEvidence({ kind: 'romanisation', detail: 'Slavic endings' })).toBe('a romanisation pattern: Slavic endings');
    expect(describeEvidence({ kind: 'user' })).toBe('you merged it');
  });
});
