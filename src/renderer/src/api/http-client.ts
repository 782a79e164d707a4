/**
 * Browser mode: the same CorpusApi over `POST /api/<method>`. The server answers every call
 * with a Result; anything else (network down, a 403 page, a proxy error) is turned into a
 * Result here too, so callers only ever handle `{ ok: false }` and never a thrown error.
 */
import { proxyApi, type CorpusMethod, type CorpusOutput } from '../../../shared/corpus-api';
import type { ApiError, CorpusApi, Result } from '../contract';

const fail = (code: ApiError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });

function isResult(x: unknown): x is Result<unknown> {
  if (typeof x !== 'object' || x === null || !('ok' in x)) return false;
  const r = x as { ok: unknown; error?: { message?: unknown } };
  return r.ok === true ? 'value' in r : r.ok === false && typeof r.error?.message === 'string';
}

async function call<M extends CorpusMethod>(method: M, input: unknown): Promise<CorpusOutput<M>> {
  let res: Response;
  try {
    res = await fetch(`/api/${method}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return fail('internal', 'Cannot reach the Parallax server. Is it still running?');
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  // The server answers with the contract's Result for this method; only its shape is checked here.
  if (isResult(body)) return body as CorpusOutput<M>;
  if (res.status === 401 || res.status === 403) {
    return fail('forbidden', 'The server refused the request. Open the link printed by `parallax serve` again.');
  }
  return fail('internal', `Unexpected answer from the server (HTTP ${res.status}).`);
}

export function createHttpClient(): CorpusApi {
  return proxyApi(call);
}
