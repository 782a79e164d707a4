/** One spelling inside a group, with where it is used and why it joined. */
export interface SpellingInfo {
  /** A single word (or, in a full-name group, a full name) as written in the articles: its most common casing. */
  text: string;
  count: number;
  documents: number;
  outlets: Record<string, number>;
  /** The key or rule that joined this spelling to the group ('anchor' for the anchor). */
  reason: string;
}

export interface VariantGroupView {
  /** Stable: derived from the anchor's folded spelling, so it survives re-indexing. */
  id: string;
  label: string;
  spellings: SpellingInfo[];
}

/** The user's standing decisions for this folder, as stored. */
export interface VariantDecisionsView {
  merges: string[][];
  splits: string[];
  rejects: string[];
}

export interface VariantsView {
  groups: VariantGroupView[];
  names: VariantGroupView[];
  decisions?: VariantDecisionsView;
}

export type VariantAction = 'merge' | 'split' | 'reject' | 'reset';

export interface VariantDecisionRequest {
  action: VariantAction;
  /** merge: spellings (one from each group) to merge; split: spellings to split out; reject: a group's anchor spelling. */
  spellings: string[];
}
