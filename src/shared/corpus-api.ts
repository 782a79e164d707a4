/**
 * The corpus API as every side sees it. Electron serves it over IPC (channels
 * `corpus:<method>`), browser mode over HTTP (`POST /api/<method>`); the renderer gets an object
 * of this type and never knows which transport is behind it. The calls themselves are declared
 * once, in the table in corpus-contract.ts; this module holds what needs no schema, so the
 * sandboxed preload and the page can use it without loading zod.
 */
import type { CorpusApi, CorpusInput, CorpusMethod, CorpusOutput } from './corpus-contract';

export type { CorpusApi, CorpusInput, CorpusMethod, CorpusOutput, CorpusValue } from './corpus-contract';

// The table's names at run time, for code that may not import the table itself. The mapped type
// makes a name missing from here, or one the table lacks, a compile error.
const METHOD_NAMES: { readonly [M in CorpusMethod]: true } = {
  status: true,
  openFolder: true,
  cancelIndexing: true,
  recentFolders: true,
  listDocuments: true,
  search: true,
  getDocument: true,
  exportCsv: true,
  setOutlet: true,
  setDate: true,
  compare: true,
  counterparts: true,
  stories: true,
  variants: true,
  decideVariants: true,
};

export const CORPUS_METHODS = Object.keys(METHOD_NAMES) as readonly CorpusMethod[];

export const ipcChannel = <M extends CorpusMethod>(method: M): `corpus:${M}` => `corpus:${method}`;

export function isCorpusMethod(name: string): name is CorpusMethod {
  return Object.prototype.hasOwnProperty.call(METHOD_NAMES, name);
}

/** Carries one call to wherever the service is, and brings back its Result. */
export type CorpusTransport = <M extends CorpusMethod>(method: M, input: CorpusInput<M>) => Promise<CorpusOutput<M>>;

/**
 * A CorpusApi whose every method goes through `transport`: the preload's IPC bridge, the
 * browser's HTTP client, the renderer's guard and the CLI's validating client are each one of
 * these, so none lists the methods again.
 */
export function proxyApi(transport: CorpusTransport): CorpusApi {
  const method = <M extends CorpusMethod>(m: M) => (input: CorpusInput<M>) => transport(m, input);
  // Object.fromEntries forgets which function belongs to which key; each was made for its own key.
  return Object.fromEntries(CORPUS_METHODS.map((m) => [m, method(m)])) as unknown as CorpusApi;
}
