import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { parseDocument } from './parse-document';
import type { ParsedDocument } from './parsed-document';
import { findRepeatedLines, removeRepeatedLines } from './repeated-lines';

const noHtml = { extractHtml: () => { throw new Error('no html'); } };
function article(path: string, outlet: string, title: string, body: string[]): ParsedDocument {
  const text = [title, `Source: ${outlet}`, '', ...body.flatMap((p) => [p, ''])].join('\n');
  const r = parseDocument({ path, bytes: new TextEncoder().encode(text), mtimeMs: 1 }, noHtml);
  if (!r.ok) throw new Error(r.reason);
  return r.doc;
}

const PROMO = 'Hear the full interview on the Radio Meridian app';
const meridian = [
  article('m1.txt', 'Radio Meridian', 'Dockers strike in Arden', ['Dockers walked out on Thursday.', PROMO]),
  article('m2.txt', 'Radio Meridian', 'Minister visits Kyiv', ['The minister met Zelenskyy.', PROMO]),
  article('m3.txt', 'Radio Meridian', 'River Lune floods', ['The river burst its banks.', 'hear the full   interview on the Radio Meridian app']),
  article('m4.txt', 'Radio Meridian', 'Talks collapse', ['Talks collapsed at midnight.']),
];
const other = article('h1.txt', 'The Harbour Post', 'Strike day two', ['Pickets stayed out.', PROMO]);

describe('removeRepeatedLines', () => {
  it('removes a line found in ≥3 files and ≥30% of one outlet, ignoring case and spacing', () => {
    const out = removeRepeatedLines([...meridian, other]);
    for (const d of out.slice(0, 3)) {
      expect(d.text.toLowerCase()).not.toContain('hear the full');
      expect(d.meta.words).toBe(tokenize(d.text).length);
      expect(d.meta.words).toBeLessThan(meridian.find((m) => m.meta.path === d.meta.path)!.meta.words);
    }
    expect(out[3]).toBe(meridian[3]);
    // Another outlet's copy of the line is that outlet's business: it has too few files to judge.
    expect(out[4]).toBe(other);
    expect(out[4].text).toContain(PROMO);
  });

  it('leaves everything alone when the share is too low', () => {
    const many = [...meridian, ...Array.from({ length: 8 }, (_, i) => article(`x${i}.txt`, 'Radio Meridian', `Story ${i}`, [`Paragraph ${i}.`]))];
    expect(findRepeatedLines(many).size).toBe(0);
    expect(removeRepeatedLines(many)).toEqual(many);
  });

  it('does not treat copies of one story as furniture', () => {
    const quote = '"We will not go back until the port authority makes a fair offer," she said.';
    const copies = [1, 2, 3].map((i) => article(`c${i}.txt`, 'Capital Wire', 'Port strike: dockers walk out', ['Dockers walked out.', quote]));
    expect(removeRepeatedLines(copies)).toEqual(copies);
  });

  it('never empties a document and does not mutate its input', () => {
    const md = (i: number, body: string) => {
      const r = parseDocument({ path: `n${i}.md`, bytes: new TextEncoder().encode(`---\ntitle: Ledger ${i}\nsite: Northern Ledger\n---\n${body}`), mtimeMs: 1 }, noHtml);
      if (!r.ok) throw new Error(r.reason);
      return r.doc;
    };
    const ledger = [md(1, PROMO), md(2, PROMO), md(3, PROMO), md(4, `Real text.\n\n${PROMO}`)];
    const before = JSON.stringify(ledger);
    const out = removeRepeatedLines(ledger);
    expect(JSON.stringify(ledger)).toBe(before);
    expect(out.slice(0, 3)).toEqual(ledger.slice(0, 3));
    expect(out[3].text).toBe('Real text.');
  });
});
