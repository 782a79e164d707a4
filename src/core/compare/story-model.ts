import { averageLinkage } from './average-linkage';
import { shingleContainment, shingles } from './near-copies';
import { findNeighbours, type Neighbour } from './story-neighbours';
import { buildStoryVectors } from './story-vectors';

export interface StoryDoc {
  id: string;
  outlet: string;
  title: string;
  text: string;
  /** YYYY-MM-DD or null. */
  date: string | null;
}

export interface StoryOptions {
  /** Mean cosine needed to join clusters (average linkage). */
  threshold?: number;
  /** Documents dated further apart than this are never linked; null ignores dates. */
  maxDays?: number | null;
  /** Shingle containment from which two documents are near-copies. */
  nearCopy?: number;
  /** Cosine from which a pair is checked for near-copying. */
  copyCandidate?: number;
}

export interface Story {
  /** "story:" and the smallest member id: stable while the membership is. */
  id: string;
  /** Title of the most central document. */
  title: string;
  documents: string[];
  outlets: string[];
}

export interface StoryModel {
  readonly docs: readonly StoryDoc[];
  readonly index: ReadonlyMap<string, number>;
  readonly neighbours: readonly Neighbour[][];
  /** Stories of two documents or more; a document alone is in none. */
  readonly stories: readonly Story[];
  readonly storyOfDoc: ReadonlyMap<string, Story>;
  /** [idA, idB, containment], idA < idB, best first. */
  readonly duplicates: readonly [string, string, number][];
  readonly nearCopyOf: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export const STORY_DEFAULTS: Required<StoryOptions> = { threshold: 0.2, maxDays: 7, nearCopy: 0.8, copyCandidate: 0.4 };

const MAX_TERMS = 120;
const TITLE_WEIGHT = 2;

/** Builds, once per corpus, everything story grouping and counterpart queries need. */
export function buildStoryModel(docs: readonly StoryDoc[], options: StoryOptions = {}): StoryModel {
  const opts = { ...STORY_DEFAULTS, ...options };
  const sv = buildStoryVectors(docs, { maxTerms: MAX_TERMS, titleWeight: TITLE_WEIGHT });
  const days = docs.map((d) => dayNumber(d.date));
  const allowed = (i: number, j: number) => opts.maxDays === null || Number.isNaN(days[i]) || Number.isNaN(days[j]) || Math.abs(days[i] - days[j]) <= opts.maxDays;
  const floor = Math.min(opts.threshold, opts.copyCandidate) / 2;
  const neighbours = findNeighbours(sv, floor, allowed);
  const { duplicates, nearCopyOf, pairs } = nearCopies(docs, neighbours, opts.copyCandidate, opts.nearCopy);
  const clusters = clusterWithCopies(docs, neighbours, pairs, opts.threshold).filter((c) => c.length >= 2);
  const stories = clusters.map((c) => toStory(docs, neighbours, c)).sort((x, y) => y.documents.length - x.documents.length || (x.id < y.id ? -1 : 1));
  const storyOfDoc = new Map<string, Story>();
  for (const s of stories) for (const id of s.documents) storyOfDoc.set(id, s);
  return { docs, index: new Map(docs.map((d, i) => [d.id, i])), neighbours, stories, storyOfDoc, duplicates, nearCopyOf };
}

/**
 * Near-copies are clustered as one document (the longest of them) and put back afterwards:
 * otherwise a copy drags averages around, its vector being shaped by the words it shares
 * with its original only, and a story with a copy in it would need a lower threshold.
 */
function clusterWithCopies(docs: readonly StoryDoc[], neighbours: readonly Neighbour[][], pairs: [number, number][], threshold: number): number[][] {
  const rep = docs.map((_, i) => i);
  const find = (i: number): number => (rep[i] === i ? i : (rep[i] = find(rep[i])));
  const size = (i: number) => docs[i].text.length;
  for (const [i, j] of pairs) {
    const [a, b] = [find(i), find(j)];
    if (a === b) continue;
    if (size(a) >= size(b)) rep[b] = a;
    else rep[a] = b;
  }
  const isRep = (i: number) => find(i) === i;
  const reduced = neighbours.map((list, i) => (isRep(i) ? list.filter((x) => isRep(x.doc)) : []));
  const copiesOf = new Map<number, number[]>();
  docs.forEach((_, i) => {
    if (!isRep(i)) (copiesOf.get(find(i)) ?? copiesOf.set(find(i), []).get(find(i))!).push(i);
  });
  return averageLinkage(reduced, threshold)
    .filter((c) => c.length > 1 || isRep(c[0]))
    .map((c) => c.flatMap((i) => [i, ...(copiesOf.get(i) ?? [])]));
}

function toStory(docs: readonly StoryDoc[], neighbours: readonly Neighbour[][], members: number[]): Story {
  const inside = new Set(members);
  let central = members[0];
  let best = -1;
  for (const m of members) {
    const s = neighbours[m].reduce((acc, x) => acc + (inside.has(x.doc) ? x.score : 0), 0);
    if (s > best) [best, central] = [s, m];
  }
  const ids = members.map((m) => docs[m].id).sort();
  return { id: `story:${ids[0]}`, title: docs[central].title, documents: ids, outlets: [...new Set(members.map((m) => docs[m].outlet))].sort() };
}

function nearCopies(docs: readonly StoryDoc[], neighbours: readonly Neighbour[][], candidate: number, min: number) {
  const cache = new Map<number, Set<number>>();
  const fp = (i: number) => cache.get(i) ?? (cache.set(i, shingles(`${docs[i].title}\n${docs[i].text}`)), cache.get(i)!);
  const duplicates: [string, string, number][] = [];
  const pairs: [number, number][] = [];
  const nearCopyOf = new Map<string, Map<string, number>>();
  const note = (x: string, y: string, c: number) => (nearCopyOf.get(x) ?? nearCopyOf.set(x, new Map()).get(x)!).set(y, c);
  neighbours.forEach((list, i) => {
    for (const { doc: j, score } of list) {
      if (j <= i || score < candidate) continue;
      const c = shingleContainment(fp(i), fp(j));
      if (c < min) continue;
      const [x, y] = docs[i].id < docs[j].id ? [docs[i].id, docs[j].id] : [docs[j].id, docs[i].id];
      duplicates.push([x, y, c]);
      pairs.push([i, j]);
      note(x, y, c);
      note(y, x, c);
    }
  });
  duplicates.sort((p, q) => q[2] - p[2] || (p[0] < q[0] ? -1 : 1));
  return { duplicates, nearCopyOf, pairs };
}

function dayNumber(date: string | null): number {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})/.exec(date) : null;
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000 : NaN;
}
