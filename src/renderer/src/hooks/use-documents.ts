/**
 * Every document's metadata, for choosing a document by name. Asked only when wanted (it can
 * be a long list) and once per corpus version.
 */
import { getBridge } from '../api/bridge';
import type { DocMeta } from '../contract';
import { useApiQuery, type QueryState } from './use-api-query';
import { useCorpusKey } from './use-status';

export function useDocuments(wanted: boolean): QueryState<DocMeta[]> {
  const key = useCorpusKey();
  return useApiQuery(() => (wanted ? getBridge().listDocuments({}) : null), `${key}:${wanted}`);
}

/** Up to `limit` documents whose title, outlet or path contain every word of `filter`. */
export function filterDocuments(docs: DocMeta[], filter: string, limit = 30): DocMeta[] {
  const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const out: DocMeta[] = [];
  for (const d of docs) {
    const hay = `${d.title} ${d.outlet} ${d.path}`.toLocaleLowerCase();
    if (words.every((w) => hay.includes(w))) out.push(d);
    if (out.length >= limit) break;
  }
  return out;
}
