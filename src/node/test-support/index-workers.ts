import { EventEmitter, once } from 'node:events';
import { serveIndex } from '../index/serve-index';
import type { FromWorker, ToWorker } from '../index/worker-protocol';
import type { IndexWorker } from '../service/corpus-service';

/**
 * A stand-in index worker the test drives by hand: it records what the service posts and
 * answers only when told to, so every interleaving (a cancel mid-index, a crash, a late
 * reply from a superseded worker) can be staged without timing.
 */
export class FakeWorker extends EventEmitter implements IndexWorker {
  readonly posted: ToWorker[] = [];
  terminated = false;

  postMessage(m: ToWorker): void {
    if (this.terminated) throw new Error('the service posted to a worker it had stopped');
    this.posted.push(m);
    this.emit('posted', m);
  }

  terminate(): Promise<number> {
    if (!this.terminated) {
      this.terminated = true;
      // As a worker thread does: 'exit' comes later, with code 1.
      setImmediate(() => this.emit('exit', 1));
    }
    return Promise.resolve(1);
  }

  /** A message from the worker to the service. */
  send(m: FromWorker): void {
    this.emit('message', m);
  }

  /** The worker thread dies on its own: an uncaught error, then its exit. */
  crash(message = 'out of memory', code = 1): void {
    this.emit('error', new Error(message));
    this.emit('exit', code);
  }

  /** The next call the service forwards that the test has not taken yet (waits for it if need be). */
  async nextCall(): Promise<Extract<ToWorker, { type: 'call' }>> {
    const calls = () => this.posted.filter((m): m is Extract<ToWorker, { type: 'call' }> => m.type === 'call');
    while (calls().length <= this.taken) await once(this, 'posted');
    return calls()[this.taken++];
  }

  private taken = 0;
}

/** A factory for the service that hands out FakeWorkers and keeps them for the test. */
export function fakeWorkers(): { workers: FakeWorker[]; createWorker: () => FakeWorker } {
  const workers: FakeWorker[] = [];
  return {
    workers,
    createWorker: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
  };
}

/**
 * The real index worker's code run in this process (so coverage sees it), behind a port that
 * copies messages and delivers them on a later turn, as a worker thread's does.
 */
export function inProcessWorker(): IndexWorker {
  const port = new EventEmitter();
  const worker = new EventEmitter() as EventEmitter & IndexWorker;
  let stopped = false;
  const server = serveIndex({
    on: (event, listener) => port.on(event, listener),
    postMessage: (m) => {
      const copy = structuredClone(m);
      setImmediate(() => stopped || worker.emit('message', copy));
    },
  });
  worker.postMessage = (m: ToWorker) => {
    const copy = structuredClone(m);
    setImmediate(() => stopped || port.emit('message', copy));
  };
  worker.terminate = () => {
    if (!stopped) {
      stopped = true;
      server.close();
      setImmediate(() => worker.emit('exit', 1));
    }
    return Promise.resolve(1);
  };
  return worker;
}
