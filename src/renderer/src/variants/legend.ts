/**
 * What a legend lists for one shown text (or several shown together, like the two sides of a
 * comparison): each group present, its colour, and the spellings the text itself uses.
 */
import type { VariantGroupView, VariantMark } from '../contract';
import type { VariantColour } from './colours';

export interface LegendEntry {
  groupId: string;
  label: string;
  colour: VariantColour;
  /** Spellings as written in the shown text, with how often, most frequent first. */
  spellings: { text: string; count: number }[];
}

export interface MarkedText {
  text: string;
  marks: readonly VariantMark[];
}

export function legendEntries(
  shown: readonly MarkedText[],
  colours: ReadonlyMap<string, VariantColour>,
  groups: ReadonlyMap<string, VariantGroupView>,
): LegendEntry[] {
  const found = new Map<string, Map<string, number>>();
  for (const { text, marks } of shown) {
    for (const m of marks) {
      const spelling = text.slice(m.start, m.end);
      if (!spelling) continue;
      const counts = found.get(m.groupId) ?? new Map<string, number>();
      counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
      found.set(m.groupId, counts);
    }
  }
  const out: LegendEntry[] = [];
  for (const [groupId, counts] of found) {
    const colour = colours.get(groupId);
    if (!colour) continue;
    const spellings = [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
    out.push({ groupId, label: groups.get(groupId)?.label ?? spellings[0].text, colour, spellings });
  }
  return out.sort((a, b) => a.colour.slot - b.colour.slot || a.label.localeCompare(b.label));
}
