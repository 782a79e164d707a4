import type { SkippedFile } from './document';

export type CorpusState = 'empty' | 'indexing' | 'ready' | 'error';
export type IndexPhase = 'walking' | 'reading' | 'indexing' | 'variants' | 'stories' | 'saving' | 'loading' | 'done';

export interface IndexProgress {
  phase: IndexPhase;
  done: number;
  total: number;
}

export interface CorpusStatus {
  folder: string | null;
  folderName: string | null;
  state: CorpusState;
  progress: IndexProgress | null;
  documents: number;
  skipped: SkippedFile[];
  /** Things the user should know, e.g. a damaged cache that was rebuilt. */
  notices: string[];
  fromCache: boolean;
  error: string | null;
  /** Grows with every open, so views know to refetch. */
  generation: number;
  /** Milliseconds the last open took, and its phases (walk, read, index, variants). */
  elapsedMs: number | null;
  timings: Record<string, number> | null;
  /** Where unexpected failures are logged, when the service has a log: error messages point there. */
  logFile?: string;
}
