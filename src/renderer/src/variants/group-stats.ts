/**
 * Pure views of the variant groups for the Variants tab: totals, the outlet-by-spelling table,
 * filtering by text or confidence, and sorting. Kept apart from the components so they are
 * tested without a DOM.
 */
import type { VariantConfidence, VariantGroupView } from '../contract';

/** 'review': possible groups first (they want a look), then by mentions. */
export type GroupSort = 'review' | 'count' | 'outlets' | 'alpha';
export type ConfidenceFilter = 'all' | VariantConfidence;

export const totalMentions = (g: VariantGroupView): number => g.spellings.reduce((n, s) => n + s.count, 0);

/** How many outlets write any of the group's spellings: a name many outlets use matters more. */
export const outletCount = (g: VariantGroupView): number => new Set(g.spellings.flatMap((s) => Object.keys(s.outlets))).size;

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

/** Groups of the chosen confidence ('all' keeps every one). */
export function byConfidence(groups: readonly VariantGroupView[], wanted: ConfidenceFilter): VariantGroupView[] {
  return wanted === 'all' ? [...groups] : groups.filter((g) => g.confidence === wanted);
}

const CONFIDENCE_RANK: Record<VariantConfidence, number> = { possible: 0, high: 1 };

export function sortGroups(groups: readonly VariantGroupView[], sort: GroupSort): VariantGroupView[] {
  const byLabel = (a: VariantGroupView, b: VariantGroupView) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' });
  const byMentions = (a: VariantGroupView, b: VariantGroupView) => totalMentions(b) - totalMentions(a);
  const byOutlets = (a: VariantGroupView, b: VariantGroupView) => outletCount(b) - outletCount(a);
  const byReview = (a: VariantGroupView, b: VariantGroupView) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence];
  const order: Record<GroupSort, ((a: VariantGroupView, b: VariantGroupView) => number)[]> = {
    review: [byReview, byMentions, byOutlets],
    count: [byMentions, byOutlets],
    outlets: [byOutlets, byMentions],
    alpha: [],
  };
  const keys = [...order[sort], byLabel];
  return [...groups].sort((a, b) => {
    for (const k of keys) {
      const d = k(a, b);
      if (d) return d;
    }
    return 0;
  });
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
