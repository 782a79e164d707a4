import type { CorpusInput, CorpusValue } from '../../shared/corpus-api';
import type { SkippedFile } from '../../shared/document';
import type { Result } from '../../shared/result';
import type { IndexProgress } from '../../shared/status';
import type { VariantsView } from '../../shared/variant-types';
import type { StoredDecisions } from '../../core/variants/decision-history';
import type { FolderSettings } from '../store/folder-settings';

/** Contract calls the worker answers as they are, once a corpus is open: the service forwards these unchanged. */
type Forwarded = 'listDocuments' | 'search' | 'getDocument' | 'exportCsv' | 'compare' | 'counterparts' | 'stories' | 'variants';

/**
 * Every call the worker answers, with its input and value: the forwarded contract calls, and
 * decideVariants, for which the service adds the stored decisions and keeps the new ones.
 */
export type WorkerCalls = { [M in Forwarded]: { input: CorpusInput<M>; value: CorpusValue<M> } } & {
  decideVariants: {
    input: CorpusInput<'decideVariants'> & { current: StoredDecisions };
    value: { decisions: StoredDecisions; view: VariantsView };
  };
};

export type WorkerMethod = keyof WorkerCalls;
export type WorkerInput<M extends WorkerMethod> = WorkerCalls[M]['input'];
export type WorkerValue<M extends WorkerMethod> = WorkerCalls[M]['value'];

/**
 * A call and its reply. Messages are told apart by `type`; within a call or reply, `M` ties
 * `method` to what `input` and `result` hold: the service builds each call for one method and
 * the worker answers it for the same one, and the service checks the reply's method on receipt.
 */
export interface WorkerCall<M extends WorkerMethod = WorkerMethod> {
  type: 'call';
  id: number;
  method: M;
  input: WorkerInput<M>;
}

export interface WorkerReply<M extends WorkerMethod = WorkerMethod> {
  type: 'reply';
  id: number;
  method: M;
  result: Result<WorkerValue<M>>;
}

/** Whether a reply answers a call to `method` (the service checks it against the call it made). */
export const isReplyTo = <M extends WorkerMethod>(reply: WorkerReply, method: M): reply is WorkerReply<M> => reply.method === method;

export type ToWorker =
  | { type: 'open'; root: string; stateDir: string; settings: FolderSettings }
  | { type: 'settings'; settings: FolderSettings }
  | WorkerCall;

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
  | WorkerReply;
