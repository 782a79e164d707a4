import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { removeRepeatedLines } from '../../core/parse/repeated-lines';
import type { ParsedDocument } from '../../core/parse/parsed-document';
import { paragraphsOf } from '../../core/parse/paragraphs';
import { loadCorpusFile } from './load-corpus-file';
import { walkFolder, type WalkResult } from './walk-folder';

const SAMPLE = path.resolve(__dirname, '../../../resources/sample-corpus');

// Every sample file, with the outlet and date Parallax must find and where it finds them.
const EXPECTED: Record<string, [outlet: string, outletSource: string, date: string, dateSource: string]> = {
  'capital-wire-minister-in-kyiv.txt': ['Capital Wire', 'signature', '2024-10-08', 'dateline'],
  'capital-wire-port-strike-begins.txt': ['Capital Wire', 'signature', '2024-10-03', 'dateline'],
  'capital-wire-rates-hold.txt': ['Capital Wire', 'signature', '2024-10-17', 'dateline'],
  'clippings/2024-10-03-arden-port-at-standstill.md': ['Northern Ledger', 'metadata', '2024-10-03', 'metadata'],
  'clippings/2024-10-08-varga-kyiv-ports-package.md': ['Northern Ledger', 'metadata', '2024-10-08', 'metadata'],
  'clippings/2024-11-03-lunebridge-flood-clean-up.md': ['Northern Ledger', 'metadata', '2024-11-03', 'metadata'],
  'radio-meridian-alder-floods.txt': ['Radio Meridian', 'signature', '2024-11-02', 'dateline'],
  'radio-meridian-kiev-interview.txt': ['Radio Meridian', 'signature', '2024-10-08', 'dateline'],
  'radio-meridian-strike-talks-collapse.txt': ['Radio Meridian', 'signature', '2024-10-09', 'dateline'],
  'saved-pages/arden-strike-enters-second-week.html': ['The Harbour Post', 'metadata', '2024-10-10', 'metadata'],
  'saved-pages/lunebridge-evacuated-as-river-rises.html': ['The Harbour Post', 'metadata', '2024-11-02', 'metadata'],
  'saved-pages/minister-promises-ukraine-port-help.html': ['The Harbour Post', 'metadata', '2024-10-08', 'metadata'],
};

let walk: WalkResult;
const docs = new Map<string, ParsedDocument>();

beforeAll(async () => {
  walk = await walkFolder(SAMPLE);
  for (const f of walk.files) {
    const r = await loadCorpusFile(f);
    if (!r.ok) throw new Error(`${f.path}: ${r.reason}`);
    docs.set(f.path, r.doc);
  }
});

const text = (p: string) => docs.get(p)!.text;
const all = () => [...docs.values()].map((d) => d.text).join('\n');

describe('the bundled sample corpus', () => {
  it('has every file parse, with the expected outlet and date, and skips its README', () => {
    expect([...docs.keys()]).toEqual(Object.keys(EXPECTED));
    expect(walk.skipped).toEqual([{ path: 'README.md', reason: 'documentation file (README.md), not an article' }]);
    for (const [p, [outlet, outletSource, date, dateSource]] of Object.entries(EXPECTED)) {
      expect(docs.get(p)!.meta, p).toMatchObject({ outlet, outletSource, date, dateSource });
    }
  });

  it('keeps articles short: 150 to 400 words each', () => {
    for (const d of docs.values()) {
      expect(d.meta.words, d.meta.path).toBeGreaterThanOrEqual(150);
      expect(d.meta.words, d.meta.path).toBeLessThanOrEqual(400);
    }
  });

  it('spells names differently across outlets', () => {
    for (const spelling of ['Zelensky ', 'Zelenskiy', 'Zelenskyy', 'Kyiv', 'Kiev', 'Sergei Marchenko', 'Sergey Marchenko', 'Mohammed Al-Rashid', 'Muhammad al-Rashid', 'Ana Kovač', 'Ana Kovac']) {
      expect(all(), spelling).toContain(spelling);
    }
  });

  it('renders one quote in different words at different outlets', () => {
    expect(text('capital-wire-port-strike-begins.txt')).toContain('"We will not go back to work until the port authority puts a fair offer on the table,"');
    expect(text('saved-pages/arden-strike-enters-second-week.html')).toContain('“We won’t go back until the port authority puts a fair offer on the table,”');
    expect(text('radio-meridian-strike-talks-collapse.txt')).toContain('"We will not return to work until there is a fair offer on the table,"');
  });

  it('holds a near-copy: the Ledger clipping repeats most of the wire story', () => {
    const wire = new Set(paragraphsOf(text('capital-wire-port-strike-begins.txt')).slice(2));
    const ledger = paragraphsOf(text('clippings/2024-10-03-arden-port-at-standstill.md'));
    const shared = ledger.filter((p) => wire.has(p)).length;
    expect(shared).toBeGreaterThanOrEqual(4);
    expect(shared).toBeLessThan(ledger.length);
  });

  it('decodes its two legacy-encoded files', () => {
    expect(docs.get('radio-meridian-alder-floods.txt')!.meta.encoding).toBe('windows-1252 (detected)');
    expect(text('radio-meridian-alder-floods.txt')).toContain('the café on the market square');
    expect(docs.get('saved-pages/arden-strike-enters-second-week.html')!.meta.encoding).toBe('windows-1252 (meta)');
    expect(text('saved-pages/arden-strike-enters-second-week.html')).toContain('Lucía Ortega');
  });

  it('loses its page furniture: curated lines per file, the Radio Meridian tagline across files', () => {
    for (const d of docs.values()) {
      for (const furniture of ['Advertisement', '© 2024', 'Most read', 'Subscribe', 'Photograph:']) expect(d.text, d.meta.path).not.toContain(furniture);
    }
    expect(docs.get('clippings/2024-10-03-arden-port-at-standstill.md')!.original).toContain('Advertisement');
    const tagline = 'Radio Meridian: news on the hour, every hour.';
    const meridian = [...docs.values()].filter((d) => d.meta.outlet === 'Radio Meridian');
    expect(meridian.every((d) => d.text.includes(tagline))).toBe(true);
    const cleaned = removeRepeatedLines([...docs.values()]).filter((d) => d.meta.outlet === 'Radio Meridian');
    expect(cleaned).toHaveLength(3);
    expect(cleaned.some((d) => d.text.includes(tagline))).toBe(false);
  });
});
