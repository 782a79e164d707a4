/**
 * One call's data with loading and error state. Only the newest request's answer is kept, so
 * a slow stale response never overwrites a fresh one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../contract';

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload(): void;
}

/** `run` returns null to skip (nothing to ask yet). `key` says when to ask again. */
export function useApiQuery<T>(run: () => Promise<Result<T>> | null, key: string): QueryState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [nonce, setNonce] = useState(0);
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    let live = true;
    const pending = runRef.current();
    if (!pending) {
      setData(null);
      setError(null);
      setLoading(false);
      return;
    }
    setLoading(true);
    void pending.then((res) => {
      if (!live) return;
      setLoading(false);
      if (res.ok) {
        setData(res.value);
        setError(null);
      } else {
        // An answer about something else must not stay on screen beside the error.
        setData(null);
        setError(res.error);
      }
    });
    return () => {
      live = false;
    };
  }, [key, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data, error, loading, reload };
}
