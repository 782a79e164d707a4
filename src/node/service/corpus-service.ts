import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CorpusApi, CorpusInput, CorpusOutput } from '../../shared/corpus-api';
import { fail, ok, type Result } from '../../shared/result';
import type { CorpusStatus } from '../../shared/status';
import { silentLogger, type Logger } from '../log/logger';
import { corpusStateDir } from '../store/data-dir';
import { sweepTempFiles } from '../store/atomic-file';
import { emptySettings, loadFolderSettings, saveFolderSettings, type FolderSettings } from '../store/folder-settings';
import { readRecentFolders, rememberFolder } from '../store/recent-folders';
import { isReplyTo, type FromWorker, type ToWorker, type WorkerInput, type WorkerMethod, type WorkerReply, type WorkerValue } from '../index/worker-protocol';
import { checkFolder } from './check-folder';

/** What the service needs of its index worker: a node:worker_threads Worker is one; tests pass a stand-in. */
export interface IndexWorker {
  postMessage(m: ToWorker): void;
  on(event: 'message', listener: (m: FromWorker) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<unknown>;
}

export interface ServiceOptions {
  dataDir: string;
  /** The built index worker; defaults to the file beside this bundle. */
  workerPath?: string;
  /** Starts an index worker (one per open); defaults to a worker thread running `workerPath`. */
  createWorker?: () => IndexWorker;
  /** Where unexpected failures are written (never article text or queries); none by default. */
  log?: Logger;
}

const CLOSED = 'Parallax is closing: the folder is no longer open.';

const initialStatus = (): CorpusStatus => ({
  folder: null,
  folderName: null,
  state: 'empty',
  progress: null,
  documents: 0,
  skipped: [],
  notices: [],
  fromCache: false,
  error: null,
  generation: 0,
  elapsedMs: null,
  timings: null,
});

/**
 * The corpus API as the main process serves it, to IPC and HTTP alike. It owns the index
 * worker and the user's per-folder settings; every heavy call is forwarded to the worker.
 */
export class CorpusService implements CorpusApi {
  private worker: IndexWorker | null = null;
  /** Callers waiting on the worker, by call id: given its reply, or a failure when it stops. */
  private pending = new Map<number, (r: WorkerReply | Result<never>) => void>();
  private nextId = 1;
  private current = initialStatus();
  private settings: FolderSettings = emptySettings();
  private stateDir: string | null = null;
  private openedAt = 0;
  private readyWaiters: ((s: CorpusStatus) => void)[] = [];
  private savedWaiters: (() => void)[] = [];
  private saving = false;
  /** Counts openFolder calls: an open that a later one overtook while it awaited stops there. */
  private opens = 0;
  private disposed = false;

  constructor(private readonly opts: ServiceOptions) {}

  private get log(): Logger {
    return this.opts.log ?? silentLogger;
  }

  async status(): Promise<Result<CorpusStatus>> {
    return ok(this.snapshot());
  }

  async openFolder(input: { path: string }): Promise<Result<CorpusStatus>> {
    if (this.disposed) return fail('busy', CLOSED);
    const ticket = ++this.opens;
    // A later open (or dispose) came while this one waited: it is the one the user sees.
    const superseded = () => ticket !== this.opens || this.disposed;
    const path = resolve(input.path.trim().replace(/^~(?=$|[\\/])/, homedir()));
    const checked = await checkFolder(path);
    if (superseded()) return ok(this.snapshot());
    if (!checked.ok) {
      // The message names the user's path; its code is enough to tell the cases apart.
      this.log.warn('service', `A folder could not be opened (${checked.error.code}).`);
      return checked;
    }
    const root = checked.value;
    this.stopWorker('Another folder was opened.');
    const stateDir = corpusStateDir(this.opts.dataDir, root);
    await sweepTempFiles(stateDir);
    const loaded = await loadFolderSettings(stateDir);
    if (loaded.problem) this.log.warn('service', `The folder's settings could not be read (${loaded.problem}).`);
    if (superseded()) return ok(this.snapshot());
    this.stateDir = stateDir;
    this.settings = loaded.settings;
    this.current = {
      ...initialStatus(),
      folder: root,
      folderName: basename(root),
      state: 'indexing',
      progress: { phase: 'walking', done: 0, total: 0 },
      notices: loaded.problem ? [`Your settings for this folder could not be read (${loaded.problem}).`] : [],
      generation: this.current.generation + 1,
    };
    this.openedAt = Date.now();
    this.startWorker({ type: 'open', root, stateDir: this.stateDir, settings: this.settings });
    await rememberFolder(this.opts.dataDir, root).catch((err: unknown) => this.log.warn('service', 'The recent-folders list could not be saved.', err));
    return ok(this.snapshot());
  }

