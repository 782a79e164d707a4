/**
 * Pure views of the variant groups for the Variants tab: totals, the outlet-by-spelling table,
 * filtering and sorting. Kept apart from the components so they are tested without a DOM.
 */
import type { VariantGroupView } from '../contract';

export type GroupSort = 'count' | 'alpha';

export const totalMentions = (g: VariantGroupView): number => g.spellings.reduce((n, s) => n + s.count, 0);

// Letters that carry their stroke in the letter itself, so NFD leaves them whole.
const STROKED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe' };

/** Lower case without accents: "Zełenski" is found by typing "zelenski", "Kyïv" by "kyiv". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[łøđħıßæœ]/g, (c) => STROKED[c]);
}

/** Groups with a spelling containing the filter text (every group for an empty filter). */
export function filterGroups(groups: readonly VariantGroupView[], filter: string): VariantGroupView[] {
  const f = fold(filter.trim());
  if (!f) return [...groups];
  return groups.filter((g) => g.spellings.some((s) => fold(s.text).includes(f)));
}

export function sortGroups(groups: readonly VariantGroupView[], sort: GroupSort): VariantGroupView[] {
  const byLabel = (a: VariantGroupView, b: VariantGroupView) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' });
  return [...groups].sort(sort === 'alpha' ? byLabel : (a, b) => totalMentions(b) - totalMentions(a) || byLabel(a, b));
}

export interface OutletRow {
  outlet: string;
  /** Mentions per spelling, in the group's spelling order. */
  counts: number[];
  total: number;
  /** Indexes of the spellings this outlet uses most (more than one on a tie). */
  main: number[];
}

/** Who writes which spelling: one row per outlet, most mentions first. */
export function outletTable(group: VariantGroupView): OutletRow[] {
  const outlets = new Set<string>();
  for (const s of group.spellings) for (const o of Object.keys(s.outlets)) outlets.add(o);
  const rows = [...outlets].map((outlet) => {
    const counts = group.spellings.map((s) => (Object.hasOwn(s.outlets, outlet) ? s.outlets[outlet] : 0));
    const total = counts.reduce((a, b) => a + b, 0);
    const top = Math.max(...counts);
    const main = counts.flatMap((c, i) => (c === top ? [i] : []));
    return { outlet, counts, total, main };
  });
  return rows.sort((a, b) => b.total - a.total || a.outlet.localeCompare(b.outlet));
}

/** A group that still holds the given spelling: a decision may give the shown group a new id. */
export function findGroupWith(groups: readonly VariantGroupView[], spelling: string): VariantGroupView | undefined {
  const f = fold(spelling);
  return groups.find((g) => g.spellings.some((s) => fold(s.text) === f));
}
