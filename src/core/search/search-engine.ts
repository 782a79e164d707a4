import lunr from 'lunr';
import type { DocMeta, TextRange } from '../../shared/document';
import type { SearchHit, SearchRequest, SearchResponse } from '../../shared/search-types';
import { monthFacet, monthOf, outletFacet } from './facets';
import { findHits } from './find-hits';
import { PhraseIndex } from './phrase-index';
import { tokenize } from '../text/tokenize';
import { scoreDocuments } from './score-documents';
import { indexTerm } from './index-terms';
import { invertedIndexOf } from './lunr-internals';
import { parseQuery } from './query-parser';
import { QueryError } from './query-error';
import { resolveQuery, type ResolvedClause, type ResolvedQuery } from './resolve-query';
import { buildSnippets } from './snippets';
import { NO_VARIANTS, type VariantLookup, type VariantOptions } from './variant-lookup';

export interface EngineDoc {
  meta: DocMeta;
  text: string;
}

const DEFAULT_LIMIT = 50;
/** How much another spelling of a typed name counts, relative to the spelling typed. */
const VARIANT_WEIGHT = 0.8;

/**
 * Search over one opened corpus: lunr scores, exact boolean semantics from the inverted
 * index, phrases verified against the text. Immutable but for `metas` (outlet overrides).
 */
export class SearchEngine {
  /** Document ids by position: the index's refs are positions (see refOf), in `docs` order. */
  private readonly ids: string[];
  private readonly pos: Map<string, number>;
  private readonly phrases = new PhraseIndex();
  private outletIndex: Map<string, Set<string>> | null = null;
  private warmed = 0;

  constructor(
    readonly index: lunr.Index,
    readonly docs: Map<string, EngineDoc>,
    private variants: VariantLookup = NO_VARIANTS,
  ) {
    this.ids = [...docs.keys()];
    this.pos = new Map(this.ids.map((id, i) => [id, i]));
  }

  private idOf(ref: string): string {
    return this.ids[parseInt(ref, 36)];
  }

  setVariants(v: VariantLookup): void {
    this.variants = v;
  }

  resolve(query: string, options: VariantOptions = { enabled: true }): ResolvedQuery {
    return resolveQuery(parseQuery(query), this.index, this.variants, options);
  }

  /** Every matching id with its score, unfiltered. Throws QueryError for a query the user must fix. */
  match(query: string, options?: VariantOptions): { scores: Map<string, number>; resolved: ResolvedQuery } {
    const resolved = this.resolve(query, options);
    const cs = resolved.clauses;
    if (query.trim() === '') return { scores: new Map([...this.docs.keys()].map((id) => [id, 0])), resolved };
    const positive = cs.filter((c) => c.clause.presence !== 'prohibited');
    if (positive.length === 0) {
      if (cs.length > 0) throw new QueryError('Add a word to search for: "-" only removes articles from other results.');
      return { scores: new Map(), resolved };
    }
    const required = positive.filter((c) => c.clause.presence === 'required' || c.slots);
    let ids: Set<string>;
    if (required.length) {
      ids = this.docsFor(required[0]);
      for (const c of required.slice(1)) ids = intersect(ids, this.docsFor(c));
    } else {
      ids = new Set();
      for (const c of positive) for (const id of this.docsFor(c)) ids.add(id);
    }
    for (const c of cs.filter((x) => x.clause.presence === 'prohibited')) {
      // Documents with every word of a prohibited phrase are checked; a prohibited word is a set difference.
      for (const id of this.docsFor(c)) if (ids.has(id) && (!c.slots || this.hasPhrase(id, c))) ids.delete(id);
    }
    for (const c of required.filter((x) => x.slots)) {
      for (const id of [...ids]) if (!this.hasPhrase(id, c)) ids.delete(id);
    }
    return { scores: this.score(ids, positive), resolved };
  }

