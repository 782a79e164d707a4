import { describe, expect, it } from 'vitest';
import { evidenceLines } from './evidence-lines';

describe('evidence lines', () => {
  it('lists each piece of evidence as a sentence, leaving out what the reason says', () => {
    expect(evidenceLines({ reasons: [{ match: 'romanisation', romanisation: ['j/y/i'], shifts: [] }], evidence: [{ kind: 'full-name', detail: 'Lavrov' }, { kind: 'romanisation', detail: 'Slavic endings' }] })).toEqual([
      'Both stand beside “Lavrov”',
      'A romanisation pattern: Slavic endings',
    ]);
    expect(evidenceLines({ reasons: [{ match: 'anchor', romanisation: [], shifts: [] }], evidence: [{ kind: 'anchor' }] })).toEqual([]);
    expect(evidenceLines({ reasons: [{ match: 'user', romanisation: [], shifts: [] }], evidence: [{ kind: 'user' }] })).toEqual([]);
  });
});
