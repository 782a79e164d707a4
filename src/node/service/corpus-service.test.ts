import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenSummary, ToWorker } from '../index/worker-protocol';
import type { VariantDecisionsView } from '../../shared/variant-types';
import { fakeWorkers, type FakeWorker } from '../test-support/index-workers';
import { CorpusService } from './corpus-service';

/**
 * The service's life cycle against a stand-in worker the test drives message by message:
 * what the user sees when indexing is cancelled, when the worker dies, when Parallax closes,
 * and when a second folder is opened before the first is ready.
 */
let base: string;
let dataDir: string;
let folderA: string;
let folderB: string;
let fake: ReturnType<typeof fakeWorkers>;
let service: CorpusService;

beforeEach(async () => {
  base = mkdtempSync(join(tmpdir(), 'parallax-service-'));
  dataDir = join(base, 'data');
  folderA = join(base, 'outlet-a');
  folderB = join(base, 'outlet-b');
  await Promise.all([fs.mkdir(folderA), fs.mkdir(folderB)]);
  await fs.writeFile(join(folderA, 'one.txt'), 'Headline\n\nBody.');
  folderA = await fs.realpath(folderA);
  folderB = await fs.realpath(folderB);
  fake = fakeWorkers();
  service = new CorpusService({ dataDir, createWorker: fake.createWorker });
});

afterEach(async () => {
  await service.dispose();
  // Nothing the service started is left running.
  expect(fake.workers.every((w) => w.terminated)).toBe(true);
  await fs.rm(base, { recursive: true, force: true });
});

const summary = (documents: number, extra: Partial<OpenSummary> = {}): OpenSummary => ({
  documents,
  skipped: [],
  fromCache: false,
  notices: [],
  timings: { total: 5 },
  ...extra,
});

async function status() {
  const r = await service.status();
  if (!r.ok) throw new Error('status failed');
  return r.value;
}

/** Opens `folder` and returns the worker the open started. */
async function open(folder: string): Promise<FakeWorker> {
  const before = fake.workers.length;
  const r = await service.openFolder({ path: folder });
  expect(r).toMatchObject({ ok: true, value: { state: 'indexing', folder } });
  expect(fake.workers.length).toBe(before + 1);
  return fake.workers[fake.workers.length - 1];
}

/** Opens `folder` and has the worker report it open and its index saved. */
async function openReady(folder: string, documents = 1): Promise<FakeWorker> {
  const w = await open(folder);
  w.send({ type: 'opened', summary: summary(documents) });
  w.send({ type: 'saved', error: null });
  return w;
}

