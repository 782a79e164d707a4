/**
 * The renderer's only way to the corpus. In Electron the preload exposes `window.parallax`;
 * in a browser we talk HTTP to `parallax serve`. Components never know which.
 */
import { CORPUS_METHODS } from '../../../shared/corpus-api';
import type { CorpusApi, Result, ShellApi } from '../contract';
import { createHttpClient } from './http-client';

let bridge: CorpusApi | null = null;

/** IPC can still reject (a closed window, a handler that threw): keep the Result promise. */
function guarded(api: CorpusApi): CorpusApi {
  const out: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const method of CORPUS_METHODS) {
    const fn = api[method] as (input: unknown) => Promise<Result<unknown>>;
    out[method] = async (input) => {
      try {
        return await fn(input);
      } catch (e) {
        return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
      }
    };
  }
  return out as unknown as CorpusApi;
}

export function getBridge(): CorpusApi {
  bridge ??= guarded(window.parallax?.corpus ?? createHttpClient());
  return bridge;
}

/** Desktop-only abilities (native dialogs, system browser); null in browser mode. */
export function getShell(): ShellApi | null {
  return window.parallax?.shell ?? null;
}
