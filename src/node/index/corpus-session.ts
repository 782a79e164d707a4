import { promises as fs } from 'node:fs';
import { join, sep } from 'node:path';
import type { DocMeta } from '../../shared/document';
import type { DocumentRequest, DocumentView, SearchRequest, SearchResponse } from '../../shared/search-types';
import { resultsToCsv } from '../../core/search/csv';
import type { EngineDoc, SearchEngine } from '../../core/search/search-engine';
import type { ComparisonView, Counterpart, StoriesView } from '../../shared/compare-types';
import type { VariantDecisionRequest, VariantsView } from '../../shared/variant-types';
import { compareTexts, textSimilarities } from '../../core/compare';
import type { VariantModel } from '../../core/variants';
import type { StoredDecisions } from '../../core/variants/decision-history';
import { decide } from './session-decisions';
import { spellingTest, variantLookup, variantMarks, variantsView } from './session-variants';
import { StoryIndex } from './session-stories';
import { decodeBytes } from '../../core/text/decode';
import { nodeDetectEncoding } from '../corpus';
import { applyUserSettings, type LoadedCorpus } from './corpus-loader';
import type { FolderSettings } from '../store/folder-settings';

// A pathological file (a 5 MB line of one repeated name) could ask the reader to draw
// hundreds of thousands of marks; past this many, the page stays responsive instead.
const MAX_MARKS = 5000;

/** Thrown for a request about something that is not in the corpus. */
export class NotFoundError extends Error {}

/**
 * The opened corpus as the index worker serves it. Everything here answers from memory but
 * the original file view, which re-reads the file after checking it is still inside the folder.
 */
export class CorpusSession {
  readonly engine: SearchEngine;
  private variants: VariantModel;
  private readonly storyIndex: StoryIndex;
  /** Similarity of pairs already measured ("a\0b"), so the picker's figure is worked out once; cleared when name spellings change. */
  private readonly similarities = new Map<string, number>();

  constructor(readonly corpus: LoadedCorpus) {
    this.engine = corpus.engine;
    this.variants = corpus.variants;
    this.storyIndex = new StoryIndex(this.engine.docs);
  }

  private doc(id: string): EngineDoc {
    const doc = this.engine.docs.get(id);
    if (!doc) throw new NotFoundError(`No document "${id}" in this folder.`);
    return doc;
  }

  /**
   * Runs the comparison code once on two short texts while the user is still reading: V8
   * compiles it on first use, and that first compile made the first real comparison 2-3x slower.
   */
  warmUp(): void {
    const docs = [...this.engine.docs.values()].slice(0, 2);
    if (docs.length === 2) compareTexts(docs[0].text.slice(0, 3000), docs[1].text.slice(0, 3000), { isSpellingVariant: spellingTest(this.variants) });
  }

  compare(input: { a: string; b: string }): ComparisonView {
    const a = this.doc(input.a);
    const b = this.doc(input.b);
    const comparison = compareTexts(a.text, b.text, { isSpellingVariant: spellingTest(this.variants) });
    this.similarities.set(`${a.meta.id}\0${b.meta.id}`, comparison.similarity);
    return {
      a: a.meta,
      b: b.meta,
      aText: a.text,
      bText: b.text,
      comparison,
      aMarks: variantMarks(this.variants, a.meta.id, a.text),
      bMarks: variantMarks(this.variants, b.meta.id, b.text),
    };
  }

  /**
   * Likely the same story elsewhere, each with the similarity its comparison will show (the one
   * figure, computed the same way), most similar first after those grouped into the same story.
   */
  counterparts(input: { id: string }): Counterpart[] {
    const me = this.doc(input.id);
    const found = this.storyIndex.counterparts(input.id);
    const key = (other: string) => `${input.id}\0${other}`;
    const todo = found.filter((c) => !this.similarities.has(key(c.meta.id)));
    if (todo.length) {
      const figures = textSimilarities(me.text, todo.map((c) => this.doc(c.meta.id).text), { isSpellingVariant: spellingTest(this.variants) });
      todo.forEach((c, i) => this.similarities.set(key(c.meta.id), figures[i]));
    }
    // Same-story articles first, as the story index has them; then the figure shown decides (ties keep its order).
    return found
      .map((c, rank) => ({ meta: c.meta, score: c.score, nearCopy: c.nearCopy, similarity: this.similarities.get(key(c.meta.id)) ?? 0, sameStory: c.sameStory, rank }))
      .sort((x, y) => Number(y.sameStory) - Number(x.sameStory) || y.similarity - x.similarity || x.rank - y.rank)
      .map(({ meta, score, nearCopy, similarity }) => ({ meta, score, nearCopy, similarity }));
  }

  stories(): StoriesView {
    return this.storyIndex.stories();
  }

  variantGroups(): VariantsView {
    return variantsView(this.variants);
  }

  decideVariants(input: VariantDecisionRequest & { current: StoredDecisions }): { decisions: StoredDecisions; view: VariantsView } {
    const { decisions, model } = decide(this.variants, input.current, input);
    this.variants = model;
    this.similarities.clear();
    this.engine.setVariants(variantLookup(model));
    return { decisions, view: variantsView(model) };
  }

  listDocuments(): DocMeta[] {
    return [...this.engine.docs.values()].map((d) => d.meta).sort((a, b) => a.path.localeCompare(b.path));
  }

  search(req: SearchRequest): SearchResponse {
    return this.engine.search(req);
  }

  exportCsv(req: SearchRequest): { csv: string; rows: number } {
    const all = this.engine.search({ ...req, offset: 0, limit: this.engine.docs.size || 1 });
    return { csv: resultsToCsv(all.hits), rows: all.hits.length };
  }

  async getDocument(req: DocumentRequest): Promise<DocumentView> {
    const doc = this.doc(req.id);
    return {
      meta: doc.meta,
      text: doc.text,
      original: await this.readOriginal(doc.meta.path),
      hits: (req.query ? this.engine.hitsIn(req.id, req.query, req.variants) : []).slice(0, MAX_MARKS),
      variantMarks: (req.variants?.enabled === false ? [] : variantMarks(this.variants, req.id, doc.text)).slice(0, MAX_MARKS),
    };
  }

  applySettings(settings: FolderSettings): void {
    for (const d of this.engine.docs.values()) applyUserSettings(d.meta, settings);
    this.engine.outletsChanged();
  }

  /** The file as it is on disk now, decoded; refused if its real path has left the folder. */
  private async readOriginal(path: string): Promise<string> {
    const root = await fs.realpath(this.corpus.root);
    try {
      const real = await fs.realpath(join(root, ...path.split('/')));
      if (!real.startsWith(root + sep)) return '(The original file is no longer inside the opened folder.)';
      const bytes = await fs.readFile(real);
      return decodeBytes(new Uint8Array(bytes), { detect: nodeDetectEncoding, htmlMetaCharset: /\.html?$/i.test(path) }).text;
    } catch (err) {
      return `(The original file could not be read: ${(err as NodeJS.ErrnoException).code ?? 'error'}.)`;
    }
  }
}
