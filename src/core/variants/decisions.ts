/**
 * User decisions over the automatic groups. Decisions name spellings, never ids, so they apply
 * the same way after any rebuild: splits first (re-anchoring what is left), then rejects, then
 * merges (the most specific act wins).
 */
import { normalizeWord } from '../text/tokenize';
import { clusterSpellings } from './cluster';
import { prepare } from './compare';
import { own, type BaseModel, type VariantDecisions } from './types';

export interface Resolved {
  anchor: string;
  members: { norm: string; reason: string }[];
}

const USER_MERGE = 'user merge';

export function resolveGroups(base: BaseModel, decisions: VariantDecisions): Resolved[] {
  const count = (norm: string): number => own(base.words, norm)?.count ?? 0;
  const splits = new Set(decisions.splits.map(normalizeWord));
  const rejects = new Set(decisions.rejects.map(normalizeWord));
  let groups: Resolved[] = [];
  for (const g of base.groups) {
    const members = g.members.filter((m) => !splits.has(m.norm));
    if (!splits.has(g.anchor)) {
      groups.push({ anchor: g.anchor, members });
      continue;
    }
    // Without its anchor, the rest must match a new anchor directly, as at build time.
    const items = members.map((m) => ({ norm: m.norm, count: count(m.norm), prepared: prepare(own(base.words, m.norm)?.text ?? m.norm) }));
    for (const c of clusterSpellings(items)) groups.push(c);
  }
  groups = groups.filter((g) => ![g.anchor, ...g.members.map((m) => m.norm)].some((n) => rejects.has(n)));
  for (const set of decisions.merges) {
    const norms = new Set(set.map(normalizeWord).filter((n) => n && !splits.has(n)));
    if (norms.size < 2) continue;
    const touched = groups.filter((g) => norms.has(g.anchor) || g.members.some((m) => norms.has(m.norm)));
    const reasons = new Map<string, { anchor: string; reason: string }>();
    for (const g of touched) {
      reasons.set(g.anchor, { anchor: g.anchor, reason: USER_MERGE });
      for (const m of g.members) {
        norms.add(m.norm);
        reasons.set(m.norm, { anchor: g.anchor, reason: m.reason });
      }
      norms.add(g.anchor);
    }
    const all = [...norms].sort((a, b) => count(b) - count(a) || (a < b ? -1 : 1));
    const anchor = all[0];
    const members = all.slice(1).map((norm) => {
      const r = reasons.get(norm);
      return { norm, reason: r && r.anchor === anchor && r.reason !== USER_MERGE ? r.reason : USER_MERGE };
    });
    groups = [...groups.filter((g) => !touched.includes(g)), { anchor, members }];
  }
  return groups.filter((g) => g.members.length > 0);
}
