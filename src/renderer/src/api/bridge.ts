/**
 * The renderer's only way to the corpus. In Electron the preload exposes `window.parallax`;
 * in a browser we talk HTTP to `parallax serve`. Components never know which.
 */
import { proxyApi } from '../../../shared/corpus-api';
import type { CorpusApi, ShellApi } from '../contract';
import { createHttpClient } from './http-client';

let bridge: CorpusApi | null = null;

/** IPC can still reject (a closed window, a handler that threw): keep the Result promise. */
function guarded(api: CorpusApi): CorpusApi {
  return proxyApi(async (method, input) => {
    try {
      return await api[method](input);
    } catch (e) {
      return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
    }
  });
}

export function getBridge(): CorpusApi {
  bridge ??= guarded(window.parallax?.corpus ?? createHttpClient());
  return bridge;
}

/** Desktop-only abilities (native dialogs, system browser); null in browser mode. */
export function getShell(): ShellApi | null {
  return window.parallax?.shell ?? null;
}
