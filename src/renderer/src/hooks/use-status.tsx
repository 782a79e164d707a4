/**
 * The corpus status, shared by the whole UI. Polled fast while indexing (for the progress
 * bar) and slowly otherwise, so a folder opened elsewhere (CLI, another window) still shows.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { getBridge } from '../api/bridge';
import type { ApiError, CorpusStatus, Result } from '../contract';

const FAST_MS = 250;
const IDLE_MS = 3000;

interface StatusContextValue {
  status: CorpusStatus | null;
  /** Last failure to reach the API at all (not a corpus error, which is in status.error). */
  error: ApiError | null;
  openFolder(path: string): Promise<Result<CorpusStatus>>;
  cancelIndexing(): Promise<void>;
  /** Take a status returned by another call (setOutlet) without waiting for the poll. */
  accept(status: CorpusStatus): void;
}

const StatusContext = createContext<StatusContextValue | null>(null);

export function StatusProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<CorpusStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Answers can arrive out of order (a slow poll after an open): only the newest counts.
  const seq = useRef(0);
  const pollNow = useRef<() => void>(() => {});

  useEffect(() => {
    let stopped = false;
    let running = false;
    let again = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let fast = false;

    // One loop, one request in flight: the next poll is scheduled after the answer, so a slow
    // backend is never flooded.
    const poll = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      clearTimeout(timer);
      const mine = ++seq.current;
      const res = await getBridge().status({});
      running = false;
      if (stopped) return;
      if (mine === seq.current) {
        if (res.ok) {
          // The same answer again keeps the same object, so an idle poll re-renders nothing.
          const next = res.value;
          setStatus((prev) => (prev && JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
          setError(null);
          fast = res.value.state === 'indexing';
        } else setError(res.error);
      }
      if (again) {
        again = false;
        void poll();
      } else timer = setTimeout(() => void poll(), fast ? FAST_MS : IDLE_MS);
    };
    pollNow.current = () => void poll();
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  const accept = useCallback((s: CorpusStatus) => {
    seq.current++;
    setStatus(s);
    setError(null);
    pollNow.current();
  }, []);

  const openFolder = useCallback(
    async (path: string) => {
      const res = await getBridge().openFolder({ path });
      if (res.ok) accept(res.value);
      return res;
    },
    [accept],
  );

  const cancelIndexing = useCallback(async () => {
    const res = await getBridge().cancelIndexing({});
    if (res.ok) accept(res.value);
  }, [accept]);

  return (
    <StatusContext.Provider value={{ status, error, openFolder, cancelIndexing, accept }}>{children}</StatusContext.Provider>
  );
}

export function useStatus(): StatusContextValue {
  const ctx = useContext(StatusContext);
  if (!ctx) throw new Error('useStatus outside StatusProvider');
  return ctx;
}

/** The log file the service writes unexpected failures to, if it has one (null outside a StatusProvider). */
export function useLogFile(): string | null {
  return useContext(StatusContext)?.status?.logFile ?? null;
}

/**
 * A key that changes whenever fetched views are out of date: a new generation (an open), or
 * the corpus becoming ready. Data hooks list it in their dependencies.
 */
export function useCorpusKey(): string {
  const { status } = useStatus();
  if (!status) return 'none';
  return `${status.generation}:${status.state === 'ready' ? 'ready' : 'not-ready'}`;
}
