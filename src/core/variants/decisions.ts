/**
 * User decisions over the automatic groups. Decisions name spellings, never ids, so they apply
 * the same way after any rebuild: splits first (re-anchoring what is left), then rejections,
 * then merges (the most specific act wins), then confirmations. The history they come from is
 * decision-history.ts.
 */
import { normalizeWord } from '../text/tokenize';
import { clusterSpellings } from './cluster';
import { prepare } from './compare';
import { reasonOfMatch } from '../../shared/variant-rules';
import { own, type BaseModel, type GroupMember, type VariantDecisions } from './types';

export interface Resolved {
  anchor: string;
  members: GroupMember[];
}

/**
 * The decisions resolveGroups reads. Files and callers from before the history give only the
 * three lists of VariantDecisions; the rest is optional so they still type-check and apply.
 */
export interface Decisions extends VariantDecisions {
  /** All the spellings of each rejected group: a group holding two of one set is dropped. */
  rejectedSets?: string[][];
  /** All the spellings of each confirmed group: those still together count as high confidence. */
  confirms?: string[][];
}

const userMember = (norm: string): GroupMember => ({ norm, why: reasonOfMatch('user'), evidence: [{ kind: 'user' }], confidence: 'high' });

const foldAll = (set: readonly string[]): Set<string> => new Set(set.map(normalizeWord).filter(Boolean));
const normsOf = (g: Resolved): string[] => [g.anchor, ...g.members.map((m) => m.norm)];
const sharedCount = (g: Resolved, set: Set<string>): number => normsOf(g).filter((n) => set.has(n)).length;

/**
 * A rejected set drops a group that joins two of its spellings again, whatever the anchor now is;
 * a set of one (an anchor, as rejections were stored before the history) drops any group holding it.
 */
function isRejected(g: Resolved, rejected: Set<string>[]): boolean {
  return rejected.some((set) => sharedCount(g, set) >= Math.min(2, set.size));
}

export function resolveGroups(base: BaseModel, decisions: Decisions): Resolved[] {
  const count = (norm: string): number => own(base.words, norm)?.count ?? 0;
  const splits = foldAll(decisions.splits);
  const rejected = [...decisions.rejects.map((r) => [r]), ...(decisions.rejectedSets ?? [])].map(foldAll).filter((s) => s.size > 0);
  let groups: Resolved[] = [];
  for (const g of base.groups) {
    const members = g.members.filter((m) => !splits.has(m.norm));
    if (!splits.has(g.anchor)) {
      groups.push({ anchor: g.anchor, members });
      continue;
    }
    // Without its anchor, the rest must match a new anchor directly, as at build time; the
    // engine's members for the new anchor come back as it made them.
    const items = members.map((m) => ({ norm: m.norm, count: count(m.norm), prepared: prepare(own(base.words, m.norm)?.text ?? m.norm) }));
    for (const c of clusterSpellings(items)) groups.push({ anchor: c.anchor, members: c.members });
  }
  groups = groups.filter((g) => !isRejected(g, rejected));
  for (const set of decisions.merges) {
    const norms = new Set([...foldAll(set)].filter((n) => !splits.has(n)));
    if (norms.size < 2) continue;
    const touched = groups.filter((g) => normsOf(g).some((n) => norms.has(n)));
    // Each spelling's member object in the group it came from, and that group's anchor.
    const came = new Map<string, { anchor: string; member: GroupMember | null }>();
    for (const g of touched) {
      came.set(g.anchor, { anchor: g.anchor, member: null });
      for (const m of g.members) came.set(m.norm, { anchor: g.anchor, member: m });
      normsOf(g).forEach((n) => norms.add(n));
    }
    const all = [...norms].sort((a, b) => count(b) - count(a) || (a < b ? -1 : 1));
    const anchor = all[0];
    // A member still beside its own anchor keeps the engine's reason and evidence; any other
    // is there because the user said so.
    const members = all.slice(1).map((norm) => {
      const c = came.get(norm);
      return c?.member && c.anchor === anchor ? c.member : userMember(norm);
    });
    groups = [...groups.filter((g) => !touched.includes(g)), { anchor, members }];
  }
  const confirmed = (decisions.confirms ?? []).map(foldAll).filter((s) => s.size > 1);
  if (confirmed.length) groups = groups.map((g) => confirm(g, confirmed));
  // A word alone is a group only when the folder writes it with and without accents (José / Jose).
  return groups.filter((g) => g.members.length > 0 || !!own(base.words, g.anchor)?.forms);
}

/**
 * The user said these spellings are one name: those still together (two or more of one
 * confirmed set) become high confidence, keeping the engine's evidence. A spelling that joined
 * since is not covered, so the group comes back for review with only that one to look at.
 */
function confirm(g: Resolved, confirmed: Set<string>[]): Resolved {
  const sure = new Set<string>();
  for (const set of confirmed) {
    const together = normsOf(g).filter((n) => set.has(n));
    if (together.length >= 2) together.forEach((n) => sure.add(n));
  }
  if (!sure.size) return g;
  return { anchor: g.anchor, members: g.members.map((m) => (sure.has(m.norm) && m.confidence !== 'high' ? { ...m, confidence: 'high' } : m)) };
}
