import type { Neighbour } from './story-neighbours';

/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: repeatedly joins
 * the two clusters whose mean pairwise similarity is highest, while it is at least
 * `threshold`. Pairs absent from the graph count as 0, so a cluster only grows by documents
 * similar to most of its members; this is what stops the chaining single linkage (connected
 * components) suffers from, where A~B~C~D ends with A and D together. Returns clusters
 * as lists of document indexes.
 */
export function averageLinkage(neighbours: readonly Neighbour[][], threshold: number): number[][] {
  const n = neighbours.length;
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  // links[c] : other cluster → sum of similarities between their members
  const links: Map<number, number>[] = neighbours.map((list) => new Map(list.map((x) => [x.doc, x.score])));
  const heap = new MaxHeap();
  for (let i = 0; i < n; i++) for (const [j, s] of links[i]) if (i < j && s >= threshold) heap.push(s, i, j);
  while (heap.size) {
    const top = heap.pop()!;
    const [a, b] = [top.a, top.b];
    const ma = members[a];
    const mb = members[b];
    if (!ma || !mb) continue;
    const avg = (links[a].get(b) ?? 0) / (ma.length * mb.length);
    if (Math.abs(avg - top.score) > 1e-12) continue; // stale entry: a or b changed since
    // b is absorbed into a.
    ma.push(...mb);
    members[b] = null;
    for (const [k, s] of links[b]) {
      if (k === a) continue;
      links[a].set(k, (links[a].get(k) ?? 0) + s);
      links[k].delete(b);
    }
    links[a].delete(b);
    links[b].clear();
    for (const [k, s] of links[a]) {
      links[k].set(a, s);
      const avgK = s / (ma.length * members[k]!.length);
      if (avgK >= threshold) heap.push(avgK, Math.min(a, k), Math.max(a, k));
    }
  }
  return members.filter((m): m is number[] => m !== null);
}

interface Entry {
  score: number;
  a: number;
  b: number;
}

class MaxHeap {
  private readonly items: Entry[] = [];

  get size(): number {
    return this.items.length;
  }

  push(score: number, a: number, b: number): void {
    const it = this.items;
    it.push({ score, a, b });
    let i = it.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (it[p].score >= it[i].score) break;
      [it[p], it[i]] = [it[i], it[p]];
      i = p;
    }
  }

  pop(): Entry | undefined {
    const it = this.items;
    const top = it[0];
    const last = it.pop();
    if (it.length && last) {
      it[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < it.length && it[l].score > it[m].score) m = l;
        if (r < it.length && it[r].score > it[m].score) m = r;
        if (m === i) break;
        [it[m], it[i]] = [it[i], it[m]];
        i = m;
      }
    }
    return top;
  }
}
