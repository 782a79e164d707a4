import type { VariantConfidence } from '../../shared/variant-types';

/** One spelling of a group, as search sees it. */
export interface LookupSpelling {
  text: string;
  count: number;
  /** 'high': searched by default; 'possible': only suggested, searched once the user adds it. */
  confidence: VariantConfidence;
}

/**
 * What search needs from the name-variant model: the other spellings of a folded word.
 * Kept as an interface so search can be tested without the variants engine.
 */
export interface VariantLookup {
  expand(norm: string): { groupId: string; spellings: LookupSpelling[] } | null;
}

export interface VariantOptions {
  enabled: boolean;
  /** High-confidence spellings the user switched off. */
  excluded?: string[];
  /** Possible spellings the user added to the search. */
  included?: string[];
}

export const NO_VARIANTS: VariantLookup = { expand: () => null };
