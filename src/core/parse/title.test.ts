import { describe, expect, it } from 'vitest';
import { cleanTitle, shortenTitle, titleFromText } from './title';

describe('titles', () => {
  it('keeps headline-length lines as they are', () => {
    expect(shortenTitle('  Talks fail as icy   Lavrov accuses Truss  ')).toBe('Talks fail as icy Lavrov accuses Truss');
  });

  it('cuts a paragraph at its first sentence, not at an initial or a title', () => {
    const para = 'Mr. Labrador, a Republican of Idaho, jumped into the race for House majority leader. He offered himself as the more conservative alternative to the party leadership and its choices.';
    expect(shortenTitle(para)).toBe('Mr. Labrador, a Republican of Idaho, jumped into the race for House majority leader.');
  });

  it('cuts at a word boundary with an ellipsis when there is no sentence end', () => {
    const t = shortenTitle(`${'word '.repeat(60)}end`);
    expect(t.endsWith('word…')).toBe(true);
    expect(t.length).toBeLessThanOrEqual(121);
  });

  it('drops the site name pages append to their titles', () => {
    expect(cleanTitle('Floods close the ring road - Northern Ledger', 'Northern Ledger')).toBe('Floods close the ring road');
    expect(cleanTitle('Strike | The Harbour Post', 'The Harbour Post')).toBe('Strike');
    expect(cleanTitle('Reid: Mosque Should Be Built Someplace Else', 'HuffPost')).toBe('Reid: Mosque Should Be Built Someplace Else');
    expect(cleanTitle('   ', null)).toBeNull();
  });

  it('takes the first paragraph of a text', () => {
    expect(titleFromText('First line\n\nSecond')).toBe('First line');
    expect(titleFromText('')).toBeNull();
  });
});