  search(req: SearchRequest): SearchResponse {
    const started = Date.now();
    const { scores, resolved } = this.match(req.query, req.variants);
    const all = [...scores.keys()].map((id) => this.docs.get(id)!.meta);
    const outlets = new Set(req.outlets ?? []);
    const months = new Set(req.months ?? []);
    const byOutlet = (m: DocMeta) => outlets.size === 0 || outlets.has(m.outlet);
    const byMonth = (m: DocMeta) => months.size === 0 || months.has(monthOf(m));
    const kept = all.filter((m) => byOutlet(m) && byMonth(m)).map((m) => ({ m, s: scores.get(m.id) ?? 0 }));
    const sort = req.sort ?? 'relevance';
    const empty = req.query.trim() === '';
    kept.sort(comparer(sort === 'relevance' && empty ? 'date-desc' : sort));
    const offset = req.offset ?? 0;
    const page = kept.slice(offset, offset + (req.limit ?? DEFAULT_LIMIT));
    return {
      query: req.query,
      total: kept.length,
      offset,
      hits: page.map(({ m, s }) => this.hit(m, s, resolved.clauses)),
      facets: { outlets: outletFacet(all.filter(byMonth)), months: monthFacet(all.filter(byOutlet)) },
      expansions: resolved.expansions,
      notes: resolved.notes,
      elapsedMs: Date.now() - started,
    };
  }

  /** Query hits inside one document's text. */
  hitsIn(id: string, query: string, options?: VariantOptions): TextRange[] {
    const doc = this.docs.get(id);
    if (!doc || !query.trim()) return [];
    return findHits(doc.text, this.resolve(query, options).clauses);
  }

  private hit(meta: DocMeta, score: number, clauses: ResolvedClause[]): SearchHit {
    const text = this.docs.get(meta.id)!.text;
    const hits = findHits(text, clauses);
    if (hits.length === 0) {
      // Nothing to show in context (browsing, or a title-only match): open on the article, not its headline again.
      const first = text.indexOf('\n\n');
      const lead = text.startsWith(meta.title) && first > 0 ? text.slice(first + 2) : text;
      return { ...hitMeta(meta), score, snippets: buildSnippets(lead, [], 1) };
    }
    return { ...hitMeta(meta), score, snippets: buildSnippets(text, hits) };
  }

  private docsFor(c: ResolvedClause): Set<string> {
    if (c.slots) {
      let out: Set<string> | null = null;
      for (const slot of c.slots) {
        const set = this.docsForTerms(resolveSlotTerms(slot), c);
        if (set === null) continue; // only stop words here: checked against the text later
        out = out ? intersect(out, set) : set;
      }
      return out ?? new Set(this.docs.keys());
    }
    return this.docsForTerms(c.terms, c) ?? new Set();
  }

  private docsForTerms(terms: string[], c: ResolvedClause): Set<string> | null {
    if (terms.length === 0) return null;
    const out = new Set<string>();
    const inv = invertedIndexOf(this.index);
    for (const t of terms) {
      if (c.fields.includes('outlet')) for (const id of this.outletDocs(t)) out.add(id);
      if (!Object.prototype.hasOwnProperty.call(inv, t)) continue;
      const posting = inv[t];
      for (const f of c.fields) {
        const refs = f === 'outlet' ? null : posting[f];
        if (refs) for (const ref of Object.keys(refs)) out.add(this.idOf(ref));
      }
    }
    return out;
  }

  /**
   * Documents whose outlet, as it is now, has the term. The index's outlet field is as of the
   * last build; the user may have renamed outlets since (setOutlet), and matching must follow.
   */
  private outletDocs(term: string): Set<string> {
    if (!this.outletIndex) {
      this.outletIndex = new Map();
      for (const d of this.docs.values()) {
        for (const tok of tokenize(d.meta.outlet)) {
          const t = indexTerm(tok.norm);
          if (!t) continue;
          const set = this.outletIndex.get(t) ?? new Set<string>();
          set.add(d.meta.id);
          this.outletIndex.set(t, set);
        }
      }
    }
    return this.outletIndex.get(term) ?? new Set();
  }

