/**
 * The contract of the name-variant engine. Everything here is plain data so a model can be
 * cached as JSON with the index and decisions can be stored beside it.
 */

/** One capitalised, probably-a-name word of a document. */
export interface NameOccurrence {
  /** As written, possessive stripped. */
  word: string;
  /** Folded (case, diacritics): the spelling key used everywhere else. */
  norm: string;
  start: number;
  end: number;
  docId: string;
  /** First word of a sentence or of a title-case line: counted only if the word is a name elsewhere. */
  initial: boolean;
}

// What a group looks like on the wire is the contract's (src/shared/variant-types.ts); the
// engine produces exactly that, so the two cannot drift apart.
export type { SpellingInfo, VariantConfidence, VariantEvidence, VariantGroupView as VariantGroup } from '../../shared/variant-types';
import type { VariantConfidence, VariantEvidence, VariantGroupView as VariantGroup } from '../../shared/variant-types';
import type { SpellingReason } from '../../shared/variant-rules';

/** A multi-word name (Sergei Lavrov / Sergey Lavrov) whose words fall in the same word groups. */
export type NameGroup = VariantGroup;

/** User decisions refer to folded-or-not spellings (never ids) so they survive a rebuild. */
export interface VariantDecisions {
  /** Each set of spellings is put in one group. */
  merges: string[][];
  /** Spellings taken out of whatever group they would join. */
  splits: string[];
  /** Anchor spellings of rejected groups: a group containing one of them is dropped. */
  rejects: string[];
}

/** Statistics of one spelling over the corpus, kept so decisions can be re-applied without a re-scan. */
export interface SpellingStat {
  text: string;
  count: number;
  documents: number;
  outlets: Record<string, number>;
  /** Written forms that differ only by accents (José / Jose), each with its own statistics. */
  forms?: SpellingStat[];
}

export interface VariantModel {
  version: 1;
  groups: VariantGroup[];
  names: NameGroup[];
  /** Folded spelling → group id, for search expansion and highlighting. */
  groupOfSpelling: Map<string, string>;
  /** The groups before decisions, and the statistics decisions need (see decisions.ts). */
  base: BaseModel;
  decisions: VariantDecisions;
}

/** A spelling in a word group: the rules relating it to the anchor, the folder's evidence, the confidence that follows. */
export interface GroupMember {
  norm: string;
  /** How it relates to the anchor: the rules and letter differences the verifier found. */
  why: SpellingReason;
  evidence: VariantEvidence[];
  confidence: VariantConfidence;
}

/** What buildVariantModel learned from the corpus, before any user decision. */
export interface BaseModel {
  /** Automatic word groups: folded spellings, anchor first, with the reason each joined. */
  groups: { anchor: string; members: GroupMember[] }[];
  /** Statistics of every spelling that is grouped, or could be merged by a user (all name words). */
  words: Record<string, SpellingStat>;
  /** Multi-word names as sequences of folded words, with their statistics. */
  names: Record<string, SpellingStat>;
}

/** A record entry only if it is the record's own: words like "constructor" must not find Object's. */
export function own<T>(rec: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}

export const EMPTY_DECISIONS: VariantDecisions = { merges: [], splits: [], rejects: [] };
