import type { DocMeta, TextRange } from './document';
import type { VariantMark } from './search-types';

/** same: word for word; spelling: the same but for spelling-only changes ("same (spelling)"). */
export type SegmentKind = 'same' | 'spelling' | 'reworded' | 'moved' | 'onlyA' | 'onlyB';
export type SpellingReason = 'name-variant' | 'diacritics' | 'quote-style' | 'number-format' | 'case' | 'punctuation';

export interface WordChange {
  op: 'equal' | 'insert' | 'delete' | 'replace';
  a: string;
  b: string;
  aRange: TextRange | null;
  bRange: TextRange | null;
  spellingOnly: boolean;
  reason?: SpellingReason;
}

export interface Segment {
  kind: SegmentKind;
  a: string | null;
  b: string | null;
  aRanges: TextRange[];
  bRanges: TextRange[];
  changes: WordChange[];
}

export interface QuoteReport {
  side: 'A' | 'B';
  text: string;
  speaker: string | null;
  range: TextRange;
  otherSide: 'verbatim' | 'reworded' | 'absent';
  otherText: string | null;
  otherRange: TextRange | null;
  changes: WordChange[];
}

export interface FactItem {
  text: string;
  ranges: TextRange[];
}

export interface Facts {
  names: FactItem[];
  numbers: FactItem[];
  dates: FactItem[];
}

export interface Comparison {
  /** The one similarity figure (see SIMILARITY_DEFINITION in compare-labels.ts), 0..1. */
  similarity: number;
  /** Spelling-only word changes in aligned passages, whatever the passage's kind. */
  spellingChanges: number;
  /** Aligned passages (one or two sentences a side) of each kind. */
  counts: Record<SegmentKind, number>;
  /** Sentences of each kind: A's sentences for same, reworded, moved and only-A; B's for only-B. */
  sentences: Record<SegmentKind, number>;
  segments: Segment[];
  quotes: QuoteReport[];
  onlyA: Facts;
  onlyB: Facts;
}

export interface ComparisonView {
  a: DocMeta;
  b: DocMeta;
  aText: string;
  bText: string;
  comparison: Comparison;
  /** Name-spelling marks in each text, so both panes colour a group alike. */
  aMarks: VariantMark[];
  bMarks: VariantMark[];
}

export interface Counterpart {
  meta: DocMeta;
  /** Story closeness (cosine of story vectors), for finding and ordering: not shown as a figure. */
  score: number;
  /** The comparison's similarity for this pair, the figure the picker shows. */
  similarity: number;
  nearCopy: boolean;
}

export interface StoryView {
  id: string;
  title: string;
  documents: DocMeta[];
  outlets: string[];
}

export interface StoriesView {
  stories: StoryView[];
  duplicates: [string, string, number][];
}
