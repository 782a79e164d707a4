import type { DateSource, DocMeta, OutletSource, TextRange } from './document';
import type { VariantConfidence } from './variant-types';

/** Dates sort the dated first and the undated last; 'file-modified' is the one order by file time, asked for by name. */
export type SortOrder = 'relevance' | 'date-desc' | 'date-asc' | 'file-modified';

export interface SearchRequest {
  query: string;
  /** Keep only these outlets (empty or absent: all). */
  outlets?: string[];
  /** Keep only these months, YYYY-MM (empty or absent: all). */
  months?: string[];
  sort?: SortOrder;
  offset?: number;
  limit?: number;
  /**
   * Name spellings: on by default. A query word matches its high-confidence spellings but those in
   * `excluded` (switched off), plus the possible ones in `included` (suggestions the user added).
   */
  variants?: { enabled: boolean; excluded?: string[]; included?: string[] };
}

/** A keyword-in-context excerpt; highlights are ranges into `text`. */
export interface Snippet {
  text: string;
  highlights: TextRange[];
  /** True when the excerpt starts or ends inside the paragraph. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface SearchHit {
  id: string;
  path: string;
  title: string;
  outlet: string;
  outletSource: OutletSource;
  /** Publication date; null when the article gives none (never the file's time). */
  date: string | null;
  dateSource: DateSource;
  score: number;
  snippets: Snippet[];
}

export interface FacetCount {
  value: string;
  count: number;
}

/** Another spelling of a query word, and whether this search uses it. */
export interface ExpansionSpelling {
  text: string;
  count: number;
  /**
   * 'high': the folder shows it names the same one, so it is searched unless switched off.
   * 'possible': only spelt alike, so it is a suggestion, searched once the user adds it.
   */
  confidence: VariantConfidence;
  /** Searched by this request: a high spelling not excluded, or a possible one the user included. */
  enabled: boolean;
}

/** What a query word also matched (or might), through a group of name spellings. */
export interface QueryExpansion {
  word: string;
  groupId: string;
  spellings: ExpansionSpelling[];
}

export interface SearchResponse {
  query: string;
  total: number;
  offset: number;
  hits: SearchHit[];
  facets: { outlets: FacetCount[]; months: FacetCount[] };
  expansions: QueryExpansion[];
  /** Plain-language remarks about the query, e.g. a skipped common word. */
  notes: string[];
  elapsedMs: number;
}

export interface DocumentRequest {
  id: string;
  query?: string;
  variants?: SearchRequest['variants'];
}

/** A name-spelling mark in a shown text. */
export interface VariantMark extends TextRange {
  groupId: string;
}

export interface DocumentView {
  meta: DocMeta;
  /** Clean text: furniture removed, paragraphs separated by a blank line. */
  text: string;
  /** The decoded file as it was. */
  original: string;
  /** Query hits in `text`, in reading order. */
  hits: TextRange[];
  variantMarks: VariantMark[];
}
