import type { SegmentKind } from '../../../../../shared/compare-types';

/**
 * A passage's kind as drawn: with spelling-only differences hidden, a passage that differs only
 * in spelling is drawn (and stepped over) as plain same text. The summary still counts it apart.
 */
export const shownKind = (kind: SegmentKind, hideSpelling: boolean): SegmentKind => (hideSpelling && kind === 'spelling' ? 'same' : kind);
