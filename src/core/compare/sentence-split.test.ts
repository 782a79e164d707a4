import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { splitSentences } from './sentence-split';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps titles, initialisms, month abbreviations and initials inside the sentence', () => {
    const t = 'Mr. Smith met Mrs. Jones and Dr. Patel on St. James Street. The U.K. accepted on Feb. 10 that George W. Bush had left. It was late.';
    expect(texts(t)).toEqual([
      'Mr. Smith met Mrs. Jones and Dr. Patel on St. James Street.',
      'The U.K. accepted on Feb. 10 that George W. Bush had left.',
      'It was late.',
    ]);
  });

  it('ends a sentence after an initialism when a function word follows', () => {
    expect(texts('Talks moved to the U.S. The next day they stopped. The U.S. Senate voted.')).toEqual([
      'Talks moved to the U.S.',
      'The next day they stopped.',
      'The U.S. Senate voted.',
    ]);
  });

  it('does not split decimals, amounts or percentages', () => {
    const t = 'Profits rose 2.5% to $1.13bn (£600m) from 2.5bn. Shares fell.';
    expect(texts(t)).toEqual(['Profits rose 2.5% to $1.13bn (£600m) from 2.5bn.', 'Shares fell.']);
  });

  it('ends a sentence inside a closing quote, and continues after a lower-case attribution', () => {
    const t = '“It was like a conversation with a deaf person,” he said. “Who is here, but doesn’t hear.” Then he left. "Why?" she asked.';
    expect(texts(t)).toEqual([
      '“It was like a conversation with a deaf person,” he said.',
      '“Who is here, but doesn’t hear.”',
      'Then he left.',
      '"Why?" she asked.',
    ]);
  });

  it('keeps a name and a speech verb after a closing quote in the quote’s sentence', () => {
    expect(texts('"Is it over?" Lavrov asked. Nobody answered. “I won’t pay!” Fox told Ramos.')).toEqual([
      '"Is it over?" Lavrov asked.',
      'Nobody answered.',
      '“I won’t pay!” Fox told Ramos.',
    ]);
  });

  it('treats an ellipsis as an end only before a capital', () => {
    expect(texts('She called him a "relatable ... everyday guy." He waited... Nothing came.')).toEqual([
      'She called him a "relatable ... everyday guy."',
      'He waited...',
      'Nothing came.',
    ]);
  });

  it('numbers paragraphs by blank lines and keeps offsets on the source', () => {
    const t = 'Headline here\n\nFirst para. Still first.\r\n\r\n\n  Second para.\nCaption line';
    const s = splitSentences(t);
    expect(s.map((x) => [x.text, x.paragraph])).toEqual([
      ['Headline here', 0],
      ['First para.', 1],
      ['Still first.', 1],
      ['Second para.', 2],
      ['Caption line', 2],
    ]);
    for (const x of s) expect(t.slice(x.start, x.end)).toBe(x.text);
  });

  it('joins a wrapped line that continues in lower case', () => {
    expect(texts('The minister said the plan\nwould go ahead. Critics disagreed.')).toEqual([
      'The minister said the plan\nwould go ahead.',
      'Critics disagreed.',
    ]);
  });

  it('splits the Sky News seed caption at the right places', () => {
    const t = readFileSync(new URL('../../../../shared/corpus/seeds/002_cbda20eabf96f340.txt', import.meta.url), 'utf8');
    const s = texts(t);
    expect(s).toContain('Britain\'s top diplomat has arrived in Moscow to try to defuse tensions raised by Russia\'s military buildup near Ukraine.');
    expect(s.some((x) => x.endsWith('following their talks in Moscow, Russia, Thursday, Feb. 10, 2022.'))).toBe(true);
  });

  it('never throws and yields nothing for blank input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t')).toEqual([]);
    expect(splitSentences('...!?')).toHaveLength(1);
  });
});
