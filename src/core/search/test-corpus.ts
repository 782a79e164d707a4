// Test helper (used only by *.test.ts): a SearchEngine over plain texts, without the file parser.
import type { DocMeta } from '../../shared/document';
import { buildLunrIndex } from './build-index';
import { SearchEngine, type EngineDoc } from './search-engine';
import { words } from '../text/tokenize';

export function metaFor(id: string, title: string, outlet = 'Unknown', date: string | null = null, fileModifiedMs: number | null = null): DocMeta {
  return {
    id, path: id, title, outlet, outletSource: outlet === 'Unknown' ? 'none' : 'signature', date, dateSource: date ? 'dateline' : 'none', fileModifiedMs,
    url: null, byline: null, words: 0, format: 'txt', encoding: 'utf-8',
  };
}

export function engineFor(docs: { id: string; text: string; title?: string; outlet?: string; date?: string | null; fileModifiedMs?: number }[]): SearchEngine {
  const map = new Map<string, EngineDoc>();
  for (const d of docs) {
    const meta = metaFor(d.id, d.title ?? d.text.split('\n')[0].slice(0, 80), d.outlet, d.date ?? null, d.fileModifiedMs ?? null);
    meta.words = words(d.text).length;
    map.set(d.id, { meta, text: d.text });
  }
  return new SearchEngine(buildLunrIndex(map.values()).index, map);
}
