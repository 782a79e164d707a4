/**
 * The one declared contract between the renderer and the services: every call's name, input
 * schema and result type, in one table. The `CorpusApi` type, the IPC channels and handlers,
 * the HTTP routes, the preload bridge, the HTTP client, the CLI's calls and the index worker's
 * messages all derive from it, so a method added here exists everywhere, and one an
 * implementation lacks fails to compile.
 *
 * Imported for its values only where input is checked (main process, server, CLI): the
 * sandboxed preload cannot load zod and the page need not ship it, so they use the type and
 * the checked name list in corpus-api.ts.
 */
import type { z } from 'zod';
import type { DocMeta } from './document';
import type { Result } from './result';
import type { DocumentRequest, DocumentView, SearchRequest, SearchResponse } from './search-types';
import type { CorpusStatus } from './status';
import type { ComparisonView, Counterpart, StoriesView } from './compare-types';
import type { VariantDecisionRequest, VariantsView } from './variant-types';
import {
  dateInput,
  documentRequest,
  emptyInput,
  folderInput,
  idInput,
  outletInput,
  pairInput,
  searchRequest,
  variantDecisionRequest,
} from './corpus-schemas';

declare const RESULT: unique symbol;
/** A call's result type, carried by the table as a phantom: nothing of it exists at run time. */
export interface Returns<T> {
  readonly [RESULT]?: T;
}
const returns = <T>(): Returns<T> => ({});

export const CORPUS_CONTRACT = {
  status: { input: emptyInput, result: returns<CorpusStatus>() },
  openFolder: { input: folderInput, result: returns<CorpusStatus>() },
  cancelIndexing: { input: emptyInput, result: returns<CorpusStatus>() },
  recentFolders: { input: emptyInput, result: returns<string[]>() },
  listDocuments: { input: emptyInput, result: returns<DocMeta[]>() },
  search: { input: searchRequest, result: returns<SearchResponse>() },
  getDocument: { input: documentRequest, result: returns<DocumentView>() },
  exportCsv: { input: searchRequest, result: returns<{ csv: string; rows: number }>() },
  /** Set (or clear, with null) the outlet of a document or of every document under a folder path. */
  setOutlet: { input: outletInput, result: returns<CorpusStatus>() },
  /** Set (or clear, with null) the publication date of a document, YYYY-MM-DD. */
  setDate: { input: dateInput, result: returns<CorpusStatus>() },
  compare: { input: pairInput, result: returns<ComparisonView>() },
  counterparts: { input: idInput, result: returns<Counterpart[]>() },
  stories: { input: emptyInput, result: returns<StoriesView>() },
  variants: { input: emptyInput, result: returns<VariantsView>() },
  decideVariants: { input: variantDecisionRequest, result: returns<VariantsView>() },
} as const;

type Contract = typeof CORPUS_CONTRACT;
export type CorpusMethod = keyof Contract;
/** What a call takes: its schema's output, which (checked below) is also what a caller may send. */
export type CorpusInput<M extends CorpusMethod> = z.output<Contract[M]['input']>;
/** The value of a successful call. */
export type CorpusValue<M extends CorpusMethod> = Contract[M]['result'] extends Returns<infer T> ? T : never;
export type CorpusOutput<M extends CorpusMethod> = Result<CorpusValue<M>>;
export type CorpusApi = { [M in CorpusMethod]: (input: CorpusInput<M>) => Promise<CorpusOutput<M>> };

/** The table seen per method, so a generic caller gets the method's own input type (checked, not cast). */
const TYPED_CONTRACT: { readonly [M in CorpusMethod]: { readonly input: z.ZodType<CorpusInput<M>> } } = CORPUS_CONTRACT;

/** Parses one call's input; a plain-language message on failure, never a thrown error. */
export function parseInput<M extends CorpusMethod>(method: M, input: unknown): { ok: true; value: CorpusInput<M> } | { ok: false; message: string } {
  const res = TYPED_CONTRACT[method].input.safeParse(input ?? {});
  if (res.success) return { ok: true, value: res.data };
  const first = res.error.issues[0];
  const where = first?.path.length ? ` (${first.path.join('.')})` : '';
  return { ok: false, message: `Invalid input for ${method}${where}: ${first?.message ?? 'not accepted'}` };
}

// Compile-time checks: a schema with a default or a transform would make what a caller sends
// differ from what the service gets; and the request types the engine uses must be the
// schemas' own, so neither can drift from the other.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Check<T extends true> = T;
export type ContractChecks = [
  Check<Equal<{ [M in CorpusMethod]: z.input<Contract[M]['input']> }, { [M in CorpusMethod]: CorpusInput<M> }>>,
  Check<Equal<Required<CorpusInput<'search'>>, Required<SearchRequest>>>,
  Check<Equal<Required<CorpusInput<'getDocument'>>, Required<DocumentRequest>>>,
  Check<Equal<Required<CorpusInput<'decideVariants'>>, Required<VariantDecisionRequest>>>,
];
