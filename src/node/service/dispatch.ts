import { isCorpusMethod, type CorpusApi } from '../../shared/corpus-api';
import { parseInput } from '../../shared/corpus-schemas';
import { fail, type Result } from '../../shared/result';

/**
 * The single entry for a call from outside the main process (IPC or HTTP): the method must
 * be one of the contract's, the input must pass its schema, and nothing thrown escapes.
 */
export async function dispatchCall(api: CorpusApi, method: string, input: unknown): Promise<Result<unknown>> {
  if (!isCorpusMethod(method)) return fail('invalid-input', `Unknown call "${method.slice(0, 60)}".`);
  const parsed = parseInput(method, input);
  if (!parsed.ok) return fail('invalid-input', parsed.message);
  try {
    const fn = api[method] as (arg: unknown) => Promise<Result<unknown>>;
    return await fn.call(api, parsed.value);
  } catch {
    return fail('internal', 'Something went wrong inside Parallax; the folder is unchanged. Try again.');
  }
}
