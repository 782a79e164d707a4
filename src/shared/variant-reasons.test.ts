import { describe, expect, it } from 'vitest';
import { describeReasons, describeShift, ruleNames } from './variant-reasons';
import { reasonOfMatch, type SpellingReason } from './variant-rules';

const word = (r: Partial<SpellingReason> & Pick<SpellingReason, 'match'>): SpellingReason => ({ romanisation: [], shifts: [], ...r });

describe('describeReasons', () => {
  it('says why Sergay joined Sergei: romanisation rules, then what is only close in sound', () => {
    const sergay = word({ match: 'variant', romanisation: ['ending -ei/-ey/-iy/-yy/-yi/-yj', 'j/y/i'], shifts: [{ kind: 'extra', letter: 'a', vowel: true, where: 'inside' }] });
    expect(describeReasons([sergay])).toBe('Same sound, other letters: the ending -ei, -ey, -iy or -yi; j, y or i. Close in sound: “a” added or dropped.');
    expect(ruleNames([sergay])).toBe('ending -ei/-ey/-iy/-yy/-yi/-yj, j/y/i; vowel a');
  });

  it('puts a typo first', () => {
    const r = word({ match: 'typo', romanisation: ['c/k', 'doubled letters'], shifts: [{ kind: 'extra', letter: 'b', vowel: false, where: 'inside' }] });
    expect(describeReasons([r])).toBe('Probably a typo: “b” added or dropped. Also same sound, other letters: c or k; a doubled letter.');
    expect(ruleNames([r])).toBe('typo: c/k, doubled letters; edit +b');
  });

  it('tells a letter shift alone from a romanisation rule', () => {
    expect(describeReasons([word({ match: 'variant', shifts: [{ kind: 'pair', pair: 'ts/s' }] })])).toBe('Close in sound: ts or s.');
    expect(describeReasons([word({ match: 'romanisation', romanisation: ['c/k'] })])).toBe('Same sound, other letters: c or k.');
    expect(describeReasons([word({ match: 'romanisation', romanisation: ['Ukrainian i / Russian o, e', 'doubled letters'] })])).toBe(
      'Same sound, other letters: Ukrainian i for Russian o or e (as in Kharkiv, Kharkov); a doubled letter.',
    );
  });

  it('explains a full name word by word', () => {
    const reasons = [word({ word: 'Sergay', match: 'variant', romanisation: ['j/y/i'], shifts: [{ kind: 'extra', letter: 'a', vowel: true, where: 'inside' }] }), { ...reasonOfMatch('same-group'), word: 'Lavrova' }];
    expect(describeReasons(reasons)).toBe('Sergay: Same sound, other letters: j, y or i. Close in sound: “a” added or dropped. Lavrova: Same name.');
    expect(ruleNames(reasons)).toBe('Sergay: j/y/i; vowel a; Lavrova: same group');
  });

  it('has sentences for the anchor, a merge, case and accents, and rules without names', () => {
    expect(describeReasons([reasonOfMatch('anchor')])).toMatch(/most common spelling/);
    expect(describeReasons([reasonOfMatch('user')])).toBe('You merged it into this group.');
    expect(describeReasons([reasonOfMatch('same')])).toBe('Only capitals or accents differ.');
    expect(describeReasons([reasonOfMatch('romanisation')])).toBe('The same sounds, romanised another way.');
    expect(describeReasons([])).toBe('No reason recorded.');
  });

  it('writes the engine’s sound letters as letters', () => {
    expect(describeShift({ kind: 'letter', a: 'Z', b: 'z' })).toBe('“zh” or “z”');
    expect(describeShift({ kind: 'extra', letter: 'h', vowel: false, where: 'final' })).toBe('a silent h');
    expect(describeShift({ kind: 'extra', letter: 'a', vowel: true, where: 'final' })).toBe('a final -a');
    expect(describeShift({ kind: 'extra', letter: 'o', vowel: true, where: 'initial' })).toBe('initial “o” added or dropped');
    expect(describeShift({ kind: 'extra', letter: 's', vowel: false, where: 'final' })).toBe('final “s” added or dropped');
    expect(describeShift({ kind: 'vowel', a: 'o', b: 'a', final: true })).toBe('final “o” or “a”');
    expect(describeShift({ kind: 'swapped', a: 'ls', b: 'sl' })).toBe('“ls” and “sl” swapped');
  });
});
