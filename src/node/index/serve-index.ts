/**
 * What the index worker does, given the port it talks through: reads, parses and indexes a
 * folder, then answers queries about it. index-worker.ts runs it on a worker thread's port;
 * tests run it in-process behind a stand-in port.
 */
import { fail, ok, type Result } from '../../shared/result';
import { QueryError } from '../../core/search/query-error';
import { loadCorpus } from './corpus-loader';
import { CorpusSession, NotFoundError } from './corpus-session';
import type { FromWorker, ToWorker, WorkerMethod } from './worker-protocol';

/** The parent's side of the conversation: a worker thread's parentPort, or a test's stand-in. */
export interface WorkerPort {
  on(event: 'message', listener: (m: ToWorker) => void): unknown;
  postMessage(m: FromWorker): void;
}

/**
 * Answers the port's messages until `close` (a worker thread simply ends instead); an open
 * still reading when closed finishes silently.
 */
export function serveIndex(port: WorkerPort): { close(): void } {
  let closed = false;
  const send = (m: FromWorker) => {
    if (!closed) port.postMessage(m);
  };
  let session: CorpusSession | null = null;
  let lastProgress = 0;

  port.on('message', (msg: ToWorker) => {
    if (closed) return;
    if (msg.type === 'open') void open(msg);
    else if (msg.type === 'settings') session?.applySettings(msg.settings);
    else if (msg.type === 'call') void call(msg.id, msg.method, msg.input);
  });

  async function open(msg: Extract<ToWorker, { type: 'open' }>): Promise<void> {
    try {
      const corpus = await loadCorpus({
        root: msg.root,
        stateDir: msg.stateDir,
        settings: msg.settings,
        onProgress: (progress) => {
          // Progress is for eyes: a few messages a second is plenty.
          const now = Date.now();
          if (now - lastProgress < 80 && progress.done !== progress.total) return;
          lastProgress = now;
          send({ type: 'progress', progress });
        },
      });
      if (closed) return;
      session = new CorpusSession(corpus);
      send({
        type: 'opened',
        summary: {
          documents: corpus.engine.docs.size,
          skipped: corpus.skipped,
          fromCache: corpus.fromCache,
          notices: corpus.notices,
          timings: corpus.timings,
        },
      });
      warmPhrases(session);
      if (corpus.save) {
        const error = await corpus.save().then(
          () => null,
          (err: unknown) => publicMessage(err),
        );
        send({ type: 'saved', error });
      } else send({ type: 'saved', error: null });
    } catch (err) {
      send({ type: 'open-failed', message: publicMessage(err) });
    }
  }

  /** Sequences texts for phrase search in small slices, so queries arriving meanwhile are served between them. */
  function warmPhrases(s: CorpusSession): void {
    if (s !== session) return;
    if (s.engine.warmPhrases(20)) setImmediate(() => warmPhrases(s));
    else setImmediate(() => s.warmUp());
  }

  async function call(id: number, method: WorkerMethod, input: unknown): Promise<void> {
    let result: Result<unknown>;
    try {
      if (!session) result = fail('no-corpus', 'No folder is open yet.');
      else result = ok(await dispatch(session, method, input));
    } catch (err) {
      if (err instanceof QueryError) result = fail('invalid-query', err.message);
      else if (err instanceof NotFoundError) result = fail('not-found', err.message);
      else result = fail('internal', publicMessage(err));
    }
    send({ type: 'reply', id, result });
  }

  return {
    close() {
      closed = true;
      session = null;
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function dispatch(s: CorpusSession, method: WorkerMethod, input: any): Promise<unknown> {
  switch (method) {
    case 'listDocuments':
      return s.listDocuments();
    case 'search':
      return s.search(input);
    case 'getDocument':
      return s.getDocument(input);
    case 'exportCsv':
      return s.exportCsv(input);
    case 'compare':
      return s.compare(input);
    case 'counterparts':
      return s.counterparts(input);
    case 'stories':
      return s.stories();
    case 'variants':
      return s.variantGroups();
    case 'decideVariants':
      return s.decideVariants(input);
  }
}

/** Error text safe to show: no stack, no absolute paths. */
function publicMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/(?:[A-Za-z]:)?[\\/][^\s'"]+/g, '…').slice(0, 300) || 'Something went wrong.';
}
