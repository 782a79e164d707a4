/** Loaders for the story-grouping eval: BASIL (front matter), the seeds and BBC, as StoryDocs. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryDoc } from '../../core/compare';
import { parseDocument } from '../../core/parse/parse-document';

/**
 * A tiny YAML front-matter reader: `key: value` lines between two `---` lines, quotes
 * removed. Enough for clipped articles; the real parser lives in src/core/parse.
 */
export function readFrontMatter(raw: string): { meta: Record<string, string>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(raw);
  if (!m) return { meta: {}, body: raw };
  const meta: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (kv && kv[2] !== '') meta[kv[1]] = kv[2].replace(/^["']|["']$/g, '');
  }
  return { meta, body: raw.slice(m[0].length) };
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : 'unknown';
  } catch {
    return 'unknown';
  }
}

export function loadBasil(dir: string): StoryDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const { meta, body } = readFrontMatter(readFileSync(join(dir, f), 'utf8'));
      return { id: f, outlet: hostOf(meta.source), title: meta.title ?? f, text: body, date: /^\d{4}-\d{2}-\d{2}/.test(meta.published ?? '') ? meta.published.slice(0, 10) : null };
    });
}

/**
 * BASIL read by the app's own parser, as a user's folder would be. With `withoutPublished`,
 * every `published:` line is removed first, so each date is what the parser finds in the rest
 * (the article's header, the day in its link) or none: never a date the story mentions.
 */
export function loadBasilParsed(dir: string, opts: { withoutPublished: boolean }): StoryDoc[] {
  const noHtml = { extractHtml: () => { throw new Error('BASIL is Markdown'); } };
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      let raw = readFileSync(join(dir, f), 'utf8');
      if (opts.withoutPublished) raw = raw.replace(/^published:.*(?:\r?\n|$)/gm, '');
      const r = parseDocument({ path: f, bytes: new TextEncoder().encode(raw), mtimeMs: Date.now() }, noHtml);
      if (!r.ok) throw new Error(`${f}: ${r.reason}`);
      return { id: f, outlet: r.doc.meta.outlet, title: r.doc.meta.title, text: r.doc.text, date: r.doc.meta.date };
    });
}

// As the shared README names them; 001 is a copy of ITV's piece.
const SEED_OUTLETS = ['ITV News', 'ITV News', 'Sky News', 'The Moscow Times', 'The Guardian'];

/** Seeds have no metadata: title is the first non-empty line, no date. */
export function loadSeedDocs(dir: string): StoryDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => plainDoc(f, SEED_OUTLETS[i] ?? 'unknown', readFileSync(join(dir, f), 'utf8')));
}

export function loadBbc(dir: string): StoryDoc[] {
  const out: StoryDoc[] = [];
  for (const topic of readdirSync(dir, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    for (const f of readdirSync(join(dir, topic.name)).sort()) {
      if (f.endsWith('.txt')) out.push(plainDoc(`${topic.name}/${f}`, 'BBC', readFileSync(join(dir, topic.name, f), 'latin1')));
    }
  }
  return out;
}

function plainDoc(id: string, outlet: string, raw: string): StoryDoc {
  const text = raw.replace(/^\s+/, '');
  const nl = text.indexOf('\n');
  return { id, outlet, title: nl < 0 ? text : text.slice(0, nl).replace(/^#+\s*/, '').trim(), text: nl < 0 ? '' : text.slice(nl + 1), date: null };
}
