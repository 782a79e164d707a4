import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareTexts } from './compare-texts';

const seed = (name: string) => readFileSync(new URL(`../../../../shared/corpus/seeds/${name}`, import.meta.url), 'utf8');
const itv = seed('000_7d0430d80f6f4323.txt');
const sky = seed('002_cbda20eabf96f340.txt');
const mt = seed('003_87d9f8a4d21f6c18.txt');

describe('quotes on the seeds', () => {
  const c = compareTexts(itv, sky);

  it('finds Lavrov’s "deaf person" quote in ITV, attributed through "he said"', () => {
    const q = c.quotes.find((x) => x.side === 'A' && x.text.includes('deaf person'));
    expect(q).toBeDefined();
    expect(q!.text).toBe('It was like a conversation with a deaf person');
    expect(itv.slice(q!.range.start, q!.range.end)).toBe(q!.text);
    expect(q!.speaker).toMatch(/Lavrov$/);
  });

  it('reports how Sky renders it: reworded, with the words that differ', () => {
    const q = c.quotes.find((x) => x.side === 'A' && x.text.includes('deaf person'))!;
    expect(q.otherSide).toBe('reworded');
    expect(q.otherText).toBe('conversation between a dumb and a deaf person');
    expect(sky.slice(q.otherRange!.start, q.otherRange!.end)).toBe(q.otherText);
    expect(q.changes.some((x) => x.op === 'equal' && x.a.includes('deaf'))).toBe(true);
    expect(q.changes.some((x) => x.op !== 'equal' && x.b.includes('dumb'))).toBe(true);
  });

  it('finds the same quote in Sky, where "He characterised" points back to Lavrov, not Truss', () => {
    const qs = c.quotes.filter((x) => x.side === 'B' && x.text === 'conversation between a dumb and a deaf person');
    expect(qs.length).toBeGreaterThanOrEqual(1);
    for (const q of qs) {
      expect(q.speaker).toMatch(/Lavrov$/);
      expect(q.otherSide).toBe('reworded');
      expect(q.otherText).toContain('conversation with a deaf person');
    }
  });

  it('attributes "she said:" quotes and quotes continued in the next paragraph', () => {
    const mute = c.quotes.find((x) => x.side === 'B' && x.text.startsWith('I certainly was not mute'));
    expect(mute?.speaker).toMatch(/Truss$/);
    const cont = c.quotes.find((x) => x.side === 'B' && x.text.startsWith('I put forward the UK'));
    expect(cont?.speaker).toMatch(/Truss$/);
    expect(c.quotes.find((x) => x.side === 'B' && x.text === 'require a vote')?.speaker).toBe('Chris Bryant');
    expect(c.quotes.find((x) => x.text === 'in place')).toBeUndefined(); // a two-word scare quote with no counterpart
  });

  it('finds the Moscow Times version through the words around its short quote', () => {
    const d = compareTexts(itv, mt);
    const q = d.quotes.find((x) => x.side === 'A' && x.text.includes('deaf person'))!;
    expect(q.otherSide).toBe('reworded');
    expect(q.otherText).toContain('a mute talking to a deaf');
    const back = d.quotes.find((x) => x.side === 'B' && x.text === 'a mute talking to a deaf');
    expect(back?.speaker).toMatch(/Lavrov$/); // "Lavrov blasted Truss …, saying …"
  });

  it('finds a quote verbatim in the near-copy, misspelt name and all', () => {
    const d = compareTexts(itv, seed('001_b3aaf2930145f7ea.txt'));
    const q = d.quotes.find((x) => x.side === 'A' && x.text.includes('deaf person'))!;
    expect(q.otherSide).toBe('verbatim');
    expect(q.otherText).toBe(q.text);
    const gone = d.quotes.find((x) => x.side === 'A' && x.text.startsWith('We understand that the West'));
    expect(gone).toMatchObject({ otherSide: 'absent', otherText: null, otherRange: null, speaker: 'the source' });
  });
});

describe('quotes in small texts', () => {
  it('reads "said X", "X said" and "according to X"', () => {
    const a = '"We will act," said Jane Smith. "Nothing has changed at all," Smith added. Prices will rise, "sharply and soon", according to Bob Lee.';
    const c = compareTexts(a, 'Unrelated text about weather.');
    expect(c.quotes.map((q) => [q.text, q.speaker, q.otherSide])).toEqual([
      ['We will act', 'Jane Smith', 'absent'],
      ['Nothing has changed at all', 'Jane Smith', 'absent'],
      ['sharply and soon', 'Bob Lee', 'absent'],
    ]);
  });

  it('keeps a scare quote only when the other side has it too', () => {
    const c = compareTexts('She said she would "never" agree to the plan.', 'She insisted she would "never" agree.');
    expect(c.quotes.map((q) => [q.side, q.text, q.otherSide])).toEqual([
      ['A', 'never', 'verbatim'],
      ['B', 'never', 'verbatim'],
    ]);
    expect(compareTexts('A "stinging attack" followed.', 'Nothing happened.').quotes).toEqual([]);
  });

  it('skips an appositive and joins a name across an initial or a title abbreviation', () => {
    const a = '"It was a disgrace," Senate Minority Whip Dick Durbin, D-Ill., told the outlet. "I agree with all of it," said Donald J. Trump. Vermont Sen. Bernie Sanders spoke next. He said "the record is quite clear on this matter." Sen. John Cornyn, R-TX, who heads the campaign committee, said, "it is a blockbuster revelation."';
    const c = compareTexts(a, 'Nothing alike here.');
    expect(c.quotes.map((q) => q.speaker)).toEqual(['Dick Durbin', 'Donald J. Trump', 'Bernie Sanders', 'John Cornyn']);
  });
});

describe('speakers in a real article told through "he said"', () => {
  it('gives the NYT’s Beck quotes to Glenn Beck, not to words that open sentences', () => {
    const nyt = readFileSync(new URL('../../../../shared/corpus/basil/2010-02-20-nyt-beck-wows-the-cpac-crowd.md', import.meta.url), 'utf8');
    const c = compareTexts(nyt, 'Unrelated.');
    const speakers = c.quotes.map((q) => q.speaker).filter((x) => x !== null);
    expect(speakers.length).toBeGreaterThanOrEqual(8);
    expect(new Set(speakers)).toEqual(new Set(['Glenn Beck']));
  });
});


describe('one quote told several ways', () => {
  it('finds Sky News’s “dumb and deaf” quote reworded in The Moscow Times (“a mute talking to a deaf”)', () => {
    const q = compareTexts(sky, mt).quotes.find((x) => x.side === 'A' && /dumb and a deaf/.test(x.text));
    expect(q?.otherSide).toBe('reworded');
    expect(q?.otherText).toMatch(/mute talking to a deaf/);
  });
});
