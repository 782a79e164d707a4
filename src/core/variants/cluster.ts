/**
 * Word-level grouping anchored on the most frequent spelling. Spellings are taken from the most
 * to the least frequent; each joins the anchor it matches *directly* with the best evidence, or
 * becomes an anchor. Members never attract others, so chains (A~B, B~C, C~D) cannot drift away
 * from the anchor. What may join, and how surely, is evidence.ts's to say.
 */
import { reasonOf, verifyPrepared, type Prepared, type Verdict } from './compare';
import { weighJoin, type Join, type JoinCandidate } from './evidence';
import { keysOf } from './keys';
import type { GroupMember } from './types';

export { TYPO_RARITY } from './evidence';

export interface ClusterItem extends JoinCandidate {
  prepared: Prepared;
  /** The spelling as most often written, for the reasons shown. */
  text?: string;
}

export interface Cluster {
  anchor: string;
  members: GroupMember[];
}

// A key shared by more anchors than this carries little information; skipping it bounds the work.
const MAX_BUCKET = 400;

const rank = { high: 2, possible: 1 } as const;

function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** Every pair the engine weighed, joined or not: what the evals label and score. */
export type PairObserver = (anchor: ClusterItem, item: ClusterItem, verdict: Verdict, join: Join | null) => void;

/** `docCount`: how many documents the items were counted in (0 without a folder). */
export function clusterSpellings(items: ClusterItem[], docCount = 0, observe?: PairObserver): Cluster[] {
  const order = [...items].sort((a, b) => b.count - a.count || (a.norm < b.norm ? -1 : a.norm > b.norm ? 1 : 0));
  const buckets = new Map<string, number[]>();
  const clusters: Cluster[] = [];
  const anchorOf: number[] = [];
  // Per anchor, the documents of its whole group so far: a slip of any member's spelling sits there.
  const groupDocs: (readonly number[] | undefined)[] = order.map((item) => item.context?.docs);
  order.forEach((item, idx) => {
    const keys = keysOf(item.prepared).map((k) => k.key);
    const seen = new Set<number>();
    let best: { anchor: number; score: number; verdict: Verdict; join: Join } | null = null;
    for (const key of keys) {
      const list = buckets.get(key);
      if (!list || list.length > MAX_BUCKET) continue;
      for (const a of list) {
        if (seen.has(a)) continue;
        seen.add(a);
        const anchor = order[a];
        const v = verifyPrepared(anchor.prepared, item.prepared);
        const join = weighJoin({ anchor, item, texts: { anchor: anchor.text ?? anchor.norm, item: item.text ?? item.norm }, docCount, groupDocs: groupDocs[a] }, v);
        if (v.level !== 'none') observe?.(anchor, item, v, join);
        if (!join) continue;
        const score = rank[join.confidence] * 10 + join.evidence.length + v.score;
        if (!best || score > best.score) best = { anchor: a, score, verdict: v, join };
      }
    }
    if (best) {
      const member: GroupMember = { norm: item.norm, why: reasonOf(best.verdict), ...best.join };
      clusters[anchorOf[best.anchor]].members.push(member);
      if (item.context) groupDocs[best.anchor] = mergeSorted(groupDocs[best.anchor] ?? [], item.context.docs);
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
