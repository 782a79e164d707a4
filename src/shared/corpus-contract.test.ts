import { describe, expect, expectTypeOf, it } from 'vitest';
import { CORPUS_METHODS, ipcChannel, isCorpusMethod, proxyApi, type CorpusApi } from './corpus-api';
import { CORPUS_CONTRACT, parseInput, type CorpusInput, type CorpusValue } from './corpus-contract';
import type { SearchResponse } from './search-types';
import { fail } from './result';

// Checked by `npm run typecheck` (tsconfig.node.json covers this file): each @ts-expect-error
// below must meet an error, or the check itself fails.

/** An implementation with every method, each answering "busy". */
const complete = Object.fromEntries(CORPUS_METHODS.map((m) => [m, async () => fail('busy', m)])) as unknown as CorpusApi;
const { search: _dropped, ...withoutSearch } = complete;

// @ts-expect-error an implementation missing a method of the table does not compile
const _missing: CorpusApi = withoutSearch;

class _Incomplete implements CorpusApi {
  status = complete.status;
  openFolder = complete.openFolder;
  cancelIndexing = complete.cancelIndexing;
  recentFolders = complete.recentFolders;
  listDocuments = complete.listDocuments;
  search = complete.search;
  getDocument = complete.getDocument;
  exportCsv = complete.exportCsv;
  setOutlet = complete.setOutlet;
  compare = complete.compare;
  counterparts = complete.counterparts;
  stories = complete.stories;
  variants = complete.variants;
  // @ts-expect-error a method answering another method's result type does not compile
  decideVariants = complete.search;
}

// @ts-expect-error a call with input its schema refuses does not compile
void complete.compare({ a: 'x' });

describe('the contract table', () => {
  it('is the method list every transport loops over, in one order', () => {
    expect(CORPUS_METHODS).toEqual(Object.keys(CORPUS_CONTRACT));
    expect(CORPUS_METHODS.map(ipcChannel)).toHaveLength(15);
    expect(CORPUS_METHODS.every(isCorpusMethod)).toBe(true);
    expect(['constructor', 'toString', '__proto__', 'hasOwnProperty'].some(isCorpusMethod)).toBe(false);
  });

  it('gives each method its schema’s input type and its declared result type', () => {
    expectTypeOf<CorpusInput<'compare'>>().toEqualTypeOf<{ a: string; b: string }>();
    expectTypeOf<CorpusValue<'search'>>().toEqualTypeOf<SearchResponse>();
    expectTypeOf<Parameters<CorpusApi['openFolder']>[0]>().toEqualTypeOf<{ path: string }>();
  });

  it('checks input with the schema the table gives each method', () => {
    for (const method of CORPUS_METHODS) {
      // Every schema is strict: an unknown key is refused, with the method named.
      const r = parseInput(method, { surely: 'not a field' });
      expect(r, method).toMatchObject({ ok: false, message: expect.stringContaining(`Invalid input for ${method}`) });
    }
    expect(parseInput('openFolder', { path: '/x' })).toEqual({ ok: true, value: { path: '/x' } });
    expect(parseInput('setOutlet', { path: 'a.txt', outlet: '  BBC ' })).toEqual({ ok: true, value: { path: 'a.txt', outlet: 'BBC' } });
    expect(parseInput('setDate', { path: 'a.txt', date: '2022-02-10' })).toEqual({ ok: true, value: { path: 'a.txt', date: '2022-02-10' } });
    expect(parseInput('setDate', { path: 'a.txt', date: null })).toMatchObject({ ok: true });
    for (const date of ['2022-02-30', '10/02/2022', '9999-99-99', '']) expect(parseInput('setDate', { path: 'a.txt', date })).toMatchObject({ ok: false });
  });

  it('makes a proxy whose every method goes through one transport', async () => {
    const seen: [string, unknown][] = [];
    const api = proxyApi(async (method, input) => (seen.push([method, input]), fail('busy', method)));
    expect(Object.keys(api)).toEqual(CORPUS_METHODS);
    expect(await api.search({ query: 'Lavrov' })).toEqual(fail('busy', 'search'));
    await api.stories({});
    expect(seen).toEqual([
      ['search', { query: 'Lavrov' }],
      ['stories', {}],
    ]);
  });
});
