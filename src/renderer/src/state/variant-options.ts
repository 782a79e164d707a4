import type { SearchRequest } from '../contract';
import type { UiState } from './ui-state';

/**
 * The name-spelling switches a search and the reader's highlights both send: one place, so the
 * reader never marks a spelling the results did not search.
 */
export function variantOptionsOf(s: UiState): NonNullable<SearchRequest['variants']> {
  return { enabled: s.variantsEnabled, excluded: s.excludedSpellings, included: s.includedSpellings };
}
