import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';
import type { HtmlExtract, ParseDeps } from './parsed-document';

const utf8 = (s: string) => new TextEncoder().encode(s);
const MTIME = Date.UTC(2024, 5, 1);
const noHtml: ParseDeps = { extractHtml: () => { throw new Error('not html'); } };
const parse = (path: string, content: string | Uint8Array, deps: ParseDeps = noHtml, mtimeMs = MTIME) =>
  parseDocument({ path, bytes: typeof content === 'string' ? utf8(content) : content, mtimeMs }, deps);
const doc = (...args: Parameters<typeof parse>) => {
  const r = parse(...args);
  if (!r.ok) throw new Error(r.reason);
  return r.doc;
};

const EXTRACT: HtmlExtract = {
  title: 'Port strike enters second week | The Harbour Post',
  text: 'Port strike enters second week\n\nAdvertisement\n\nDockers at Arden stayed out on Monday.',
  byline: 'By Ana Ruiz',
  siteName: 'The Harbour Post',
  publishedTime: '2024-10-10T08:00:00+01:00',
  canonicalUrl: 'https://harbourpost.example/strike',
  lang: 'en',
  jsonLd: null,
};

describe('parseDocument: files that are not articles', () => {
  it.each([
    ['a.txt', new Uint8Array(0), 'empty file'],
    ['a.txt', '  \n\t\n ', 'only whitespace, no text'],
    ['a.txt', new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00]), 'only whitespace, no text'],
    ['a.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), 'binary file, not text'],
    ['a.pdf', 'text', 'not an article file (.pdf)'],
    ['Makefile', 'text', 'not an article file (no extension)'],
    ['a.md', 'Advertisement\n\nPlay video\n', 'no article text found'],
  ])('%s %j → %s', (p, content, reason) => {
    expect(parse(p, content)).toEqual({ ok: false, reason });
  });

  it('turns an extractor crash into a reason, not an exception', () => {
    const r = parse('page.html', '<p>x</p>', { extractHtml: () => { throw new Error('boom'); } });
    expect(r).toEqual({ ok: false, reason: 'the page could not be read (boom)' });
  });
});

describe('parseDocument: plain text', () => {
  it('reads labelled metadata lines and leaves them out of the text', () => {
    const d = doc('wire/strike.TXT', 'Dockers walk out\nSource: Radio Meridian\nPublished: 4 October 2024\nBy Sergey Ivanenko\n\nThe strike began.\n');
    expect(d.meta).toMatchObject({ title: 'Dockers walk out', outlet: 'Radio Meridian', outletSource: 'metadata', date: '2024-10-04', dateSource: 'metadata', byline: 'Sergey Ivanenko', format: 'txt' });
    expect(d.text).toBe('Dockers walk out\n\nBy Sergey Ivanenko\n\nThe strike began.');
  });

  it('shortens a paragraph-long first line into a title', () => {
    const long = `${'The minister arrived in Kyiv on Tuesday for talks with the president about grain exports '.repeat(3)}and more.`;
    const d = doc('a.txt', `${long}\n\nSecond paragraph.`);
    expect(d.meta.title.length).toBeLessThanOrEqual(121);
    expect(d.meta.title.endsWith('…')).toBe(true);
    expect(long.startsWith(d.meta.title.slice(0, -1))).toBe(true);
  });

  it('joins hard-wrapped lines into paragraphs', () => {
    const wrapped = 'Flood warning\n\nThe river rose two metres overnight and the town council\nopened the sports hall to families from the lower streets\nwho had to leave their homes.\n';
    expect(doc('a.txt', wrapped).text).toBe('Flood warning\n\nThe river rose two metres overnight and the town council opened the sports hall to families from the lower streets who had to leave their homes.');
  });

  it('records a Windows-1252 file and reads its accents', () => {
    const bytes = Uint8Array.from([...utf8('Caf'), 0xe9, ...utf8(' owners '), 0x93, ...utf8('angry'), 0x94, ...utf8('.\n\nThe owners of the harbour caf'), 0xe9, ...utf8(' said trade had halved.')]);
    const d = doc('a.txt', bytes, { ...noHtml, detectEncoding: () => 'ISO-8859-1' });
    expect(d.meta.encoding).toBe('windows-1252 (detected)');
    expect(d.meta.title).toBe('Café owners “angry”.');
  });

  it('never takes the file time as the date: it is kept apart, for sorting by it', () => {
    expect(doc('a.txt', 'Title\n\nBody').meta).toMatchObject({ date: null, dateSource: 'none', fileModifiedMs: MTIME });
    expect(doc('a.txt', 'Title\n\nBody', noHtml, 0).meta).toMatchObject({ date: null, dateSource: 'none', fileModifiedMs: null });
  });

  it('takes a date from a dateline, not from a date the story mentions', () => {
    expect(doc('a.txt', 'Dockers walk out\n\nARDEN, 3 October 2024 (Capital Wire) – Dockers walked out.').meta).toMatchObject({ date: '2024-10-03', dateSource: 'dateline', outlet: 'Capital Wire', outletSource: 'signature' });
    expect(doc('a.txt', 'Strike ends\n\nThe strike that began on 3 October 2024 ended on Friday.').meta).toMatchObject({ date: null, dateSource: 'none' });
  });
});

