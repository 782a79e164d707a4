import { describe, expect, it } from 'vitest';
import { describeExpansion } from './describe-expansion';

describe('describeExpansion', () => {
  it('keeps what was searched apart from what is only suggested', () => {
    const lines = describeExpansion({
      word: 'Sony',
      groupId: 'w:sony',
      spellings: [
        { text: 'Sonys', count: 2, confidence: 'high', enabled: true },
        { text: 'Sonny', count: 7, confidence: 'possible', enabled: false },
      ],
    });
    expect(lines).toEqual(['Sony — also matched Sonys (2)', 'Sony — maybe also Sonny (7)? Add with --also Sonny']);
  });

  it('marks a suggestion added with --also', () => {
    const lines = describeExpansion({ word: 'Sony', groupId: 'g', spellings: [{ text: 'Sonny', count: 7, confidence: 'possible', enabled: true }] });
    expect(lines).toEqual(['Sony — also matched Sonny (7) added']);
  });

  it('quotes a spelling that a shell would split', () => {
    const lines = describeExpansion({ word: 'Kyiv', groupId: 'g', spellings: [{ text: 'Ky iv', count: 1, confidence: 'possible', enabled: false }] });
    expect(lines).toEqual(['Kyiv — maybe also Ky iv (1)? Add with --also "Ky iv"']);
  });
});