describe('CorpusService: opening', () => {
  it('asks the worker to open the folder, shows its progress, then its summary', async () => {
    const w = await open(folderA);
    expect(w.posted[0]).toMatchObject({ type: 'open', root: folderA, settings: { outlets: {} } });
    expect((w.posted[0] as Extract<ToWorker, { type: 'open' }>).stateDir.startsWith(dataDir)).toBe(true);
    const settled = service.whenSettled();

    w.send({ type: 'progress', progress: { phase: 'reading', done: 25, total: 100 } });
    expect(await status()).toMatchObject({ state: 'indexing', progress: { phase: 'reading', done: 25, total: 100 } });
    expect(await service.search({ query: 'x' })).toMatchObject({ ok: false, error: { code: 'busy' } });

    w.send({ type: 'opened', summary: summary(3, { skipped: [{ path: 'x.jpg', reason: 'not an article file (.jpg)' }], notices: ['rebuilt'] }) });
    const s = await settled;
    expect(s).toMatchObject({ state: 'ready', documents: 3, folderName: 'outlet-a', progress: { phase: 'done', done: 3, total: 3 }, notices: ['rebuilt'], error: null });
    expect(s.skipped).toEqual([{ path: 'x.jpg', reason: 'not an article file (.jpg)' }]);
    expect(s.elapsedMs).toBeGreaterThanOrEqual(0);
    expect(await service.recentFolders()).toEqual({ ok: true, value: [folderA] });

    w.send({ type: 'saved', error: 'disk full' });
    expect((await status()).notices.at(-1)).toMatch(/could not be saved \(disk full\); it will be rebuilt next time/);
  });

  it('forwards calls once ready and hands each reply to its caller', async () => {
    expect(await service.listDocuments({})).toMatchObject({ ok: false, error: { code: 'no-corpus' } });
    const w = await openReady(folderA);
    const first = service.search({ query: 'Lavrov' });
    const second = service.listDocuments({});
    const [c1, c2] = [await w.nextCall(), await w.nextCall()];
    expect(c1).toMatchObject({ method: 'search', input: { query: 'Lavrov' } });
    expect(c2).toMatchObject({ method: 'listDocuments' });
    // Replies may come in any order.
    w.send({ type: 'reply', id: c2.id, method: c2.method, result: { ok: true, value: [] } });
    w.send({ type: 'reply', id: c1.id, method: c1.method, result: { ok: false, error: { code: 'invalid-query', message: 'bad' } } });
    expect(await second).toEqual({ ok: true, value: [] });
    expect(await first).toEqual({ ok: false, error: { code: 'invalid-query', message: 'bad' } });
  });

  it('refuses a reply whose method is not the call’s, instead of handing over the wrong value', async () => {
    const w = await openReady(folderA);
    const stories = service.stories({});
    const call = await w.nextCall();
    w.send({ type: 'reply', id: call.id, method: 'listDocuments', result: { ok: true, value: [] } });
    expect(await stories).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('listDocuments') } });
  });

  it('refuses a folder that is not there, or a file, with a message', async () => {
    expect(await service.openFolder({ path: join(base, 'missing') })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await service.openFolder({ path: join(folderA, 'one.txt') })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(fake.workers).toHaveLength(0);
    expect((await status()).state).toBe('empty');
  });

  it('shows a failed open as an error the user can retry', async () => {
    const w = await open(folderA);
    w.send({ type: 'open-failed', message: 'the folder vanished' });
    expect(await service.whenSettled()).toMatchObject({ state: 'error', error: 'The folder could not be indexed: the folder vanished' });
    await openReady(folderA);
    expect(await status()).toMatchObject({ state: 'ready', error: null });
    expect(w.terminated).toBe(true);
  });

  it('keeps outlet choices and name decisions in the folder settings, and sends outlets to the worker', async () => {
    expect(await service.setOutlet({ path: 'one.txt', outlet: 'Mine' })).toMatchObject({ ok: false, error: { code: 'no-corpus' } });
    const w = await openReady(folderA);
    const gen = (await status()).generation;
    const r = await service.setOutlet({ path: '/sub\\one.txt', outlet: 'Mine' });
    expect(r).toMatchObject({ ok: true, value: { generation: gen + 1 } });
    expect(w.posted.at(-1)).toEqual({ type: 'settings', settings: expect.objectContaining({ outlets: { 'sub/one.txt': 'Mine' } }) });

    const decided = service.decideVariants({ action: 'reset', spellings: [] });
    const call = await w.nextCall();
    expect(call).toMatchObject({ method: 'decideVariants', input: { action: 'reset', current: expect.any(Object) } });
    const decisions = { ...(call.input as { current: VariantDecisionsView }).current };
    w.send({ type: 'reply', id: call.id, method: call.method, result: { ok: true, value: { decisions, view: { groups: [], names: [] } } } });
    expect(await decided).toMatchObject({ ok: true, value: { groups: [], names: [], decisions } });

    const variants = service.variants({});
    const vcall = await w.nextCall();
    w.send({ type: 'reply', id: vcall.id, method: vcall.method, result: { ok: true, value: { groups: [], names: [] } } });
    expect(await variants).toMatchObject({ ok: true, value: { groups: [], decisions } });

    // Cleared, and remembered for the next open of this folder.
    await service.setOutlet({ path: 'sub/one.txt', outlet: null });
    await service.setOutlet({ path: 'two.txt', outlet: 'Theirs' });
    const again = await open(folderA);
    expect(again.posted[0]).toMatchObject({ type: 'open', settings: { outlets: { 'two.txt': 'Theirs' } } });
  });

  it('says when the folder settings could not be read', async () => {
    const w = await openReady(folderA);
    const stateDir = (w.posted[0] as Extract<ToWorker, { type: 'open' }>).stateDir;
    await fs.mkdir(stateDir, { recursive: true });
    await fs.writeFile(join(stateDir, 'settings.json'), '{ not json');
    await open(folderA);
    expect((await status()).notices[0]).toMatch(/^Your settings for this folder could not be read/);
  });
});

