import { describe, expect, it } from 'vitest';
import { extractCandidates } from './candidates';

const words = (text: string): string[] => extractCandidates('d', text).map((c) => (c.initial ? `^${c.word}` : c.word));

describe('extractCandidates', () => {
  it('keeps capitalised words inside sentences and flags sentence-initial ones', () => {
    expect(words('Talks in Moscow went badly. Lavrov said that Truss was deaf.')).toEqual(['^Talks', 'Moscow', '^Lavrov', 'Truss']);
  });
  it('drops common capitalised words, days, months, titles and acronyms', () => {
    expect(words('On Thursday, Mr Lavrov met NATO and the UK’s envoy in February. However, The Times said so.')).toEqual(['Lavrov', 'Times']);
  });
  it('strips possessives and keeps offsets on the word as written', () => {
    const text = 'talks with Zelenskyy’s aide and Truss\'s team';
    const c = extractCandidates('doc1', text);
    expect(c.map((x) => x.word)).toEqual(['Zelenskyy', 'Truss']);
    for (const x of c) expect(text.slice(x.start, x.end)).toBe(x.word);
    expect(c[0]).toMatchObject({ norm: 'zelenskyy', docId: 'doc1', initial: false });
  });
  it('treats title-case lines (headlines) as initial, but not a sentence with a few names', () => {
    expect(words('Britain’s Top Diplomat Mocked Over Russia Trip\nthen Sergei Lavrov spoke')).toEqual(['^Britain', '^Top', '^Diplomat', '^Mocked', '^Russia', '^Trip', 'Sergei', 'Lavrov']);
    expect(words('listen to our latest podcast - Shamima Begun: The Blame Game')).toContain('Begun');
  });
  it('skips words with digits and acronym plurals', () => {
    expect(words('the A380s and LEDs of Airbus')).toEqual(['Airbus']);
  });
  it('never throws on odd input', () => {
    expect(extractCandidates('x', '')).toEqual([]);
    expect(() => extractCandidates('x', '\u0000\uD800 ~~ ^^ ::')).not.toThrow();
  });
});
