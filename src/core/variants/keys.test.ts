import { describe, expect, it } from 'vitest';
import { variantKeys } from './keys';

const keys = (w: string): Set<string> => new Set(variantKeys(w).map((k) => k.key));
const share = (a: string, b: string): string[] => {
  const kb = keys(b);
  return variantKeys(a)
    .filter((k) => kb.has(k.key))
    .map((k) => k.rule);
};

describe('variantKeys', () => {
  it('each key says its rule', () => {
    const rules = variantKeys('Zelenskyy').map((k) => k.rule);
    expect(rules).toEqual(expect.arrayContaining(['case/diacritics', 'transliteration', 'consonant skeleton', 'phonetic code', 'one letter apart']));
  });
  it('diacritics key: Zelenskýy / Zelenskyy', () => expect(share('Zelenskýy', 'Zelenskyy')).toContain('case/diacritics'));
  it('transliteration key: Zelenskiy / Selenskyj share only by sound, Sergei / Sergey by rule', () => {
    expect(share('Sergei', 'Sergey')).toContain('transliteration');
    expect(share('Zelenskiy', 'Selenskyj')).toContain('phonetic code');
  });
  it('consonant skeleton survives vowel shifts: Muhammad / Mohammed', () => expect(share('Muhammad', 'Mohammed')).toContain('consonant skeleton'));
  it('phonetic code survives g/h, q/k: Serhiy / Sergey, Qaddafi / Gadhafi', () => {
    expect(share('Serhiy', 'Sergey')).toContain('phonetic code');
    expect(share('Qaddafi', 'Gadhafi')).toContain('phonetic code');
  });
  it('silent h: Rahman / Raman', () => expect(share('Rahman', 'Raman')).toContain('phonetic code (silent h)'));
  it('typo keys let Begum and Begun meet as candidates', () => expect(share('Begum', 'Begun')).toContain('one letter apart'));
  it('short words get no typo keys', () => expect(variantKeys('Iran').some((k) => k.rule === 'one letter apart' && k.key !== 'd:iran')).toBe(false));
  it('unrelated names share no key', () => expect(share('Lavrov', 'Truss')).toEqual([]));
});
