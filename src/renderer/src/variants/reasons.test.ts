import { describe, expect, it } from 'vitest';
import { explainReason, explainRule } from './reasons';

describe('explainReason', () => {
  it('says why Sergay joined Sergei, from the seeds', () => {
    const why = explainReason('ending -ei/-ey/-iy/-yy/-yi/-yj, j/y/i; vowel a (shares the context "lavrov")', 'Sergei');
    expect(why).toBe(
      'Same sound, other letters: the ending -ei, -ey, -iy or -yi; j, y or i. Close in sound: “a” added or dropped. Seen next to “Lavrov”, as Sergei is.',
    );
  });

  it('puts a typo first and keeps the rarity', () => {
    const why = explainReason('typo: c/k, doubled letters; edit +b (rare, shares the context "darren")', 'Campbell');
    expect(why.startsWith('Probably a typo: “b” added or dropped.')).toBe(true);
    expect(why).toContain('Rare, and seen next to “Darren”, as Campbell is.');
  });

  it('tells a letter shift alone from a romanisation rule', () => {
    expect(explainReason('ts/s (shares the context "avril")', 'Anastasia')).toBe('Close in sound: ts or s. Seen next to “Avril”, as Anastasia is.');
    expect(explainReason('c/k')).toBe('Same sound, other letters: c or k.');
  });

  it('keeps the one rule name with a comma in it whole', () => {
    expect(explainReason('Ukrainian i / Russian o, e, doubled letters')).toBe(
      'Same sound, other letters: Ukrainian i for Russian o or e (as in Kharkiv, Kharkov); a doubled letter.',
    );
  });

  it('explains a full name word by word', () => {
    const why = explainReason('Sergay: j/y/i; vowel a (shares the context "lavrov")');
    expect(why).toBe('Sergay: Same sound, other letters: j, y or i. Close in sound: “a” added or dropped. Seen next to “Lavrov”, as the main spelling is.');
  });

  it('has sentences for the anchor, a merge and whole-word rules, and passes unknown text through', () => {
    expect(explainReason('anchor')).toMatch(/most common spelling/);
    expect(explainReason('user merge')).toBe('You merged it into this group.');
    expect(explainReason('case/diacritics')).toBe('Only capitals or accents differ.');
    expect(explainReason('')).toBe('No reason recorded.');
    expect(explainRule('something new')).toBe('something new');
    expect(explainRule('edit Z/z')).toBe('“zh” or “z”');
  });
});