describe('CorpusService: cancel', () => {
  it('stops the worker, says so, and ignores anything the stopped worker still sends', async () => {
    const w = await open(folderA);
    const settled = service.whenSettled();
    w.send({ type: 'progress', progress: { phase: 'reading', done: 5, total: 10 } });
    const gen = (await status()).generation;

    const r = await service.cancelIndexing();
    expect(r).toMatchObject({ ok: true, value: { state: 'empty', progress: null, generation: gen + 1 } });
    expect(r.ok && r.value.notices).toEqual(['Indexing was cancelled; open the folder again to resume.']);
    expect(w.terminated).toBe(true);
    expect((await settled).state).toBe('empty');

    w.send({ type: 'opened', summary: summary(9) });
    expect(await status()).toMatchObject({ state: 'empty', documents: 0 });
    expect(await service.search({ query: 'x' })).toMatchObject({ ok: false, error: { code: 'no-corpus' } });

    // Opening again starts afresh.
    await openReady(folderA, 4);
    expect(await status()).toMatchObject({ state: 'ready', documents: 4, notices: [] });
  });

  it('does nothing when nothing is being indexed', async () => {
    const w = await openReady(folderA);
    const before = await status();
    expect(await service.cancelIndexing()).toEqual({ ok: true, value: before });
    expect(w.terminated).toBe(false);
  });
});

describe('CorpusService: the worker dies', () => {
  it('mid-index: the user sees an error, and opening the folder again works', async () => {
    const w = await open(folderA);
    const settled = service.whenSettled();
    w.send({ type: 'progress', progress: { phase: 'indexing', done: 1, total: 2 } });
    w.crash('out of memory');

    const s = await settled;
    expect(s).toMatchObject({ state: 'error', progress: null });
    expect(s.error).toBe('Indexing stopped: out of memory. Open the folder again to retry.');
    expect(await service.search({ query: 'x' })).toMatchObject({ ok: false, error: { code: 'no-corpus' } });

    const w2 = await open(folderA);
    expect(w2).not.toBe(w);
    expect(await status()).toMatchObject({ state: 'indexing', error: null });
    w2.send({ type: 'opened', summary: summary(2) });
    w2.send({ type: 'saved', error: null });
    expect(await service.whenSettled()).toMatchObject({ state: 'ready', documents: 2, error: null });
  });

  it('with calls waiting: each is answered with an error instead of hanging', async () => {
    const w = await openReady(folderA);
    const pending = service.getDocument({ id: 'one.txt' });
    await w.nextCall();
    w.emit('exit', 134);
    expect(await pending).toEqual({ ok: false, error: { code: 'internal', message: 'The index worker stopped; open the folder again.' } });
    expect((await status()).error).toBe('Indexing stopped: the index worker stopped (code 134). Open the folder again to retry.');
  });

  it('even an exit with code 0 is a crash: the worker never ends on its own', async () => {
    const w = await open(folderA);
    w.emit('exit', 0);
    expect(await service.whenSettled()).toMatchObject({ state: 'error', error: expect.stringMatching(/code 0/) });
  });

  it('while saving the index: closing does not wait for a save that will never come', async () => {
    const w = await open(folderA);
    w.send({ type: 'opened', summary: summary(1) });
    w.crash('disk gone');
    await service.dispose();
    expect(w.terminated).toBe(true);
  });
});

