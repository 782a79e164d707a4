import { describe, expect, it } from 'vitest';
import { evidenceLines } from './evidence-lines';

describe('evidence lines', () => {
  it('lists each piece of evidence as a sentence, leaving out what the reason says', () => {
    expect(evidenceLines({ reason: 'j/y/i', evidence: [{ kind: 'full-name', detail: 'Lavrov' }, { kind: 'romanisation', detail: 'Slavic endings' }] })).toEqual([
      'Both stand beside “Lavrov”',
      'A romanisation pattern: Slavic endings',
    ]);
    expect(evidenceLines({ reason: 'anchor', evidence: [{ kind: 'anchor' }] })).toEqual([]);
    expect(evidenceLines({ reason: 'user merge', evidence: [{ kind: 'user' }] })).toEqual([]);
  });
});
