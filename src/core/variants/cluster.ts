/**
 * Word-level grouping anchored on the most frequent spelling. Spellings are taken from the most
 * to the least frequent; each joins the best anchor it matches *directly*, or becomes an anchor.
 * Members never attract others, so chains (A~B, B~C, C~D) cannot drift away from the anchor.
 */
import { verifyPrepared, type Prepared, type Verdict } from './compare';
import { keysOf } from './keys';

export interface ClusterItem {
  norm: string;
  count: number;
  prepared: Prepared;
  /**
   * Capitalised words seen next to this spelling in the corpus: phoneme form → word, so that
   * Volodymyr and Wolodymyr count as one neighbour. Absent when there is no corpus
   * (verifier-only evaluation): then shifts are accepted and typos are not.
   */
  neighbours?: ReadonlyMap<string, string>;
}

export interface Cluster {
  anchor: string;
  members: { norm: string; reason: string }[];
}

/** A typo must also be rare beside its anchor: two frequent spellings one letter apart are two names (Iran/Iraq). */
export const TYPO_RARITY = 3;

/**
 * Shared context: most of the capitalised neighbours of the rarer spelling also stand beside the
 * anchor (Sergay Lavrov / Sergei Lavrov, Shamima Begun / Shamima Begum). Returns one of them.
 */
export function sharedContext(rare: ClusterItem, anchor: ClusterItem): string | null {
  if (!rare.neighbours || !anchor.neighbours || rare.neighbours.size === 0) return null;
  let shared = 0;
  let example = '';
  for (const [key, word] of rare.neighbours) {
    if (anchor.neighbours.has(key)) {
      shared++;
      example ||= word;
    }
  }
  return shared * 2 >= rare.neighbours.size ? example : null;
}

/**
 * Rules that English names also vary by: Davis/Davies, Scott/Scot, Kate/Cate, Martin/Martyn are
 * different people. A spelling joined only by these needs shared context too (or, with no
 * neighbours at all, to be rare); transliteration rules (Slavic endings, kh, cz, w/v,
 * Cyrillic…) do not. On the BBC corpus this took word groups from 217 to about 80.
 */
const ENGLISH_AMBIGUOUS = new Set(['doubled letters', 'j/y/i', 'c/k', 'gh/dh/th', 'ph/f', 'ou/u (French)', 'ending -ah', 'q/k']);
function onlyAmbiguousRules(rule: string | null): boolean {
  return !!rule && rule.split(', ').every((r) => ENGLISH_AMBIGUOUS.has(r));
}

/** Why `item` may join `anchor`, or null: the verdict, then the corpus evidence its level needs. */
function joinReason(anchor: ClusterItem, item: ClusterItem, v: Verdict): string | null {
  if (v.level === 'same' || v.level === 'rule') {
    if (item.neighbours && onlyAmbiguousRules(v.rule)) {
      // No capitalised neighbours at all: no evidence either way, so only a rare spelling joins.
      if (item.neighbours.size === 0) return item.count * TYPO_RARITY <= anchor.count ? v.rule : null;
      const shared = sharedContext(item, anchor);
      return shared ? `${v.rule} (shares the context "${shared}")` : null;
    }
    return v.rule ?? v.level;
  }
  if (v.level === 'variant') {
    if (!item.neighbours) return v.rule;
    const shared = sharedContext(item, anchor);
    return shared ? `${v.rule} (shares the context "${shared}")` : null;
  }
  if (v.level === 'typo' && item.count * TYPO_RARITY <= anchor.count) {
    const shared = sharedContext(item, anchor);
    return shared ? `${v.rule} (rare, shares the context "${shared}")` : null;
  }
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
        const reason = joinReason(anchor, item, v);
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
