import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusFile } from './load-corpus-file';
import { walkFolder } from './walk-folder';

const SHARED = path.resolve(__dirname, '../../../../shared');
const corpus = (name: string) => path.join(SHARED, 'corpus', name);

async function loadAll(root: string) {
  const walk = await walkFolder(root);
  const results = [];
  for (const f of walk.files) results.push({ entry: f, result: await loadCorpusFile(f) });
  return { walk, results };
}

describe('the seed articles from disk', () => {
  it('all five load with their outlet where the article names itself, and only two state their date', async () => {
    const { walk, results } = await loadAll(corpus('seeds'));
    expect(walk.skipped).toEqual([]);
    const outlets = Object.fromEntries(results.map(({ entry, result }) => [entry.path, result.ok ? `${result.doc.meta.outlet} (${result.doc.meta.outletSource})` : result.reason]));
    expect(outlets).toEqual({
      '000_7d0430d80f6f4323.txt': 'ITV News (signature)',
      '001_b3aaf2930145f7ea.txt': 'ITV News (signature)',
      '002_cbda20eabf96f340.txt': 'Sky News (signature)',
      '003_87d9f8a4d21f6c18.txt': 'The Moscow Times (url)',
      '004_2cb64c0ee2e1afa1.txt': 'Unknown (none)',
    });
    const dates = Object.fromEntries(results.map(({ entry, result }) => [entry.path, result.ok ? `${result.doc.meta.date} (${result.doc.meta.dateSource})` : result.reason]));
    expect(dates).toEqual({
      '000_7d0430d80f6f4323.txt': 'null (none)',
      '001_b3aaf2930145f7ea.txt': '2022-02-10 (metadata)',
      '002_cbda20eabf96f340.txt': 'null (none)',
      '003_87d9f8a4d21f6c18.txt': '2022-02-11 (dateline)',
      '004_2cb64c0ee2e1afa1.txt': 'null (none)',
    });
  });
});

describe('BASIL: 150 web-clipper Markdown files', () => {
  const OUTLET: Record<string, string> = { fox: 'Fox News', hpo: 'HuffPost', nyt: 'The New York Times' };
  const stories = JSON.parse(readFileSync(path.join(SHARED, 'eval', 'basil-stories.json'), 'utf8')) as Record<string, { outlet: string }>;

  it('every file parses with title and date from front matter and outlet from the source URL', async () => {
    const { walk, results } = await loadAll(corpus('basil'));
    expect(results).toHaveLength(150);
    expect(walk.skipped).toEqual([]);
    for (const { entry, result } of results) {
      if (!result.ok) throw new Error(`${entry.path}: ${result.reason}`);
      const raw = readFileSync(entry.abs, 'utf8');
      const title = (JSON.parse(/^title: (".*")$/m.exec(raw)![1]) as string).replace(/\s+/g, ' ').trim();
      const source = JSON.parse(/^source: (".*")$/m.exec(raw)![1]) as string;
      const published = /^published: (\S+)$/m.exec(raw)![1];
      // One clipping has an empty title: the first paragraph stands in, cut to headline length.
      if (title) expect(result.doc.meta.title).toBe(title);
      else expect(result.doc.meta.title).toBe('WASHINGTON — Representative Raúl R. Labrador, a Republican of Idaho who has barely served two terms in Congress, jumped…');
      expect(result.doc.meta, entry.path).toMatchObject({
        url: source,
        outlet: OUTLET[stories[entry.path].outlet.toLowerCase()],
        outletSource: 'url',
        date: published,
        dateSource: 'metadata',
        format: 'md',
      });
      expect(result.doc.text).not.toMatch(/^---|^title:|clippings/m);
      expect(result.doc.meta.words).toBeGreaterThan(50);
    }
  });
});

describe('BBC: 2,225 plain-text articles', () => {
  it('lists every article, skips README.TXT with a reason, and takes each headline from line 1', async () => {
    // sport/199.txt alone is not UTF-8: its "£15.8m" is a Latin-1 byte.
    const legacy = 'sport/199.txt';
    const { walk, results } = await loadAll(corpus('bbc'));
    expect(walk.files).toHaveLength(2225);
    expect(walk.skipped).toEqual([{ path: 'README.TXT', reason: 'documentation file (README.TXT), not an article' }]);
    const failures = results.filter((r) => !r.result.ok);
    expect(failures).toEqual([]);
    for (const { entry, result } of results) {
      if (!result.ok) continue;
      const firstLine = readFileSync(entry.abs, 'utf8').split('\n')[0].replace(/\s+/g, ' ').trim();
      expect(result.doc.meta.title, entry.path).toBe(firstLine);
      expect(result.doc.meta.encoding, entry.path).toBe(entry.path === legacy ? 'windows-1252 (detected)' : 'utf-8');
    }
    const mutu = results.find((r) => r.entry.path === legacy)!.result;
    expect(mutu.ok && mutu.doc.text).toContain('a £15.8m signing from Parma');
  }, 120_000);
});

describe('the same article in other encodings', () => {
  it('gives the same text, with the path taken recorded (real chardet)', async () => {
    const { promises: fs, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-enc-'));
    const utf8 = readFileSync(path.join(corpus('bbc'), 'business', '001.txt'));
    const text = utf8.toString('utf8');
    expect(text).toContain('£');
    const variants: Record<string, Buffer> = {
      'utf8.txt': utf8,
      'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
      'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'latin1.txt': Buffer.from(text, 'latin1'),
    };
    const expected: Record<string, string> = { 'utf8.txt': 'utf-8', 'bom.txt': 'utf-8 (bom)', 'utf16le.txt': 'utf-16le (bom)', 'latin1.txt': 'windows-1252 (detected)' };
    const texts = new Set<string>();
    for (const [name, bytes] of Object.entries(variants)) {
      await fs.writeFile(path.join(dir, name), bytes);
      const st = await fs.stat(path.join(dir, name));
      const r = await loadCorpusFile({ path: name, abs: path.join(dir, name), size: st.size, mtimeMs: st.mtimeMs });
      if (!r.ok) throw new Error(r.reason);
      expect(r.doc.meta.encoding, name).toBe(expected[name]);
      texts.add(r.doc.text);
    }
    expect(texts.size).toBe(1);
    await fs.rm(dir, { recursive: true, force: true });
  });
});
