import { describe, expect, it } from 'vitest';
import type { ComparisonView } from '../../../shared/compare-types';
import type { DocMeta } from '../../../shared/document';
import { SIMILARITY_DEFINITION } from '../../../shared/compare-labels';
import { comparisonToHtml, exportFileName } from './comparison-to-html';
import { escapeHtml } from './escape-html';

const meta = (id: string, title: string, outlet: string): DocMeta => ({
  id,
  path: id,
  title,
  outlet,
  outletSource: 'metadata',
  date: '2022-02-10',
  dateSource: 'metadata',
  fileModifiedMs: null,
  url: null,
  byline: null,
  words: 20,
  format: 'txt',
  encoding: 'utf-8',
});

const aText = 'Sergei said <script>alert(1)</script> twice.\n\nA photo <img src=x onerror="alert(2)"> here.';
const bText = 'Sergay said <script>alert(1)</script> twice loudly.';
const sentence1A = { start: 0, end: 44 };
const sentence2A = { start: 46, end: aText.length };

const view: ComparisonView = {
  a: meta('sky/002_a.txt', 'Truss & Lavrov: "deaf" <b>talks</b>', 'Sky News'),
  b: meta('mt/003_b.txt', "Britain's Top Diplomat 'Mocked'", 'The Moscow Times'),
  aText,
  bText,
  comparison: {
    similarity: 0.7345,
    spellingChanges: 1,
    counts: { same: 0, spelling: 0, reworded: 1, moved: 0, onlyA: 1, onlyB: 0 },
    sentences: { same: 0, spelling: 0, reworded: 1, moved: 0, onlyA: 1, onlyB: 0 },
    segments: [
      {
        kind: 'reworded',
        a: aText.slice(0, 44),
        b: bText,
        aRanges: [sentence1A],
        bRanges: [{ start: 0, end: bText.length }],
        changes: [
          { op: 'replace', a: 'Sergei ', b: 'Sergay ', aRange: { start: 0, end: 7 }, bRange: { start: 0, end: 7 }, spellingOnly: true, reason: 'name-variant' },
          { op: 'equal', a: aText.slice(7, 43), b: bText.slice(7, 43), aRange: { start: 7, end: 43 }, bRange: { start: 7, end: 43 }, spellingOnly: false },
          { op: 'insert', a: '', b: ' loudly', aRange: null, bRange: { start: 43, end: 50 }, spellingOnly: false },
        ],
      },
      { kind: 'onlyA', a: aText.slice(46), b: null, aRanges: [sentence2A], bRanges: [], changes: [] },
    ],
    quotes: [
      { side: 'A', text: '<script>steal()</script>', speaker: 'Lavrov <i>', range: { start: 12, end: 20 }, otherSide: 'absent', otherText: null, otherRange: null, changes: [] },
    ],
    onlyA: { names: [{ text: '<img src=y onerror=alert(3)>', ranges: [{ start: 46, end: 50 }] }], numbers: [], dates: [] },
    onlyB: { names: [], numbers: [], dates: [] },
  },
  aMarks: [],
  bMarks: [],
};

/** The visible text of the n-th exported pane: tags dropped, entities decoded. */
function paneText(html: string, n: number): string {
  const inner = [...html.matchAll(/<div class="text">([\s\S]*?)<\/div>/g)][n][1];
  return inner
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('comparisonToHtml', () => {
  const html = comparisonToHtml(view);

  it('keeps hostile article text inert: no script, no image, no event attribute', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    expect(html).not.toMatch(/<b>|<i>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('onerror=&quot;alert(2)&quot;');
    expect(html).toContain("Content-Security-Policy");
  });

  it('has both titles, outlets and the similarity', () => {
    expect(html).toContain('Truss &amp; Lavrov: &quot;deaf&quot; &lt;b&gt;talks&lt;/b&gt;');
    expect(html).toContain('Britain&#39;s Top Diplomat &#39;Mocked&#39;');
    expect(html).toContain('The Moscow Times');
    expect(html).toContain('<strong>73%</strong> similar');
  });

  it('carries both whole texts, passage colours and word changes', () => {
    expect(paneText(html, 0)).toBe(aText);
    expect(paneText(html, 1)).toBe(bText);
    expect(html).toContain('class="passage seg-reworded" data-n="1"');
    expect(html).toContain('class="passage seg-onlyA"');
    expect(html).toMatch(/<ins class="diff diff-ins"[^>]*>loudly<\/ins>/);
    expect(html).toMatch(/<span class="diff diff-spell"[^>]*>Sergei<\/span>/);
  });

  it('leaves spelling-only differences out when asked', () => {
    expect(comparisonToHtml(view, { hideSpelling: true })).not.toContain('class="diff diff-spell"');
  });

  it('says what the similarity means and counts the spelling-only changes', () => {
    expect(html).toContain(escapeHtml(SIMILARITY_DEFINITION));
    expect(html).toMatch(/spelling only<\/span>: <strong class="spelling-count">1<\/strong> change/);
    expect(html).toContain('Same (spelling) <strong>0</strong>');
  });

  it('draws a passage differing only in spelling apart, and as plain same text when spelling is hidden', () => {
    const [pair] = view.comparison.segments;
    const only = [{ ...pair.changes[0] }, { op: 'equal' as const, a: aText.slice(7, 44), b: bText.slice(7, 44), aRange: { start: 7, end: 44 }, bRange: { start: 7, end: 44 }, spellingOnly: false }];
    const spelling: ComparisonView = {
      ...view,
      bText: bText.slice(0, 44),
      comparison: { ...view.comparison, counts: { ...view.comparison.counts, reworded: 0, spelling: 1 }, segments: [{ ...pair, kind: 'spelling', b: bText.slice(0, 44), bRanges: [{ start: 0, end: 44 }], changes: only }] },
    };
    const shown = comparisonToHtml(spelling);
    expect(shown).toContain('class="passage seg-spelling" data-n="1" title="Passage 1: Same (spelling).');
    expect(shown).toMatch(/<span class="diff diff-spell"[^>]*>Sergei<\/span>/);
    const hidden = comparisonToHtml(spelling, { hideSpelling: true });
    expect(hidden).toContain('class="passage seg-same" data-n="1" title="Passage 1: Same.');
    expect(hidden).not.toContain('class="diff diff-spell"');
    expect(hidden).toContain('Same (spelling) <strong>1</strong>');
    expect(paneText(hidden, 0)).toBe(aText);
  });

  it('does not throw on missing parts from an older or broken answer', () => {
    const broken = { ...view, bText: undefined, comparison: { similarity: NaN, segments: undefined, counts: undefined, quotes: undefined } } as unknown as ComparisonView;
    expect(comparisonToHtml(broken)).toContain('<strong>0%</strong> similar');
  });

  it('names the file after both articles', () => {
    expect(exportFileName(view)).toBe('parallax-comparison-002_a-003_b.html');
  });
});
