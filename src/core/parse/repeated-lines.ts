import { tokenize } from '../text/tokenize';
import type { ParsedDocument } from './parsed-document';
import { joinParagraphs, paragraphsOf } from './paragraphs';

export interface RepeatedLineOptions {
  /** A line must appear in at least this many files of one outlet… */
  minFiles?: number;
  /** …and in at least this share of that outlet's files. */
  minShare?: number;
  /** Longer lines are prose: two files sharing them are copies, not furniture. */
  maxLineLength?: number;
}

const DEFAULTS: Required<RepeatedLineOptions> = { minFiles: 3, minShare: 0.3, maxLineLength: 160 };

const normalise = (line: string) => line.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The lines (normalised) that recur across one outlet's files: site furniture such as
 * sign-offs and promos that no curated list can know. Keyed by outlet.
 */
export function findRepeatedLines(docs: ParsedDocument[], opts: RepeatedLineOptions = {}): Map<string, Set<string>> {
  const o = { ...DEFAULTS, ...opts };
  const byOutlet = new Map<string, ParsedDocument[]>();
  for (const d of docs) {
    const group = byOutlet.get(d.meta.outlet);
    if (group) group.push(d);
    else byOutlet.set(d.meta.outlet, [d]);
  }

  const result = new Map<string, Set<string>>();
  for (const [outlet, group] of byOutlet) {
    if (group.length < o.minFiles) continue;
    const needed = Math.max(o.minFiles, Math.ceil(o.minShare * group.length));
    // Count distinct titles, not files: three saved copies of one story share their quotes,
    // which are not furniture. Capped at `needed` to bound memory on large corpora.
    const titles = new Map<string, Set<string>>();
    for (const d of group) {
      const title = normalise(d.meta.title);
      for (const line of new Set(paragraphsOf(d.text).filter((p) => p.length <= o.maxLineLength).map(normalise))) {
        const set = titles.get(line) ?? new Set<string>();
        if (set.size < needed) set.add(title);
        titles.set(line, set);
      }
    }
    const repeated = new Set([...titles].filter(([, t]) => t.size >= needed).map(([line]) => line));
    if (repeated.size) result.set(outlet, repeated);
  }
  return result;
}

/**
 * Removes lines repeated across many files of the same outlet from those files' text and
 * recounts words. Pure: returns new documents, unchanged ones as they were. A document is
 * left alone rather than emptied (a stack of near-identical files is not all furniture).
 */
export function removeRepeatedLines(docs: ParsedDocument[], opts: RepeatedLineOptions = {}): ParsedDocument[] {
  const repeated = findRepeatedLines(docs, opts);
  return docs.map((d) => {
    const lines = repeated.get(d.meta.outlet);
    if (!lines) return d;
    const paras = paragraphsOf(d.text);
    const kept = paras.filter((p) => !lines.has(normalise(p)));
    if (kept.length === paras.length || kept.length === 0) return d;
    const text = joinParagraphs(kept);
    return { ...d, text, meta: { ...d.meta, words: tokenize(text).length } };
  });
}
