import { describe, expect, it } from 'vitest';
import { CORPUS_METHODS, type CorpusApi } from '../../shared/corpus-api';
import { ok } from '../../shared/result';
import { dispatchCall, validatingApi } from './dispatch';

/** A CorpusApi that records every call that reaches it. */
function recordingApi(): { api: CorpusApi; calls: string[] } {
  const calls: string[] = [];
  const api = Object.fromEntries(
    CORPUS_METHODS.map((m) => [m, async (input: unknown) => (calls.push(m), ok({ method: m, input }))]),
  ) as unknown as CorpusApi;
  return { api, calls };
}

describe('dispatchCall: the one door into the services', () => {
  it('passes a valid call through', async () => {
    const { api, calls } = recordingApi();
    const r = await dispatchCall(api, 'search', { query: 'Lavrov', limit: 10 });
    expect(r).toEqual({ ok: true, value: { method: 'search', input: { query: 'Lavrov', limit: 10 } } });
    expect(calls).toEqual(['search']);
  });

  it.each([
    ['unknown method', 'deleteEverything', {}],
    ['prototype method', 'constructor', {}],
    ['toString', 'toString', {}],
    ['missing field', 'search', {}],
    ['wrong type', 'search', { query: 42 }],
    ['extra key', 'openFolder', { path: '/tmp', evil: true }],
    ['__proto__ key', 'openFolder', JSON.parse('{"path": "/tmp", "__proto__": {"polluted": true}}')],
    ['array input', 'status', []],
    ['string input', 'getDocument', 'a.txt'],
    ['negative offset', 'search', { query: 'x', offset: -1 }],
    ['bad action', 'decideVariants', { action: 'drop', spellings: [] }],
    ['undo of no decision', 'decideVariants', { action: 'undo', spellings: [] }],
  ])('refuses %s with a typed error before any service runs', async (_name, method, input) => {
    const { api, calls } = recordingApi();
    const r = await dispatchCall(api, method as string, input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-input');
      expect(r.error.message.length).toBeGreaterThan(5);
    }
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns a thrown error into a plain message without a stack', async () => {
    const { api } = recordingApi();
    api.status = async () => {
      throw new Error('boom at /home/user/secret/path.ts:12');
    };
    const r = await dispatchCall(api, 'status', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(r)).not.toMatch(/secret|\.ts:/);
  });

  it.each(CORPUS_METHODS.map((m) => [m]))('checks %s with its schema from the contract table', async (method) => {
    const { api, calls } = recordingApi();
    const r = await dispatchCall(api, method, { notAField: 1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining(method) } });
    expect(calls).toEqual([]);
  });

  it('puts the CLI’s calls through the same door', async () => {
    const { api, calls } = recordingApi();
    const checked = validatingApi(api);
    expect(await checked.search({ query: 'Kyiv', limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await checked.compare({ a: 'a.txt', b: 'b.txt' })).toEqual({ ok: true, value: { method: 'compare', input: { a: 'a.txt', b: 'b.txt' } } });
    expect(calls).toEqual(['compare']);
  });
});
