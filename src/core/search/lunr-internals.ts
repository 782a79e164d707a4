import lunr from 'lunr';

/**
 * Parts of lunr 2.3 that are public in its source but missing from @types/lunr: the token
 * set (for wildcard and fuzzy expansion) and the inverted index (for exact boolean sets).
 */
interface TokenSetLike {
  intersect(other: TokenSetLike): TokenSetLike;
  toArray(): string[];
}
interface TokenSetStatics {
  fromString(s: string): TokenSetLike;
  fromFuzzyString(s: string, editDistance: number): TokenSetLike;
}
export type Posting = Record<string, Record<string, unknown>>;

export const tokenSetOf = (index: lunr.Index): TokenSetLike => (index as unknown as { tokenSet: TokenSetLike }).tokenSet;
export const TokenSets = lunr.TokenSet as unknown as TokenSetStatics;
export const invertedIndexOf = (index: lunr.Index): Record<string, Posting> =>
  (index as unknown as { invertedIndex: Record<string, Posting> }).invertedIndex;

interface VectorLike {
  elements: number[];
}
export const fieldVectorsOf = (index: lunr.Index): Record<string, VectorLike> =>
  (index as unknown as { fieldVectors: Record<string, VectorLike> }).fieldVectors;
