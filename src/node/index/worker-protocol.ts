import type { SkippedFile } from '../../shared/document';
import type { Result } from '../../shared/result';
import type { IndexProgress } from '../../shared/status';
import type { FolderSettings } from '../store/folder-settings';

/** Calls the worker answers once a corpus is open; the service forwards these unchanged. */
export type WorkerMethod =
  | 'listDocuments'
  | 'search'
  | 'getDocument'
  | 'exportCsv'
  | 'compare'
  | 'counterparts'
  | 'stories'
  | 'variants'
  | 'decideVariants';

export type ToWorker =
  | { type: 'open'; root: string; stateDir: string; settings: FolderSettings }
  | { type: 'settings'; settings: FolderSettings }
  | { type: 'call'; id: number; method: WorkerMethod; input: unknown };

export interface OpenSummary {
  documents: number;
  skipped: SkippedFile[];
  fromCache: boolean;
  notices: string[];
  timings: Record<string, number>;
}

export type FromWorker =
  | { type: 'progress'; progress: IndexProgress }
  | { type: 'opened'; summary: OpenSummary }
  | { type: 'open-failed'; message: string }
  /** The saved index is on disk (or could not be written: `error`). */
  | { type: 'saved'; error: string | null }
  | { type: 'reply'; id: number; result: Result<unknown> };
