/**
 * What search needs from the name-variant model: the other spellings of a folded word.
 * Kept as an interface so search can be tested without the variants engine.
 */
export interface VariantLookup {
  expand(norm: string): { groupId: string; spellings: { text: string; count: number }[] } | null;
}

export interface VariantOptions {
  enabled: boolean;
  excluded?: string[];
}

export const NO_VARIANTS: VariantLookup = { expand: () => null };
