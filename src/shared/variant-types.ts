import type { SpellingReason } from './variant-rules';

/**
 * How sure the engine is that a spelling names the group's referent. Computed from the evidence
 * below, never set by hand: 'high' needs evidence from the folder itself (a shared full name, the
 * same company in the same sentences, outlets that each keep to one spelling, a rare slip of a
 * frequent name beside it, or accents only); 'possible' is a romanisation pattern with no such
 * evidence. Search expands to 'high' spellings by default and only suggests 'possible' ones.
 */
export type VariantConfidence = 'high' | 'possible';

/** What in the folder made a spelling join its group. */
export type VariantEvidenceKind =
  /** The most common spelling: the others were compared with it. */
  | 'anchor'
  /** Only accents differ (José / Jose). */
  | 'accents'
  /** Both stand beside the same other name (Sergei Lavrov / Sergey Lavrov): `detail` is that name. */
  | 'full-name'
  /** Both appear in sentences naming the same people and places: `detail` lists a few. */
  | 'shared-names'
  /** Outlets each keep to one spelling: `detail` says who writes which. */
  | 'outlets'
  /** A rare spelling one slip from a frequent one, in articles that also use the frequent one. */
  | 'rare-typo'
  /** A romanisation pattern of a non-English name (Slavic endings, kh/h, Kiev/Kyiv…): `detail` names it. */
  | 'romanisation'
  /** The user merged it. */
  | 'user';

export interface VariantEvidence {
  kind: VariantEvidenceKind;
  detail?: string;
}

/** One spelling inside a group, with where it is used and why it joined. */
export interface SpellingInfo {
  /** A single word (or, in a full-name group, a full name) as written in the articles: its most common casing. */
  text: string;
  count: number;
  documents: number;
  outlets: Record<string, number>;
  /**
   * How it relates to the anchor, as data: one reason for a word, one per differing word for a
   * full name. Rendered to words by describeReasons (variant-reasons.ts).
   */
  reasons: SpellingReason[];
  /** What in the folder supports the join; rendered to words by describeEvidence (variant-evidence.ts). */
  evidence: VariantEvidence[];
  confidence: VariantConfidence;
}

export interface VariantGroupView {
  /** Stable: derived from the anchor's folded spelling, so it survives re-indexing. */
  id: string;
  label: string;
  /** 'possible' while any of its spellings is only possible: such a group wants a review. */
  confidence: VariantConfidence;
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