  /** Resolves once the open under way has finished (ready or error). */
  whenSettled(): Promise<CorpusStatus> {
    if (this.current.state !== 'indexing') return Promise.resolve(this.snapshot());
    return new Promise((r) => this.readyWaiters.push(r));
  }

  async cancelIndexing(): Promise<Result<CorpusStatus>> {
    if (this.current.state === 'indexing') {
      this.stopWorker('Indexing was cancelled.');
      this.current = { ...this.current, state: 'empty', progress: null, notices: ['Indexing was cancelled; open the folder again to resume.'], generation: this.current.generation + 1 };
      this.settle();
    }
    return ok(this.snapshot());
  }

  async recentFolders(): Promise<Result<string[]>> {
    return ok(await readRecentFolders(this.opts.dataDir));
  }

  listDocuments: CorpusApi['listDocuments'] = (input) => this.forward('listDocuments', input);
  search: CorpusApi['search'] = (input) => this.forward('search', input);
  getDocument: CorpusApi['getDocument'] = (input) => this.forward('getDocument', input);
  exportCsv: CorpusApi['exportCsv'] = (input) => this.forward('exportCsv', input);
  compare: CorpusApi['compare'] = (input) => this.forward('compare', input);
  counterparts: CorpusApi['counterparts'] = (input) => this.forward('counterparts', input);
  stories: CorpusApi['stories'] = (input) => this.forward('stories', input);
  variants: CorpusApi['variants'] = async (input) => {
    const res = await this.forward('variants', input);
    return res.ok ? ok({ ...res.value, decisions: this.settings.variantDecisions }) : res;
  };

  async decideVariants(input: CorpusInput<'decideVariants'>): Promise<CorpusOutput<'decideVariants'>> {
    const res = await this.forward('decideVariants', { ...input, current: this.settings.variantDecisions });
    if (!res.ok) return res;
    const { decisions, view } = res.value;
    this.settings = { ...this.settings, variantDecisions: decisions };
    if (this.stateDir) await saveFolderSettings(this.stateDir, this.settings);
    return ok({ ...view, decisions });
  }

  async setOutlet(input: { path: string; outlet: string | null }): Promise<Result<CorpusStatus>> {
    return this.changeSettings((s, key) => ({ ...s, outlets: withKey(s.outlets, key, input.outlet) }), input.path);
  }

  /** The user's publication date for one document (null: back to what the article says), saved beside the index. */
  async setDate(input: CorpusInput<'setDate'>): Promise<Result<CorpusStatus>> {
    return this.changeSettings((s, key) => ({ ...s, dates: withKey(s.dates, key, input.date) }), input.path);
  }

  private async changeSettings(change: (s: FolderSettings, key: string) => FolderSettings, path: string): Promise<Result<CorpusStatus>> {
    if (this.disposed) return fail('no-corpus', CLOSED);
    if (!this.stateDir || this.current.state !== 'ready') return fail('no-corpus', 'Open a folder first.');
    this.settings = change(this.settings, path.replace(/\\/g, '/').replace(/^\/+/, ''));
    await saveFolderSettings(this.stateDir, this.settings);
    this.post({ type: 'settings', settings: this.settings });
    this.current = { ...this.current, generation: this.current.generation + 1 };
    return ok(this.snapshot());
  }

