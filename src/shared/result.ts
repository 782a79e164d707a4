/** Every API call answers with a Result, over IPC and HTTP alike: errors cross the boundary as data. */
export type ErrorCode =
  | 'invalid-input'
  | 'invalid-query'
  | 'not-found'
  | 'no-corpus'
  | 'busy'
  | 'unreadable'
  | 'forbidden'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({ ok: false, error: { code, message } });