  /** Call after outlets change, so outlet: queries and facets read the new names. */
  outletsChanged(): void {
    this.outletIndex = null;
  }

  private hasPhrase(id: string, c: ResolvedClause): boolean {
    const doc = this.docs.get(id)!;
    const slots = c.slots!;
    return (
      (c.fields.includes('body') && this.phrases.contains('b' + id, doc.text, slots)) ||
      (c.fields.includes('title') && this.phrases.contains('t' + id, doc.meta.title, slots))
    );
  }

  /** Fills the phrase index for up to `count` documents; false once every document is in. */
  warmPhrases(count: number): boolean {
    for (; this.warmed < this.ids.length && count > 0; this.warmed++, count--) {
      const doc = this.docs.get(this.ids[this.warmed])!;
      this.phrases.sequence('b' + doc.meta.id, doc.text);
      this.phrases.sequence('t' + doc.meta.id, doc.meta.title);
    }
    return this.warmed < this.ids.length;
  }

  private score(ids: Set<string>, positive: ResolvedClause[]): Map<string, number> {
    const scores = new Map<string, number>();
    if (ids.size === 0) return scores;
    // Other spellings score with the typed spelling's rarity, a little below it: a rare misspelling
    // ("Sergay", one article) must not outrank the "Sergei" the user typed.
    const weight = (c: ResolvedClause, term: string) => c.clause.boost * (c.slots ? 1.5 : 1) * (c.variantTerms?.has(term) ? VARIANT_WEIGHT : 1);
    const terms = positive.flatMap((c) =>
      c.terms.map((term) => ({ term, fields: c.fields, boost: weight(c, term), idfOf: c.variantTerms?.has(term) ? c.typed : undefined })),
    );
    const byPos = scoreDocuments(this.index, terms, this.ids.length);
    for (const id of ids) scores.set(id, byPos[this.pos.get(id)!]);
    return scores;
  }
}

function resolveSlotTerms(slot: Set<string>): string[] {
  return [...slot].map(indexTerm).filter((t): t is string => !!t);
}

function intersect<T>(a: Set<T>, b: Set<T>): Set<T> {
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  const out = new Set<T>();
  for (const x of small) if (big.has(x)) out.add(x);
  return out;
}

/** Plain code-unit order: stable and fast (localeCompare costs microseconds a call, and sorts call it n·log n times). */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

type Scored = { m: DocMeta; s: number };

const hitMeta = (m: DocMeta) => ({ id: m.id, path: m.path, title: m.title, outlet: m.outlet, outletSource: m.outletSource, date: m.date, dateSource: m.dateSource });

/**
 * Relevance, newest or oldest first (the undated last either way), or most recently modified
 * file first; ties broken by date, then path, so pages never shuffle.
 */
function comparer(sort: string): (a: Scored, b: Scored) => number {
  const newer = (x: DocMeta, y: DocMeta) => cmp(y.date ?? '', x.date ?? '');
  const undatedLast = (x: DocMeta, y: DocMeta) => (!x.date === !y.date ? 0 : x.date ? -1 : 1);
  if (sort === 'date-desc') return (a, b) => undatedLast(a.m, b.m) || newer(a.m, b.m) || cmp(a.m.path, b.m.path);
  if (sort === 'date-asc') return (a, b) => undatedLast(a.m, b.m) || newer(b.m, a.m) || cmp(a.m.path, b.m.path);
  if (sort === 'file-modified') return (a, b) => (b.m.fileModifiedMs ?? 0) - (a.m.fileModifiedMs ?? 0) || cmp(a.m.path, b.m.path);
  return (a, b) => b.s - a.s || undatedLast(a.m, b.m) || newer(a.m, b.m) || cmp(a.m.path, b.m.path);
}
