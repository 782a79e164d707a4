import { isCorpusMethod, proxyApi, type CorpusApi, type CorpusInput, type CorpusMethod, type CorpusOutput } from '../../shared/corpus-api';
import { parseInput } from '../../shared/corpus-contract';
import { fail } from '../../shared/result';

/**
 * The single entry for a call from outside the service (IPC, HTTP, the CLI): the method must
 * be one of the contract's, the input must pass its schema from the contract table, and nothing
 * thrown escapes.
 */
export function dispatchCall<M extends CorpusMethod>(api: CorpusApi, method: M, input: unknown): Promise<CorpusOutput<M>>;
export function dispatchCall(api: CorpusApi, method: string, input: unknown): Promise<CorpusOutput<CorpusMethod>>;
export async function dispatchCall(api: CorpusApi, method: string, input: unknown): Promise<CorpusOutput<CorpusMethod>> {
  if (!isCorpusMethod(method)) return fail('invalid-input', `Unknown call "${method.slice(0, 60)}".`);
  return callChecked(api, method, input);
}

async function callChecked<M extends CorpusMethod>(api: CorpusApi, method: M, input: unknown): Promise<CorpusOutput<M>> {
  const parsed = parseInput(method, input);
  if (!parsed.ok) return fail('invalid-input', parsed.message);
  try {
    const fn: (input: CorpusInput<M>) => Promise<CorpusOutput<M>> = api[method];
    return await fn.call(api, parsed.value);
  } catch {
    return fail('internal', 'Something went wrong inside Parallax; the folder is unchanged. Try again.');
  }
}

/** The API with every call checked as if it came from outside: how the CLI calls the service. */
export const validatingApi = (api: CorpusApi): CorpusApi => proxyApi((method, input) => dispatchCall(api, method, input));