describe('CorpusService: dispose', () => {
  it('while indexing: stops the worker, settles waiters, and refuses later calls clearly', async () => {
    const w = await open(folderA);
    const settled = service.whenSettled();
    await service.dispose();
    expect(w.terminated).toBe(true);
    expect(await settled).toMatchObject({ state: 'empty', progress: null, notices: ['Indexing stopped: Parallax is closing.'] });

    w.send({ type: 'opened', summary: summary(3) });
    expect((await status()).state).toBe('empty');
    const closed = { ok: false, error: { code: 'no-corpus', message: 'Parallax is closing: the folder is no longer open.' } };
    expect(await service.search({ query: 'x' })).toEqual(closed);
    expect(await service.variants({})).toEqual(closed);
    expect(await service.decideVariants({ action: 'reset', spellings: [] })).toEqual(closed);
    expect(await service.setOutlet({ path: 'a.txt', outlet: 'X' })).toEqual(closed);
    expect(await service.openFolder({ path: folderB })).toMatchObject({ ok: false, error: { code: 'busy', message: /closing/ } });
    // No worker was started after closing, and a second dispose is harmless.
    expect(fake.workers).toHaveLength(1);
    await service.dispose();
  });

  it('with a call waiting: the call is answered, not left hanging', async () => {
    const w = await openReady(folderA);
    const pending = service.compare({ a: 'one.txt', b: 'two.txt' });
    await w.nextCall();
    await service.dispose();
    expect(await pending).toMatchObject({ ok: false, error: { code: 'busy', message: /closing/ } });
  });

  it('while the index is being saved: waits for the save, then stops the worker', async () => {
    const w = await open(folderA);
    w.send({ type: 'opened', summary: summary(1) });
    const disposed = service.dispose();
    expect(w.terminated).toBe(false);
    w.send({ type: 'saved', error: null });
    await disposed;
    expect(w.terminated).toBe(true);
  });

  it('an open still checking its folder when Parallax closes starts no worker', async () => {
    const opening = service.openFolder({ path: folderA });
    await service.dispose();
    expect((await opening).ok).toBe(true);
    expect(fake.workers).toHaveLength(0);
    expect((await status()).state).toBe('empty');
  });
});

describe('CorpusService: a second open while the first is indexing', () => {
  it('supersedes the first: its worker is stopped and only the second result shows', async () => {
    const first = await open(folderA);
    const settled = service.whenSettled();
    first.send({ type: 'progress', progress: { phase: 'reading', done: 50, total: 100 } });

    const second = await open(folderB);
    expect(first.terminated).toBe(true);
    expect(second.posted[0]).toMatchObject({ type: 'open', root: folderB });
    expect(await status()).toMatchObject({ state: 'indexing', folder: folderB, progress: { phase: 'walking' } });

    // The first worker's late messages change nothing.
    first.send({ type: 'progress', progress: { phase: 'indexing', done: 99, total: 100 } });
    first.send({ type: 'opened', summary: summary(100) });
    first.emit('exit', 1);
    expect(await status()).toMatchObject({ state: 'indexing', folder: folderB, progress: { phase: 'walking' }, error: null });

    second.send({ type: 'opened', summary: summary(7) });
    second.send({ type: 'saved', error: null });
    // Whoever waited on the first open is told how the folder on screen ended up.
    expect(await settled).toMatchObject({ state: 'ready', folder: folderB, documents: 7 });
    expect(await status()).toMatchObject({ state: 'ready', folder: folderB, folderName: 'outlet-b', documents: 7, error: null });
  });

  it('two opens at once: only the later one starts a worker', async () => {
    const a = service.openFolder({ path: folderA });
    const b = service.openFolder({ path: folderB });
    const [ra, rb] = await Promise.all([a, b]);
    expect(fake.workers).toHaveLength(1);
    expect(fake.workers[0].posted[0]).toMatchObject({ type: 'open', root: folderB });
    expect(rb).toMatchObject({ ok: true, value: { folder: folderB, state: 'indexing' } });
    // The overtaken open reports the state as it is, not a folder that is not opening.
    expect(ra.ok && ra.value.folder).not.toBe(folderA);
    fake.workers[0].send({ type: 'opened', summary: summary(1) });
    fake.workers[0].send({ type: 'saved', error: null });
    expect(await service.whenSettled()).toMatchObject({ state: 'ready', folder: folderB });
  });

  it('a ready folder is replaced the same way, and its pending calls are answered', async () => {
    const first = await openReady(folderA);
    const pending = service.stories({});
    await first.nextCall();
    await open(folderB);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'busy', message: 'Another folder was opened.' } });
    expect(first.terminated).toBe(true);
  });
});
