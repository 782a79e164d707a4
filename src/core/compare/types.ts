import type * as Shared from '../../shared/compare-types';
import type { TextRange } from '../../shared/document';

export type { TextRange };

/** One sentence of a text, with its place: offsets are [start, end) into the text given. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the blank-line separated paragraph holding it, from 0. */
  paragraph: number;
}

// The wire contract lives in src/shared; the engine re-exports it so both cannot drift.
export type SpellingReason = Shared.SpellingReason;
export type WordChange = Shared.WordChange;
export type SegmentKind = Shared.SegmentKind;
export type QuoteReport = Shared.QuoteReport;
export type FactItem = Shared.FactItem;
export type Facts = Shared.Facts;

/**
 * kind — same: word for word; spelling: identical once spelling-only differences are set
 * aside (those stay marked in changes, spellingOnly with a reason); reworded: aligned, in reading order, with real word
 * changes; moved: aligned but out of order relative to the rest (look at changes to see
 * whether it was also reworded); onlyA/onlyB: no counterpart.
 * a/b — full text of the aligned sentence(s); aRanges/bRanges — one range per sentence.
 * changes — word diff tiling a and b exactly; empty for one-sided segments.
 */
export interface Segment extends Shared.Segment {
  /** Sentence similarity of the pair (0..1); 0 for one-sided segments. */
  score: number;
}

export interface Comparison extends Shared.Comparison {
  /** 2·(words kept, spelling aside) / (words in A + words in B): see wordSimilarity in compare-texts.ts. */
  similarity: number;
  /** Number of segments of each kind. */
  counts: Record<SegmentKind, number>;
  segments: Segment[];
}

export type SpellingVariantTest = (wordA: string, wordB: string) => boolean;

export interface CompareOptions {
  /** Decides whether two differing words are spellings of one name; replaces the built-in heuristic. */
  isSpellingVariant?: SpellingVariantTest;
}
