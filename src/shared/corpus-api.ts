/**
 * The one contract between the renderer and the services. Electron serves it over IPC
 * (channels `corpus:<method>`), browser mode over HTTP (`POST /api/<method>`); the renderer
 * gets an object of this type and never knows which transport is behind it.
 */
import type { DocMeta } from './document';
import type { Result } from './result';
import type { DocumentRequest, DocumentView, SearchRequest, SearchResponse } from './search-types';
import type { CorpusStatus } from './status';
import type { ComparisonView, Counterpart, StoriesView } from './compare-types';
import type { VariantDecisionRequest, VariantsView } from './variant-types';

export interface CorpusApi {
  status(input: Record<string, never>): Promise<Result<CorpusStatus>>;
  openFolder(input: { path: string }): Promise<Result<CorpusStatus>>;
  cancelIndexing(input: Record<string, never>): Promise<Result<CorpusStatus>>;
  recentFolders(input: Record<string, never>): Promise<Result<string[]>>;
  listDocuments(input: Record<string, never>): Promise<Result<DocMeta[]>>;
  search(input: SearchRequest): Promise<Result<SearchResponse>>;
  getDocument(input: DocumentRequest): Promise<Result<DocumentView>>;
  exportCsv(input: SearchRequest): Promise<Result<{ csv: string; rows: number }>>;
  /** Set (or clear, with null) the outlet of a document or of every document under a folder path. */
  setOutlet(input: { path: string; outlet: string | null }): Promise<Result<CorpusStatus>>;
  compare(input: { a: string; b: string }): Promise<Result<ComparisonView>>;
  counterparts(input: { id: string }): Promise<Result<Counterpart[]>>;
  stories(input: Record<string, never>): Promise<Result<StoriesView>>;
  variants(input: Record<string, never>): Promise<Result<VariantsView>>;
  decideVariants(input: VariantDecisionRequest): Promise<Result<VariantsView>>;
}

export type CorpusMethod = keyof CorpusApi;
export type CorpusInput<M extends CorpusMethod> = Parameters<CorpusApi[M]>[0];
export type CorpusOutput<M extends CorpusMethod> = Awaited<ReturnType<CorpusApi[M]>>;

export const CORPUS_METHODS = [
  'status',
  'openFolder',
  'cancelIndexing',
  'recentFolders',
  'listDocuments',
  'search',
  'getDocument',
  'exportCsv',
  'setOutlet',
  'compare',
  'counterparts',
  'stories',
  'variants',
  'decideVariants',
] as const satisfies readonly CorpusMethod[];

export const ipcChannel = (method: CorpusMethod): string => `corpus:${method}`;

export function isCorpusMethod(name: string): name is CorpusMethod {
  return (CORPUS_METHODS as readonly string[]).includes(name);
}
