import { parseDateString } from './dates';
import { normaliseNewlines } from './paragraphs';

export interface Labels {
  title: string | null;
  outlet: string | null;
  url: string | null;
  date: string | null;
  byline: string | null;
}

// Saved and exported articles put their metadata as "Label: value" lines at the top or bottom.
const EDGE_LINES = 10;
const URL_LABEL = /^(?:original url|source url|url|link|permalink|canonical(?: url)?)\s*:\s*(.*)$/i;
const OUTLET_LABEL = /^(?:source|publication|publisher|outlet|site|site name|newspaper)\s*:\s*(.*)$/i;
const DATE_LABEL = /^(?:date|published|publication date|pub(?:lished)? date|posted|dateline)\s*:\s*(.+)$/i;
const AUTHOR_LABEL = /^(?:author|authors|byline|by)\s*:\s*(.+)$/i;
const TITLE_LABEL = /^(?:title|headline)\s*:\s*(.+)$/i;

const asUrl = (s: string) => /^<?(https?:\/\/[^\s>]+)>?$/i.exec(s.trim())?.[1] ?? null;
// An outlet name is short and not a sentence: "Source: a senior official said…" is prose.
const asName = (s: string) => (s.length <= 60 && s.split(/\s+/).length <= 6 && !/[.!?,;]\s|[.!?]$/.test(s) ? s : null);

/**
 * Reads "Label: value" metadata lines near the top and bottom of a text and returns the
 * text without them, so "Original url:" and its link are metadata rather than article words.
 */
export function extractLabels(text: string): { labels: Labels; rest: string } {
  const lines = normaliseNewlines(text).split('\n');
  const labels: Labels = { title: null, outlet: null, url: null, date: null, byline: null };
  const nonEmpty = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  const top = new Set(nonEmpty.slice(0, EDGE_LINES));
  const edges = [...nonEmpty.slice(0, EDGE_LINES), ...nonEmpty.slice(-EDGE_LINES).filter((i) => !top.has(i))];
  const drop = new Set<number>();

  for (const i of edges) {
    if (drop.has(i)) continue;
    const line = lines[i].trim().replace(/^\*\*([^*]+):\*\*/, '$1:');
    let m: RegExpExecArray | null;
    if ((m = URL_LABEL.exec(line))) {
      const next = nonEmpty.find((j) => j > i);
      const inline = asUrl(m[1]);
      const following = !m[1].trim() && next !== undefined ? asUrl(lines[next]) : null;
      if (inline || following) {
        labels.url ??= inline ?? following;
        drop.add(i);
        if (following && next !== undefined) drop.add(next);
      }
    } else if ((m = OUTLET_LABEL.exec(line))) {
      const url = asUrl(m[1]);
      const name = url ? null : asName(m[1].trim());
      if (url) labels.url ??= url;
      if (name) labels.outlet ??= name;
      if (url || name) drop.add(i);
    } else if ((m = DATE_LABEL.exec(line)) && parseDateString(m[1])) {
      labels.date ??= parseDateString(m[1]);
      drop.add(i);
    } else if ((m = AUTHOR_LABEL.exec(line)) && asName(m[1].trim())) {
      labels.byline ??= m[1].trim();
      drop.add(i);
    } else if (top.has(i) && (m = TITLE_LABEL.exec(line))) {
      labels.title ??= m[1].trim();
      drop.add(i);
    }
  }
  return { labels, rest: lines.filter((_, i) => !drop.has(i)).join('\n') };
}

/** A machine-written " date 2022-02-10 " prefix on the first line: the date, and the text without it. */
export function extractDatePrefix(text: string): { date: string | null; rest: string } {
  const m = /^\s*date\s*:?\s+(\d{4}-\d{2}-\d{2})[ \t]+(?=\S)/i.exec(text);
  const date = m ? parseDateString(m[1]) : null;
  return date && m ? { date, rest: text.slice(m[0].length) } : { date: null, rest: text };
}
