import type { DocMeta } from '../../shared/document';
import type { Counterpart, StoriesView } from '../../shared/compare-types';
import type { EngineDoc } from '../../core/search/search-engine';
import { buildStoryModel, counterparts, type StoryModel } from '../../core/compare';

/** Story grouping, built on first use: reading and searching never wait for it. A file date says
 * when a file was saved, not when the story ran, so it never keeps two articles apart. */
export class StoryIndex {
  private model: StoryModel | null = null;

  constructor(private readonly docs: Map<string, EngineDoc>) {}

  private get(): StoryModel {
    if (!this.model) {
      this.model = buildStoryModel(
        [...this.docs.values()].map((d) => ({ id: d.meta.id, outlet: d.meta.outlet, title: d.meta.title, text: d.text, date: d.meta.date })),
      );
    }
    return this.model;
  }

  /** Outlets may be changed by the user: the grouping is kept, outlet lists are re-read. */
  stories(): StoriesView {
    const m = this.get();
    const meta = (id: string) => this.docs.get(id)?.meta;
    return {
      stories: m.stories.map((s) => {
        const documents = s.documents.map(meta).filter((x): x is DocMeta => !!x);
        return { id: s.id, title: s.title, documents, outlets: [...new Set(documents.map((d) => d.outlet))].sort() };
      }),
      duplicates: [...m.duplicates],
    };
  }

  /** Candidates, same story first, then by story closeness; the session adds each pair's similarity. */
  counterparts(id: string): (Omit<Counterpart, 'similarity'> & { sameStory: boolean })[] {
    return counterparts(this.get(), id, { limit: 12 }).flatMap((c) => {
      const meta = this.docs.get(c.id)?.meta;
      return meta ? [{ meta, score: c.score, nearCopy: c.nearCopy, sameStory: c.sameStory }] : [];
    });
  }
}
