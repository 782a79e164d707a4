export interface SpellingInfo {
  text: string;
  count: number;
  documents: number;
  outlets: Record<string, number>;
  /** The key or rule that joined this spelling to the group ('anchor' for the anchor). */
  reason: string;
}

export interface VariantGroupView {
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
