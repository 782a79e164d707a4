/**
 * What search and highlighting need from a model: the spellings a query word stands for, and the
 * grouped name words of one shown text (re-tokenised on demand rather than stored for the corpus).
 */
import { tokenize, normalizeWord } from '../text/tokenize';
import { isNameShaped } from './candidates';
import type { VariantGroup, VariantModel } from './types';

const byId = new WeakMap<VariantModel, Map<string, VariantGroup>>();

export function groupById(model: VariantModel, id: string): VariantGroup | undefined {
  let m = byId.get(model);
  if (!m) byId.set(model, (m = new Map(model.groups.map((g) => [g.id, g]))));
  return m.get(id);
}

/** Folded spellings a query word should match: all of its group's, or just itself. */
export function expandWord(model: VariantModel, word: string): { spellings: string[]; groupId: string | null } {
  const norm = normalizeWord(word);
  const id = model.groupOfSpelling.get(norm);
  const group = id ? groupById(model, id) : undefined;
  if (!id || !group) return { spellings: norm ? [norm] : [], groupId: null };
  return { spellings: group.spellings.map((s) => normalizeWord(s.text)), groupId: id };
}

export interface VariantOccurrence {
  start: number;
  end: number;
  groupId: string;
  /** The folded spelling found here. */
  norm: string;
}

/** Ranges of grouped name words in one document's text, for highlighting. */
export function occurrencesIn(model: VariantModel, docId: string, text: string): VariantOccurrence[] {
  void docId; // Kept in the signature: a later model may hold per-document data.
  const out: VariantOccurrence[] = [];
  for (const t of tokenize(text)) {
    const id = model.groupOfSpelling.get(t.norm);
    if (!id || !isNameShaped(t.text, t.norm)) continue;
    const end = t.start + t.text.replace(/['’](?:s|S)?$/u, '').length;
    out.push({ start: t.start, end, groupId: id, norm: t.norm });
  }
  return out;
}