describe('parseDocument: Markdown', () => {
  it('prefers front matter, cleans the title of its site suffix, keeps the source URL', () => {
    const md = '---\ntitle: "Floods close the ring road - Northern Ledger"\nsite: Northern Ledger\nsource: https://ledger.example/floods\npublished: 2024-11-02T07:00:00Z\nauthor: ["[[Mohammed Karimi]]"]\n---\n\n# Floods close the ring road\n\nWater **rose** fast.';
    expect(doc('clips/floods.markdown', md).meta).toMatchObject({
      title: 'Floods close the ring road',
      outlet: 'Northern Ledger',
      outletSource: 'metadata',
      url: 'https://ledger.example/floods',
      date: '2024-11-02',
      dateSource: 'metadata',
      byline: 'Mohammed Karimi',
      format: 'md',
    });
  });

  it('falls back to the URL domain, then the dateline, then the day in the link, then the clip date', () => {
    const md = '---\nsource: "https://www.theguardian.com/world/2024/oct/04/x"\ncreated: 2024-12-01\n---\nHeadline\n\nKYIV, 3 October 2024 – Text.';
    expect(doc('a.md', md).meta).toMatchObject({ outlet: 'The Guardian', outletSource: 'url', date: '2024-10-03', dateSource: 'dateline' });
    const linked = '---\nsource: "https://www.foxnews.com/politics/2016/09/29/x.html"\ncreated: 2024-12-01\n---\nHeadline\n\nText of 11 September 2001.';
    expect(doc('a.md', linked).meta).toMatchObject({ outlet: 'Fox News', date: '2016-09-29', dateSource: 'metadata' });
    const undated = '---\nsource: "https://example.org/x"\ncreated: 2024-12-01\n---\nHeadline\n\nText.';
    expect(doc('a.md', undated).meta).toMatchObject({ outlet: 'example.org', date: '2024-12-01', dateSource: 'metadata' });
  });

  it('reads Markdown without front matter: first heading is the title', () => {
    const d = doc('a.md', 'Intro line\n\n## Not the title\n\nBody');
    expect(d.meta.title).toBe('Intro line');
    expect(doc('b.md', '## The title\n\nBody').meta.title).toBe('The title');
  });

  it('survives broken front matter', () => {
    const d = doc('a.md', '---\ntitle: "Unclosed\n\nThe article text is here.');
    expect(d.text).toContain('The article text is here.');
  });
});

describe('parseDocument: HTML', () => {
  it('takes page metadata from the extractor and cleans its text', () => {
    let seen = '';
    const d = doc('pages/strike.HTM', '<html><title>x</title></html>', { extractHtml: (html) => ((seen = html), EXTRACT) });
    expect(seen).toBe('<html><title>x</title></html>');
    expect(d.meta).toMatchObject({
      title: 'Port strike enters second week',
      outlet: 'The Harbour Post',
      outletSource: 'metadata',
      date: '2024-10-10',
      dateSource: 'metadata',
      url: 'https://harbourpost.example/strike',
      byline: 'Ana Ruiz',
      format: 'html',
    });
    expect(d.text).toBe('Port strike enters second week\n\nDockers at Arden stayed out on Monday.');
  });

  it('uses JSON-LD when the page has no Open Graph data', () => {
    const extract: HtmlExtract = { ...EXTRACT, title: null, siteName: null, publishedTime: null, canonicalUrl: null, byline: null, jsonLd: { headline: 'LD headline', publisher: 'Capital Wire', datePublished: '2024-10-05', author: 'Jo Bloggs' } };
    const d = doc('a.html', '<p>x</p>', { extractHtml: () => extract });
    expect(d.meta).toMatchObject({ title: 'LD headline', outlet: 'Capital Wire', date: '2024-10-05', byline: 'Jo Bloggs' });
    // Readability drops the headline; it is put back so every format's text starts alike.
    expect(d.text.startsWith('LD headline\n\nPort strike enters second week')).toBe(true);
  });

  it('hands the extractor text decoded with the page’s declared charset', () => {
    const page = Uint8Array.from([...utf8('<meta charset="windows-1252"><p>Caf'), 0xe9, ...utf8('</p>')]);
    let seen = '';
    const d = doc('a.html', page, { extractHtml: (html) => ((seen = html), { ...EXTRACT, text: 'Café' }) });
    expect(seen).toContain('Café');
    expect(d.meta.encoding).toBe('windows-1252 (meta)');
  });
});

describe('parseDocument: determinism', () => {
  it('gives equal results for equal input', () => {
    const input = '---\ntitle: A\n---\nText on 3 October 2024.';
    expect(parse('a.md', input)).toEqual(parse('a.md', input));
  });
});

describe('parseDocument: hostile sizes and shapes', () => {
  it('parses 400,000 one-line paragraphs without exhausting the stack', () => {
    const r = parse('lines.txt', 'Short line\n'.repeat(400_000));
    expect(r.ok && r.doc.meta.words).toBe(800_000);
  });

  it('stays fast on a megabyte of unclosed Markdown brackets', () => {
    for (const junk of ['['.repeat(1_000_000), '!['.repeat(500_000), '[['.repeat(500_000)]) {
      const t0 = Date.now();
      expect(parse('junk.md', `Title\n\n${junk}`).ok).toBe(true);
      expect(Date.now() - t0).toBeLessThan(5000);
    }
  });
});