  /**
   * Stops the worker, after letting it finish writing the saved index (at most 30 s). Calls
   * after this are refused, an open under way is settled, and no worker is left running.
   */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    if (this.saving) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([new Promise<void>((r) => this.savedWaiters.push(r)), new Promise((r) => (timer = setTimeout(r, 30_000)))]);
      clearTimeout(timer);
    }
    this.disposed = true;
    this.stopWorker(CLOSED);
    const notices = this.current.state === 'indexing' ? ['Indexing stopped: Parallax is closing.'] : this.current.notices;
    this.current = { ...this.current, state: this.current.state === 'error' ? 'error' : 'empty', progress: null, notices, generation: this.current.generation + 1 };
    this.settle();
  }

  private snapshot(): CorpusStatus {
    const logFile = this.opts.log?.file;
    return { ...this.current, skipped: [...this.current.skipped], notices: [...this.current.notices], ...(logFile ? { logFile } : {}) };
  }

  private forward<M extends WorkerMethod>(method: M, input: WorkerInput<M>): Promise<Result<WorkerValue<M>>> {
    if (this.disposed) return Promise.resolve(fail('no-corpus', CLOSED));
    if (this.current.state === 'indexing') return Promise.resolve(fail('busy', 'The folder is still being indexed.'));
    if (!this.worker || this.current.state !== 'ready') return Promise.resolve(fail('no-corpus', 'Open a folder first.'));
    const id = this.nextId++;
    return new Promise((res) => {
      this.pending.set(id, (r) => {
        if (!('ok' in r) && !r.result.ok && r.result.error.code === 'internal') this.log.error('service', `The index worker failed a ${method} call: ${r.result.error.message}`);
        if ('ok' in r) res(r);
        else res(isReplyTo(r, method) ? r.result : fail('internal', `The index worker answered ${r.method} to a ${method} call.`));
      });
      this.post({ type: 'call', id, method, input });
    });
  }

  private startWorker(first: ToWorker): void {
    const worker = this.opts.createWorker?.() ?? new Worker(this.opts.workerPath ?? join(__dirname, 'index-worker.js'));
    this.worker = worker;
    worker.on('message', (m: FromWorker) => this.onMessage(worker, m));
    worker.on('error', (err) => this.onCrash(worker, err.message));
    // The worker serves until it is stopped: any exit of the current one, even code 0, is a crash.
    worker.on('exit', (code) => this.onCrash(worker, `the index worker stopped (code ${code})`));
    worker.postMessage(first);
  }

  private onMessage(worker: IndexWorker, m: FromWorker): void {
    if (worker !== this.worker) return;
    if (m.type === 'progress') this.current = { ...this.current, progress: m.progress };
    else if (m.type === 'opened') {
      const s = m.summary;
      this.current = {
        ...this.current,
        state: 'ready',
        progress: { phase: 'done', done: s.documents, total: s.documents },
        documents: s.documents,
        skipped: s.skipped,
        fromCache: s.fromCache,
        notices: [...this.current.notices, ...s.notices],
        elapsedMs: Date.now() - this.openedAt,
        timings: s.timings,
      };
      this.saving = true;
      this.settle();
    } else if (m.type === 'saved') {
      this.saving = false;
      if (m.error) {
        this.log.warn('service', `The index could not be saved: ${m.error}`);
        this.current = { ...this.current, notices: [...this.current.notices, `The index could not be saved (${m.error}); it will be rebuilt next time.`] };
      }
      this.savedWaiters.splice(0).forEach((r) => r());
    } else if (m.type === 'open-failed') {
      this.log.error('service', `The folder could not be indexed: ${m.message}`);
      this.current = { ...this.current, state: 'error', progress: null, error: `The folder could not be indexed: ${m.message}` };
      this.settle();
    } else if (m.type === 'reply') {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
    }
  }

  private onCrash(worker: IndexWorker, message: string): void {
    if (worker !== this.worker) return;
    this.worker = null;
    void worker.terminate();
    this.saving = false;
    this.savedWaiters.splice(0).forEach((r) => r());
    for (const res of this.pending.values()) res(fail('internal', 'The index worker stopped; open the folder again.'));
    this.pending.clear();
    this.log.error('service', `The index worker stopped: ${message}`);
    this.current = { ...this.current, state: 'error', progress: null, error: `Indexing stopped: ${message}. Open the folder again to retry.` };
    this.settle();
  }

  private post(m: ToWorker): void {
    this.worker?.postMessage(m);
  }

  private stopWorker(reason: string): void {
    const w = this.worker;
    this.saving = false;
    this.savedWaiters.splice(0).forEach((r) => r());
    this.worker = null;
    for (const res of this.pending.values()) res(fail('busy', reason));
    this.pending.clear();
    void w?.terminate();
  }

  private settle(): void {
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const w of waiters) w(this.snapshot());
  }
}

/** A copy of a setting's map with one key set, or removed for null. */
function withKey(map: Record<string, string>, key: string, value: string | null): Record<string, string> {
  const out = { ...map };
  if (value === null) delete out[key];
  else out[key] = value;
  return out;
}
