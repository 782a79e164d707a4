// The comparison's words come from src/shared/compare-labels.ts, shared with every surface;
// these names are the compare view's and its export's.
export {
  SEGMENT_KINDS as KINDS,
  SEGMENT_LABELS as KIND_LABELS,
  SEGMENT_HINTS as KIND_HINTS,
  SPELLING_REASON_LABELS as REASON_LABELS,
  spellingReasonLabel as reasonLabel,
  quoteFateLabel,
} from '../../../../../shared/compare-labels';

export const percent = (x: number): string => `${Math.round((Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0) * 100)}%`;
