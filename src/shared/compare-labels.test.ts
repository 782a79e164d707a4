import { describe, expect, it } from 'vitest';
import { quoteFateLabel, SEGMENT_KINDS, segmentHint, segmentLabel, SIMILARITY_DEFINITION, spellingReasonLabel } from './compare-labels';

describe('comparison kinds in words', () => {
  it('says every kind the contract carries', () => {
    expect(SEGMENT_KINDS.map(segmentLabel)).toEqual(['Same', 'Same (spelling)', 'Reworded', 'Moved', 'Only in A', 'Only in B']);
    expect(SEGMENT_KINDS.every((k) => segmentHint(k).length > 10)).toBe(true);
    expect(spellingReasonLabel('name-variant')).toBe('another spelling of the name');
    expect(quoteFateLabel('reworded')).toBe('reworded in');
  });

  it('says what the one similarity figure measures', () => {
    expect(SIMILARITY_DEFINITION).toMatch(/^Similarity: the share of the two articles’ words/);
  });

  it('reads a kind this build does not know, or an inherited name, as something useful', () => {
    expect(segmentLabel('split')).toBe('split');
    expect(segmentHint('toString')).toBe('');
    expect(spellingReasonLabel('hyphenation')).toBe('spelling only');
    expect(spellingReasonLabel(undefined)).toBe('spelling only');
    expect(spellingReasonLabel('constructor')).toBe('spelling only');
    expect(quoteFateLabel('paraphrased')).toBe('paraphrased');
  });
});
