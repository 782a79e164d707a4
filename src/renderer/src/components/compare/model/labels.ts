import type { SegmentKind, SpellingReason } from '../../../../../shared/compare-types';

/** Reading order of the kinds in legends and the summary: agreement first, then how texts part. */
export const KINDS: SegmentKind[] = ['same', 'reworded', 'moved', 'onlyA', 'onlyB'];

export const KIND_LABELS: Record<SegmentKind, string> = {
  same: 'Same',
  reworded: 'Reworded',
  moved: 'Moved',
  onlyA: 'Only in A',
  onlyB: 'Only in B',
};

/** What each kind means, for tooltips: the colours alone do not say it. */
export const KIND_HINTS: Record<SegmentKind, string> = {
  same: 'The same sentence on both sides (spelling aside)',
  reworded: 'The same sentence, with words changed',
  moved: 'Found on both sides, but in another place in the story',
  onlyA: 'Only article A has this',
  onlyB: 'Only article B has this',
};

export const REASON_LABELS: Record<SpellingReason, string> = {
  'name-variant': 'another spelling of the name',
  diacritics: 'accents only',
  'quote-style': 'quotation marks only',
  'number-format': 'number written differently',
  case: 'capital letters only',
  punctuation: 'punctuation only',
};

/** A reason from the wire may be one this build does not know yet: say something useful anyway. */
export function reasonLabel(reason: string | undefined): string {
  return (reason && REASON_LABELS[reason as SpellingReason]) || 'spelling only';
}

export const percent = (x: number): string => `${Math.round((Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0) * 100)}%`;
