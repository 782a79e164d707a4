import type { ApiError } from '../../contract';

/** Errors the service writes to its log (the unexpected ones); a query the user must fix is not. */
const LOGGED: ReadonlySet<ApiError['code']> = new Set(['internal', 'unreadable']);

/** "Details were written to <log>" for an error whose details are in the log, else null. */
export function logHint(error: ApiError | string | null, logFile: string | null | undefined): string | null {
  if (!error || !logFile) return null;
  if (typeof error !== 'string' && !LOGGED.has(error.code)) return null;
  return `Details were written to ${logFile}.`;
}
