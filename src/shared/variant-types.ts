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

/** A decision the user can take back on its own. */
export type VariantDecisionKind = 'merge' | 'split' | 'reject' | 'confirm';

/** One decision, as the history keeps it: enough to replay it on any later index of the folder. */
export interface VariantDecisionEntry {
  /** Unique in the folder and never reused, so an undo cannot take back a newer decision by mistake. */
  id: number;
  kind: VariantDecisionKind;
  /**
   * Spellings as written. merge: one set, every spelling of the merged groups; split: one set,
   * the spellings taken out; reject and confirm: one set per group, all of its spellings, so the
   * decision still finds the group when re-indexing gives it another anchor.
   */
  sets: string[][];
  /** The names the user acted on (group labels, or the split spelling), for the history list. */
  labels: string[];
  /** When it was made (ISO 8601). */
  at: string;
}

/**
 * The user's standing decisions for this folder, as stored. `history` is the truth, oldest first;
 * the lists beside it are what replaying it gives (merges and splits in the form older versions
 * of Parallax read). Files from before the history hold only merges, splits and rejects.
 */
export interface VariantDecisionsView {
  merges: string[][];
  splits: string[];
  /** Anchor spellings of rejected groups, in files from before the history; loading turns them into entries. */
  rejects: string[];
  /** All the spellings of each rejected group: a group holding two of one set is dropped. */
  rejectedSets: string[][];
  /** All the spellings of each confirmed group: they count as high confidence together. */
  confirms: string[][];
  history: VariantDecisionEntry[];
  /** The highest id ever given, so ids of undone decisions are not given again. */
  lastId: number;
}

export interface VariantsView {
  groups: VariantGroupView[];
  names: VariantGroupView[];
  decisions?: VariantDecisionsView;
}

/** A decision to add ('merge' … 'confirm'), one to take back ('undo'), or all of them ('reset'). */
export type VariantAction = VariantDecisionKind | 'undo' | 'reset';

export interface VariantDecisionRequest {
  action: VariantAction;
  /**
   * merge: one spelling from each group to merge; split: spellings to split out; reject and
   * confirm: one spelling from each group (several groups make one decision); undo, reset: none.
   */
  spellings: string[];
  /** undo: the id of the decision to take back. */
  decision?: number;
}
