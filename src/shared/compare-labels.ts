/**
 * A comparison's kinds in words. The contract carries kinds (compare-types.ts: a passage's
 * SegmentKind, a spelling-only change's SpellingReason, a quotation's fate on the other side);
 * this is the one place that says them, for the compare view, its HTML export and any other
 * surface. A kind from the wire that this build does not know still reads as something useful.
 */
import type { QuoteReport, SegmentKind, SpellingReason } from './compare-types';

/** Reading order of the kinds in legends and the summary: agreement first, then how texts part. */
export const SEGMENT_KINDS: readonly SegmentKind[] = ['same', 'spelling', 'reworded', 'moved', 'onlyA', 'onlyB'];

export const SEGMENT_LABELS: Readonly<Record<SegmentKind, string>> = {
  same: 'Same',
  spelling: 'Same (spelling)',
  reworded: 'Reworded',
  moved: 'Moved',
  onlyA: 'Only in A',
  onlyB: 'Only in B',
};

/** What each kind means, for tooltips: the colours alone do not say it. */
export const SEGMENT_HINTS: Readonly<Record<SegmentKind, string>> = {
  same: 'The same sentence on both sides, word for word',
  spelling: 'The same sentence on both sides but for spelling: a name spelt another way, accents, quotation marks, number format or capitals',
  reworded: 'The same sentence, with words changed',
  moved: 'Found on both sides, but in another place in the story',
  onlyA: 'Only article A has this',
  onlyB: 'Only article B has this',
};

export const SPELLING_REASON_LABELS: Readonly<Record<SpellingReason, string>> = {
  'name-variant': 'another spelling of the name',
  diacritics: 'accents only',
  'quote-style': 'quotation marks only',
  'number-format': 'number written differently',
  case: 'capital letters only',
  punctuation: 'punctuation only',
};

/**
 * What the one similarity figure means, wherever it is shown (the summary, "Compare with…",
 * the export, the command line). Computed once, in src/core/compare/compare-texts.ts.
 */
export const SIMILARITY_DEFINITION =
  'Similarity: the share of the two articles’ words that both have, in sentences that correspond (same, reworded or moved), word for word or spelt differently. 100% is the same text; 0% means no sentence in common.';

/** The spelling-only mark's name in legends. */
export const SPELLING_MARK_LABEL = 'spelling only';

const QUOTE_FATES: Readonly<Record<QuoteReport['otherSide'], string>> = { verbatim: 'word for word in', reworded: 'reworded in', absent: 'not in' };

const known = <K extends string>(table: Readonly<Record<K, string>>, key: string | null | undefined): string | undefined =>
  key != null && Object.prototype.hasOwnProperty.call(table, key) ? table[key as K] : undefined;

export const segmentLabel = (kind: string): string => known(SEGMENT_LABELS, kind) ?? kind;
export const segmentHint = (kind: string): string => known(SEGMENT_HINTS, kind) ?? '';

/** Why a change is spelling only, in words. */
export const spellingReasonLabel = (reason: string | null | undefined): string => known(SPELLING_REASON_LABELS, reason) ?? 'spelling only';

/** How the other side renders a quotation, as words before the side's letter ("reworded in B"). */
export const quoteFateLabel = (fate: string): string => known(QUOTE_FATES, fate) ?? fate;
