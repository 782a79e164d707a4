import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHtmlExtractor } from './html-extractor';
import { loadCorpusFile } from './load-corpus-file';

// Windows-1252 bytes for the few non-ASCII characters the page uses.
const CP1252: Record<string, number> = { é: 0xe9, '“': 0x93, '”': 0x94, '©': 0xa9, '’': 0x92 };
const cp1252 = (s: string) => Uint8Array.from(Array.from(s, (c) => CP1252[c] ?? c.charCodeAt(0)));

const PAGE = `<!DOCTYPE html>
<html lang="en-GB"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Café owners fear the strike | The Harbour Post</title>
<meta property="og:site_name" content="The Harbour Post">
<meta property="article:published_time" content="2024-10-09T07:30:00+01:00">
<link rel="canonical" href="https://harbourpost.example/news/cafe-owners">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"Organization","@id":"#org","name":"Harbour Post Ltd"},
  {"@type":"NewsArticle","headline":"Café owners fear the strike","datePublished":"2024-10-08","author":[{"@type":"Person","name":"Ana Ruiz"}],"publisher":{"@id":"#org"}}]}</script>
<script>document.write("<p>SCRIPT RAN</p>"); var secretToken = "do-not-index";</script>
<style>.x { color: red }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article>
<h1>Café owners fear the strike</h1>
<p>Owners of the waterfront cafés in Arden say the dock strike has halved their trade. “We serve the dockers breakfast every morning,” said Maria Costa, who runs the Blue Anchor.</p>
<p>Advertisement</p>
<p>The strike, now in its second week, has closed the container terminal and left dozens of ships waiting in the bay. Union leader Sergei Marchenko said talks would resume on Friday.</p>
<p>The port authority said it had made a “fair and final” offer and urged workers to accept it before the weekend.</p>
</article>
<footer>© 2024 The Harbour Post</footer>
<script>document.body.innerHTML += "<p>LATE SCRIPT RAN</p>"</script>
</body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'parallax-html-'));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('HTML pages', () => {
  it('reads a Windows-1252 page with Open Graph and JSON-LD, and never runs its scripts', async () => {
    const abs = join(dir, 'cafe.html');
    await fs.writeFile(abs, cp1252(PAGE));
    const st = await fs.stat(abs);
    const r = await loadCorpusFile({ path: 'pages/cafe.html', abs, size: st.size, mtimeMs: st.mtimeMs });
    if (!r.ok) throw new Error(r.reason);
    expect(r.doc.meta).toMatchObject({
      title: 'Café owners fear the strike',
      outlet: 'The Harbour Post',
      outletSource: 'metadata',
      date: '2024-10-09',
      dateSource: 'metadata',
      url: 'https://harbourpost.example/news/cafe-owners',
      byline: 'Ana Ruiz',
      format: 'html',
      encoding: 'windows-1252 (meta)',
    });
    expect(r.doc.text).toContain('“We serve the dockers breakfast every morning,” said Maria Costa');
    expect(r.doc.text.startsWith('Café owners fear the strike\n\nOwners of the waterfront cafés')).toBe(true);
    for (const absent of ['SCRIPT RAN', 'secretToken', 'do-not-index', 'color: red', 'Advertisement', 'Home News']) expect(r.doc.text).not.toContain(absent);
  });

  it('exposes JSON-LD separately, resolving a publisher given by reference', () => {
    const x = createHtmlExtractor()(PAGE);
    expect(x.jsonLd).toEqual({ headline: 'Café owners fear the strike', datePublished: '2024-10-08', author: 'Ana Ruiz', publisher: 'Harbour Post Ltd' });
    expect(x.siteName).toBe('The Harbour Post');
    expect(x.lang).toBe('en-GB');
  });

  it('falls back to the body text when Readability finds no article', () => {
    const x = createHtmlExtractor()('<html><body><div>Short note.</div><div>Second line.</div><script>x=1</script></body></html>');
    expect(x.text).toBe('Short note.\n\nSecond line.');
    expect(x.title).toBeNull();
    expect(x.jsonLd).toBeNull();
  });

  it('survives malformed JSON-LD and odd markup', () => {
    const x = createHtmlExtractor()('<script type="application/ld+json">{not json</script><p>Para<br>two</p><table><tr><td>cell</td></tr></table>');
    expect(x.jsonLd).toBeNull();
    expect(x.text).toBe('Para\n\ntwo\n\ncell');
  });

  it('drops inlined data: images before parsing, so a single-file page stays fast', () => {
    const page = `<article><h1>Saved whole</h1><p>${'Real text here. '.repeat(40)}</p><img src="data:image/png;base64,${'A'.repeat(5_000_000)}"></article>`; // 17 s in Readability when left in
    const t0 = Date.now();
    const x = createHtmlExtractor()(page);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(x.text).toContain('Real text here.');
  });

  it('keeps hostile nesting cheap: no Readability past 150 levels, no DOM past 1,000', () => {
    const nest = (n: number) => `<title>Deep</title>${'<div>'.repeat(n)}Deep text &amp; more<script>x()</script>${'</div>'.repeat(n)}`;
    for (const depth of [400, 5000]) {
      const t0 = Date.now();
      const x = createHtmlExtractor()(nest(depth));
      expect(Date.now() - t0).toBeLessThan(5000);
      expect(x.text).toBe('Deep text & more');
      expect(x.title).toBe('Deep');
    }
  });
});
