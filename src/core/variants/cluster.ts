/**
 * Word-level grouping anchored on the most frequent spelling. Spellings are taken from the most
 * to the least frequent; each joins the best anchor it matches *directly*, or becomes an anchor.
 * Members never attract others, so chains (A~B, B~C, C~D) cannot drift away from the anchor.
 */
import { verifyPrepared, type Prepared } from './compare';
import { keysOf } from './keys';

export interface ClusterItem {
  norm: string;
  count: number;
  prepared: Prepared;
  /** Folded words seen next to this spelling: evidence for accepting a typo. */
  neighbours?: ReadonlySet<string>;
}

export interface Cluster {
  anchor: string;
  members: { norm: string; reason: string }[];
}

/** A typo joins only if it is much rarer than the anchor and shares a neighbour with it (Shamima Begun/Begum). */
export const TYPO_RARITY = 3;

export function typoEvidence(rare: ClusterItem, frequent: ClusterItem): string | null {
  if (rare.count * TYPO_RARITY > frequent.count || !rare.neighbours || !frequent.neighbours) return null;
  for (const n of rare.neighbours) if (frequent.neighbours.has(n)) return n;
  return null;
}

// A key shared by more anchors than this carries little information; skipping it bounds the work.
const MAX_BUCKET = 400;

export function clusterSpellings(items: ClusterItem[]): Cluster[] {
  const order = [...items].sort((a, b) => b.count - a.count || (a.norm < b.norm ? -1 : a.norm > b.norm ? 1 : 0));
  const buckets = new Map<string, number[]>();
  const clusters: Cluster[] = [];
  const anchorOf: number[] = [];
  order.forEach((item, idx) => {
    const keys = keysOf(item.prepared).map((k) => k.key);
    const seen = new Set<number>();
    let best: { anchor: number; score: number; reason: string } | null = null;
    for (const key of keys) {
      const list = buckets.get(key);
      if (!list || list.length > MAX_BUCKET) continue;
      for (const a of list) {
        if (seen.has(a)) continue;
        seen.add(a);
        const anchor = order[a];
        const v = verifyPrepared(anchor.prepared, item.prepared);
        let reason: string | null = null;
        if (v.level === 'variant' || v.level === 'same') reason = v.rule ?? v.level;
        else if (v.level === 'typo') {
          const shared = typoEvidence(item, anchor);
          if (shared) reason = `${v.rule} (rare, shares the neighbour "${shared}")`;
        }
        if (reason !== null && (!best || v.score > best.score)) best = { anchor: a, score: v.score, reason };
      }
    }
    if (best) {
      clusters[anchorOf[best.anchor]].members.push({ norm: item.norm, reason: best.reason });
      return;
    }
    anchorOf[idx] = clusters.length;
    clusters.push({ anchor: item.norm, members: [] });
    for (const key of keys) {
      const list = buckets.get(key);
      if (list) list.push(idx);
      else buckets.set(key, [idx]);
    }
  });
  return clusters.filter((c) => c.members.length > 0);
}
