/**
 * The search a click on a spelling runs: that spelling alone, with the group's other spellings
 * switched off (the results header shows them, ready to switch back on). A full name is
 * searched as a phrase; its other spellings are switched off word by word.
 */
import type { VariantGroupView } from '../contract';
import { fold } from './group-stats';

export interface SpellingSearch {
  query: string;
  excluded: string[];
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

export const queryFor = (text: string): string => (words(text).length > 1 ? `"${words(text).join(' ')}"` : text.trim());

export function spellingSearch(group: VariantGroupView, spelling: string): SpellingSearch {
  const mine = new Set(words(spelling).map(fold));
  const excluded = new Map<string, string>();
  for (const s of group.spellings) {
    for (const w of words(s.text)) if (!mine.has(fold(w)) && !excluded.has(fold(w))) excluded.set(fold(w), w);
  }
  return { query: queryFor(spelling), excluded: [...excluded.values()] };
}

/** Every spelling of the group: the label, nothing switched off. */
export const groupSearch = (group: VariantGroupView): SpellingSearch => ({ query: queryFor(group.label), excluded: [] });
