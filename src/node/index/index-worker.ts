/**
 * The index worker: reads, parses and indexes a folder, then answers queries about it.
 * lunr builds and loads synchronously; here that never blocks the main process or the UI.
 */
import { parentPort } from 'node:worker_threads';
import { serveIndex } from './serve-index';

if (!parentPort) throw new Error('index-worker must run in a worker thread');
serveIndex(parentPort);
