/**
 * Pure helpers for the Stories view: near-copies per document, and one outlet against
 * another. Only stories of two articles or more come from the engine, so an outlet's lone
 * articles (a story nobody else told) are found by what no story holds.
 */
import type { DocMeta } from '../../../../shared/document';
import type { StoryView } from '../../../../shared/compare-types';

export interface CopyLink {
  other: string;
  score: number;
}

/** For each document, the documents it nearly copies or is copied by. */
export function copiesByDoc(duplicates: readonly (readonly [string, string, number])[]): Map<string, CopyLink[]> {
  const out = new Map<string, CopyLink[]>();
  const add = (id: string, link: CopyLink) => (out.get(id) ?? out.set(id, []).get(id)!).push(link);
  for (const [a, b, score] of duplicates ?? []) {
    if (a === b) continue;
    add(a, { other: b, score });
    add(b, { other: a, score });
  }
  return out;
}

/** Documents in reading order for a story: oldest first, undated last, then by outlet. */
export function storyDocs(story: StoryView): DocMeta[] {
  return [...(story.documents ?? [])].sort(
    (x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.outlet.localeCompare(y.outlet) || x.id.localeCompare(y.id),
  );
}

export interface SharedStory {
  story: StoryView;
  /** Every pairing of an article of the first outlet with one of the second. */
  pairs: [DocMeta, DocMeta][];
}

export interface OneSided {
  /** Stories this outlet told with others, but not with the other outlet. */
  stories: StoryView[];
  /** Articles in no story at all: told by this outlet alone in the folder. */
  alone: DocMeta[];
}

export interface Matchup {
  both: SharedStory[];
  onlyFirst: OneSided;
  onlySecond: OneSided;
}

export function outletMatchup(stories: readonly StoryView[], docs: readonly DocMeta[], first: string, second: string): Matchup {
  const inStory = new Set(stories.flatMap((s) => (s.documents ?? []).map((d) => d.id)));
  const of = (s: StoryView, outlet: string) => (s.documents ?? []).filter((d) => d.outlet === outlet);
  const both: SharedStory[] = [];
  const onlyFirst: OneSided = { stories: [], alone: [] };
  const onlySecond: OneSided = { stories: [], alone: [] };
  for (const s of stories) {
    const a = of(s, first);
    const b = first === second ? [] : of(s, second);
    if (a.length && b.length) both.push({ story: s, pairs: a.flatMap((x) => b.map((y): [DocMeta, DocMeta] => [x, y])) });
    else if (a.length) onlyFirst.stories.push(s);
    else if (b.length) onlySecond.stories.push(s);
  }
  for (const d of docs) {
    if (inStory.has(d.id)) continue;
    if (d.outlet === first) onlyFirst.alone.push(d);
    else if (d.outlet === second) onlySecond.alone.push(d);
  }
  return { both, onlyFirst, onlySecond };
}

/** Outlets by how many articles they have, most first: the likely pair to set against each other. */
export function outletsByCount(docs: readonly DocMeta[]): { outlet: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.outlet, (counts.get(d.outlet) ?? 0) + 1);
  return [...counts].map(([outlet, count]) => ({ outlet, count })).sort((x, y) => y.count - x.count || x.outlet.localeCompare(y.outlet));
}
