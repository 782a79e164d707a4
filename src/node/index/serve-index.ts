/**
 * What the index worker does, given the port it talks through: reads, parses and indexes a
 * folder, then answers queries about it. index-worker.ts runs it on a worker thread's port;
 * tests run it in-process behind a stand-in port.
 */
import { fail, ok, type Result } from '../../shared/result';
import { QueryError } from '../../core/search/query-error';
import { loadCorpus } from './corpus-loader';
import { CorpusSession, NotFoundError } from './corpus-session';
import type { FromWorker, ToWorker, WorkerCall, WorkerInput, WorkerMethod, WorkerReply, WorkerValue } from './worker-protocol';

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
    else if (msg.type === 'call') void call(msg);
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

  async function call<M extends WorkerMethod>(msg: WorkerCall<M>): Promise<void> {
    let result: Result<WorkerValue<M>>;
    try {
      if (!session) result = fail('no-corpus', 'No folder is open yet.');
      else result = ok(await answer(session, msg.method, msg.input));
    } catch (err) {
      if (err instanceof QueryError) result = fail('invalid-query', err.message);
      else if (err instanceof NotFoundError) result = fail('not-found', err.message);
      else result = fail('internal', publicMessage(err));
    }
    send(reply(msg, result));
  }

  return {
    close() {
      closed = true;
      session = null;
    },
  };
}

/** How the session answers each call; the type makes a call missing here a compile error. */
const ANSWERS: { [M in WorkerMethod]: (s: CorpusSession, input: WorkerInput<M>) => WorkerValue<M> | Promise<WorkerValue<M>> } = {
  listDocuments: (s) => s.listDocuments(),
  search: (s, input) => s.search(input),
  getDocument: (s, input) => s.getDocument(input),
  exportCsv: (s, input) => s.exportCsv(input),
  compare: (s, input) => s.compare(input),
  counterparts: (s, input) => s.counterparts(input),
  stories: (s) => s.stories(),
  variants: (s) => s.variantGroups(),
  decideVariants: (s, input) => s.decideVariants(input),
};

function answer<M extends WorkerMethod>(s: CorpusSession, method: M, input: WorkerInput<M>): WorkerValue<M> | Promise<WorkerValue<M>> {
  const fn: (s: CorpusSession, input: WorkerInput<M>) => WorkerValue<M> | Promise<WorkerValue<M>> = ANSWERS[method];
  return fn(s, input);
}

function reply<M extends WorkerMethod>(call: WorkerCall<M>, result: Result<WorkerValue<M>>): WorkerReply<M> {
  return { type: 'reply', id: call.id, method: call.method, result };
}

/** Error text safe to show: no stack, no absolute paths. */
function publicMessage(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/(?:[A-Za-z]:)?[\\/][^\s'"]+/g, '…').slice(0, 300) || 'Something went wrong.';
}
