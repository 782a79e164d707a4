import type lunr from 'lunr';
import type { ExpansionSpelling, QueryExpansion } from '../../shared/search-types';
import { foldTerm } from '../text/normalize';
import { normalizeWord, tokenize } from '../text/tokenize';
import { FIELDS, indexTerm, type Field } from './index-terms';
import { TokenSets, tokenSetOf } from './lunr-internals';
import type { Clause } from './query-parser';
import type { LookupSpelling, VariantLookup, VariantOptions } from './variant-lookup';

/** A clause turned into index terms (alternatives) or phrase slots, ready to run. */
export interface ResolvedClause {
  clause: Clause;
  fields: Field[];
  /** Index terms, any of which satisfies a term clause. */
  terms: string[];
  /** For phrases (and words that split into several, like anti-tank): allowed folded words per position. */
  slots: Set<string>[] | null;
  /** Index terms that are other spellings of what was typed: they match, but rank below it. */
  variantTerms?: Set<string>;
  /** The index term of what was typed, when variantTerms is set. */
  typed?: string;
}

export interface ResolvedQuery {
  clauses: ResolvedClause[];
  expansions: QueryExpansion[];
  notes: string[];
}

const MAX_EXPANSION = 300;

export function resolveQuery(
  clauses: Clause[],
  index: lunr.Index,
  variants: VariantLookup,
  options: VariantOptions,
): ResolvedQuery {
  const notes: string[] = [];
  const expansions: QueryExpansion[] = [];
  const seenGroups = new Set<string>();
  const searched = spellingSwitches(options);

  /** The folded spellings a word stands for: itself plus the variants this request searches. */
  const spellingsOf = (norm: string, word: string): string[] => {
    const out = [norm];
    if (!options.enabled) return out;
    const group = variants.expand(norm);
    if (!group) return out;
    const others: ExpansionSpelling[] = relativeTo(norm, group.spellings).map((s) => ({ ...s, enabled: searched(s) }));
    if (!seenGroups.has(group.groupId)) {
      seenGroups.add(group.groupId);
      expansions.push({ word, groupId: group.groupId, spellings: others });
    }
    for (const s of others) {
      const n = normalizeWord(s.text);
      if (s.enabled && !out.includes(n)) out.push(n);
    }
    return out;
  };

  const resolved: ResolvedClause[] = [];
  for (const clause of clauses) {
    const fields = clause.fields ?? (clause.kind === 'phrase' ? ['title', 'body'] : [...FIELDS]);
    if (clause.kind === 'term' && clause.wildcard) {
      resolved.push({ clause, fields, terms: expandPattern(index, clause.text, notes), slots: null });
      continue;
    }
    const toks = tokenize(clause.text);
    if (toks.length === 0) {
      notes.push(`"${clause.text}" has no letters or digits to search for; it was ignored.`);
      continue;
    }
    if (clause.kind === 'phrase' || toks.length > 1) {
      const slots = toks.map((t) => new Set(spellingsOf(t.norm, t.text)));
      const terms = uniq(slots.flatMap((slot) => [...slot].map(indexTerm).filter((x): x is string => !!x)));
      resolved.push({ clause, fields, terms, slots });
      continue;
    }
    const norm = toks[0].norm;
    if (clause.fuzzy > 0) {
      resolved.push({ clause, fields, terms: expandFuzzy(index, norm, clause.fuzzy, notes), slots: null });
      continue;
    }
    const terms = uniq(spellingsOf(norm, toks[0].text).map(indexTerm).filter((x): x is string => !!x));
    if (terms.length === 0) {
      notes.push(`"${clause.text}" is too common to search for on its own; it was ignored (use it in a "quoted phrase").`);
      continue;
    }
    const typed = indexTerm(norm);
    resolved.push({ clause, fields, terms, slots: null, variantTerms: new Set(terms.filter((t) => t !== typed)), typed: typed ?? undefined });
  }
  return { clauses: resolved, expansions, notes };
}

/**
 * The other spellings of a typed word, with their confidence as spellings of *that* word: a
 * group's confidence is relative to its anchor, so when the word typed is itself only possibly
 * the same name, every other spelling is only possibly it too (typing "Sonny" must not search
 * "Sony" just because Sony anchors the group).
 */
function relativeTo(norm: string, spellings: LookupSpelling[]): LookupSpelling[] {
  const typed = spellings.find((s) => normalizeWord(s.text) === norm);
  const typedSure = !typed || typed.confidence === 'high';
  return spellings
    .filter((s) => normalizeWord(s.text) !== norm)
    .map((s) => ({ text: s.text, count: s.count, confidence: typedSure ? s.confidence : 'possible' }));
}

/**
 * Whether a spelling is searched: high ones unless switched off, possible ones only once added.
 * Switched off wins over added, so a spelling named in both is never searched.
 */
function spellingSwitches(options: VariantOptions): (s: LookupSpelling) => boolean {
  const excluded = new Set((options.excluded ?? []).map((s) => foldTerm(s)));
  const included = new Set((options.included ?? []).map((s) => foldTerm(s)));
  return (s) => {
    const key = foldTerm(s.text);
    if (excluded.has(key)) return false;
    return s.confidence === 'high' || included.has(key);
  };
}

function expandPattern(index: lunr.Index, text: string, notes: string[]): string[] {
  const pattern = foldTerm(text).replace(/[^\p{L}\p{N}*]/gu, '');
  const found = tokenSetOf(index).intersect(TokenSets.fromString(pattern)).toArray();
  return capped(found, text, notes);
}

function expandFuzzy(index: lunr.Index, norm: string, distance: number, notes: string[]): string[] {
  if ([...norm].length < 3) {
    notes.push(`"${norm}" is too short for a fuzzy match; matched exactly.`);
    const t = indexTerm(norm);
    return t ? [t] : [];
  }
  const base = indexTerm(norm) ?? norm;
  const found = tokenSetOf(index).intersect(TokenSets.fromFuzzyString(base, distance)).toArray();
  return capped(found, norm + '~' + distance, notes);
}

function capped(found: string[], label: string, notes: string[]): string[] {
  if (found.length <= MAX_EXPANSION) return found;
  notes.push(`"${label}" matches ${found.length} different words; only the first ${MAX_EXPANSION} were searched.`);
  return found.sort().slice(0, MAX_EXPANSION);
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
