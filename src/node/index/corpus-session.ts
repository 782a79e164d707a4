import { promises as fs } from 'node:fs';
import { join, sep } from 'node:path';
import type { DocMeta } from '../../shared/document';
import type { DocumentRequest, DocumentView, SearchRequest, SearchResponse } from '../../shared/search-types';
import { resultsToCsv } from '../../core/search/csv';
import type { SearchEngine } from '../../core/search/search-engine';
import { decodeBytes } from '../../core/text/decode';
import { nodeDetectEncoding } from '../corpus';
import { applyOutletOverride, type LoadedCorpus } from './corpus-loader';
import type { FolderSettings } from '../store/folder-settings';

/** Thrown for a request about something that is not in the corpus. */
export class NotFoundError extends Error {}

/**
 * The opened corpus as the index worker serves it. Everything here answers from memory but
 * the original file view, which re-reads the file after checking it is still inside the folder.
 */
export class CorpusSession {
  readonly engine: SearchEngine;

  constructor(readonly corpus: LoadedCorpus) {
    this.engine = corpus.engine;
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
    const doc = this.engine.docs.get(req.id);
    if (!doc) throw new NotFoundError(`No document "${req.id}" in this folder.`);
    return {
      meta: doc.meta,
      text: doc.text,
      original: await this.readOriginal(doc.meta.path),
      hits: req.query ? this.engine.hitsIn(req.id, req.query, req.variants) : [],
      variantMarks: [],
    };
  }

  applySettings(settings: FolderSettings): void {
    for (const d of this.engine.docs.values()) applyOutletOverride(d.meta, settings);
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
