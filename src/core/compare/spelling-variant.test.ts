import { describe, expect, it } from 'vitest';
import { diffStrings } from './word-diff';
import { defaultIsSpellingVariant } from './spelling-variant';

/** The single non-equal change of a diff, asserting there is exactly one. */
function onlyChange(a: string, b: string, isVariant?: (x: string, y: string) => boolean) {
  const cs = diffStrings(a, b, isVariant).filter((c) => c.op !== 'equal');
  expect(cs).toHaveLength(1);
  return cs[0];
}

describe('spelling-only differences', () => {
  it('name variant: Sergei / Sergay', () => {
    const c = onlyChange('Truss met Sergei Lavrov.', 'Truss met Sergay Lavrov.');
    expect(c).toMatchObject({ op: 'replace', spellingOnly: true, reason: 'name-variant' });
    expect(c.a.trim()).toBe('Sergei');
    expect(c.b.trim()).toBe('Sergay');
  });

  it('diacritics: café / cafe', () => {
    expect(onlyChange('They met at a café nearby.', 'They met at a cafe nearby.')).toMatchObject({ spellingOnly: true, reason: 'diacritics' });
  });

  it('quote style: curly and straight quotes and apostrophes', () => {
    expect(onlyChange('He said “never” again.', 'He said "never" again.')).toMatchObject({ spellingOnly: true, reason: 'quote-style' });
    expect(onlyChange('It didn’t go well.', "It didn't go well.")).toMatchObject({ spellingOnly: true, reason: 'quote-style' });
  });

  it('number format: 240m / 240 million, 2,000 / 2000, £1.8bn / £1.8 billion', () => {
    expect(onlyChange('It cost 240m last year.', 'It cost 240 million last year.')).toMatchObject({ spellingOnly: true, reason: 'number-format' });
    expect(onlyChange('It sent 2,000 weapons.', 'It sent 2000 weapons.')).toMatchObject({ spellingOnly: true, reason: 'number-format' });
    const c = onlyChange('It lent £1.8bn to Kyiv.', 'It lent £1.8 billion to Kyiv.');
    expect(c).toMatchObject({ spellingOnly: true, reason: 'number-format' });
    expect(c.b.trim()).toBe('£1.8 billion');
  });

  it('case: Foreign Secretary / foreign secretary', () => {
    const cs = diffStrings('The Foreign Secretary left.', 'The foreign secretary left.').filter((c) => c.op !== 'equal');
    expect(cs.map((c) => [c.reason, c.spellingOnly])).toEqual([['case', true], ['case', true]]);
  });

  it('punctuation: a comma or full stop only', () => {
    expect(onlyChange('Lavrov, who left', 'Lavrov who left')).toMatchObject({ spellingOnly: true, reason: 'punctuation' });
    expect(onlyChange('In the U.K. today', 'In the UK today')).toMatchObject({ spellingOnly: true, reason: 'punctuation' });
  });

  it('different numbers and different names are real changes', () => {
    expect(onlyChange('It cost 240m.', 'It cost 250m.')).toMatchObject({ op: 'replace', spellingOnly: false });
    expect(onlyChange('Talks with Iran failed.', 'Talks with Iraq failed.')).toMatchObject({ spellingOnly: false });
    expect(onlyChange('Truss met Lavrov.', 'Truss met Putin.')).toMatchObject({ spellingOnly: false });
  });

  it('uses the injected variant test instead of the heuristic', () => {
    const kyiv = (x: string, y: string) => new Set([x, y]).size === 2 && [x, y].every((w) => w === 'Kiev' || w === 'Kyiv');
    expect(onlyChange('Truss flew to Kiev.', 'Truss flew to Kyiv.', kyiv)).toMatchObject({ spellingOnly: true, reason: 'name-variant' });
    expect(onlyChange('Truss met Sergei.', 'Truss met Sergay.', () => false)).toMatchObject({ spellingOnly: false });
  });
});

describe('defaultIsSpellingVariant', () => {
  it('accepts transliteration variants and rejects distinct names', () => {
    for (const [a, b] of [['Sergei', 'Sergey'], ['Sergei', 'Sergay'], ['Zelenskiy', 'Zelenskyy'], ['Zelensky', 'Zelenskyy'], ['Kyiv', 'Kiev'], ['Borell', 'Borrell']]) {
      expect(defaultIsSpellingVariant(a, b), `${a}/${b}`).toBe(true);
    }
    for (const [a, b] of [['Iran', 'Iraq'], ['Mr', 'Ms'], ['Truss', 'Trump'], ['sergei', 'sergay'], ['Austria', 'Russia'], ['2022', '2021'], ['Russia', 'Russian'], ['Minister', 'Ministers']]) {
      expect(defaultIsSpellingVariant(a, b), `${a}/${b}`).toBe(false);
    }
  });
});
