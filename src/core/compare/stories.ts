import { buildStoryModel, type Story, type StoryDoc, type StoryModel, type StoryOptions } from './story-model';

export interface Counterpart {
  id: string;
  outlet: string;
  /** Cosine similarity of the two documents' story vectors (0..1). */
  score: number;
  /** The pair shares most of its wording (shingle containment ≥ the near-copy threshold). */
  nearCopy: boolean;
  /** Both documents were grouped into the same story. */
  sameStory: boolean;
}

/** Stories (clusters of two documents or more) and near-copy pairs of a corpus. */
export function groupStories(docs: readonly StoryDoc[], opts?: StoryOptions): { stories: Story[]; duplicates: [string, string, number][] } {
  const model = buildStoryModel(docs, opts);
  return { stories: [...model.stories], duplicates: [...model.duplicates] };
}

/**
 * Likely coverage of the same story by other outlets, best first: neighbours from another
 * outlet scoring at least `minScore`, plus any near-copy whatever its outlet (a copy in the
 * same outlet is worth flagging too). Same-story documents come first. Unknown id: [].
 */
export function counterparts(model: StoryModel, docId: string, opts: { limit?: number; minScore?: number } = {}): Counterpart[] {
  const i = model.index.get(docId);
  if (i === undefined) return [];
  const me = model.docs[i];
  const story = model.storyOfDoc.get(docId);
  const copies = model.nearCopyOf.get(docId);
  const out: Counterpart[] = [];
  for (const { doc: j, score } of model.neighbours[i]) {
    const other = model.docs[j];
    const nearCopy = copies?.has(other.id) ?? false;
    const sameStory = story !== undefined && model.storyOfDoc.get(other.id) === story;
    if (!nearCopy && (other.outlet === me.outlet || (score < (opts.minScore ?? 0.15) && !sameStory))) continue;
    out.push({ id: other.id, outlet: other.outlet, score, nearCopy, sameStory });
  }
  out.sort((x, y) => Number(y.sameStory) - Number(x.sameStory) || y.score - x.score);
  return out.slice(0, opts.limit ?? 10);
}

export function storyOf(model: StoryModel, docId: string): Story | null {
  return model.storyOfDoc.get(docId) ?? null;
}

export { buildStoryModel };
export type { Story, StoryDoc, StoryModel, StoryOptions };
