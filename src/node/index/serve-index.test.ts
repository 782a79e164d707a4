import { EventEmitter, once } from 'node:events';
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorpusStatus } from '../../shared/status';
import { CorpusService } from '../service/corpus-service';
import { emptySettings, type FolderSettings } from '../store/folder-settings';
import { inProcessWorker } from '../test-support/index-workers';
import { serveIndex } from './serve-index';
import type { FromWorker, ToWorker } from './worker-protocol';

/**
 * The index worker's own code (reading, indexing, the saved index, every call it answers),
 * run in this process behind the service, on a copy of the sample corpus.
 */
const SAMPLE = resolve(__dirname, '../../../resources/sample-corpus');
const KYIV = 'capital-wire-minister-in-kyiv.txt';
const KIEV = 'radio-meridian-kiev-interview.txt';

let base: string;
let folder: string;
let dataDir: string;
const services: CorpusService[] = [];

beforeEach(async () => {
  base = mkdtempSync(join(tmpdir(), 'parallax-serve-index-'));
  folder = join(base, 'sample');
  dataDir = join(base, 'data');
  await fs.cp(SAMPLE, folder, { recursive: true });
  folder = await fs.realpath(folder);
});

afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.dispose()));
  await fs.rm(base, { recursive: true, force: true });
});

function newService(): CorpusService {
  const s = new CorpusService({ dataDir, createWorker: inProcessWorker });
  services.push(s);
  return s;
}

async function openSample(s = newService()): Promise<{ service: CorpusService; status: CorpusStatus }> {
  expect(await s.openFolder({ path: folder })).toMatchObject({ ok: true });
  const status = await s.whenSettled();
  expect(status).toMatchObject({ state: 'ready', error: null });
  return { service: s, status };
}

function value<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('the index worker, behind the service', () => {
  it('indexes the folder and answers every call', async () => {
    const { service, status } = await openSample();
    expect(status).toMatchObject({ documents: 12, fromCache: false, skipped: [{ path: 'README.md' }] });
    expect(Object.keys(status.timings ?? {})).toEqual(expect.arrayContaining(['walk', 'read', 'index', 'variants', 'total']));

    const docs = value(await service.listDocuments({}));
    expect(docs.map((d) => d.path)).toEqual([...docs.map((d) => d.path)].sort((a, b) => a.localeCompare(b)));
    const kyiv = docs.find((d) => d.path === KYIV)!;
    const kiev = docs.find((d) => d.path === KIEV)!;

    const found = value(await service.search({ query: 'Varga', limit: 5 }));
    expect(found.total).toBeGreaterThan(1);
    expect(found.hits.length).toBeLessThanOrEqual(5);
    expect(await service.search({ query: '"unclosed' })).toMatchObject({ ok: false, error: { code: 'invalid-query' } });

    const doc = value(await service.getDocument({ id: kyiv.id, query: 'Varga' }));
    expect(doc.meta.path).toBe(KYIV);
    expect(doc.original).toContain('Foreign minister pledges port aid on Kyiv visit');
    expect(doc.hits.length).toBeGreaterThan(0);
    expect(await service.getDocument({ id: 'no/such.txt' })).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const csv = value(await service.exportCsv({ query: 'strike' }));
    expect(csv.rows).toBeGreaterThan(0);
    expect(csv.csv.split('\n').length).toBeGreaterThan(csv.rows);

    const cmp = value(await service.compare({ a: kyiv.id, b: kiev.id }));
    expect(cmp.a.path).toBe(KYIV);
    expect(cmp.comparison.segments.length).toBeGreaterThan(0);
    expect(Array.isArray(cmp.aMarks)).toBe(true);

    // "Compare with…" shows each candidate's similarity: the very figure its comparison shows.
    const parts = value(await service.counterparts({ id: kyiv.id }));
    expect(parts.length).toBeGreaterThan(0);
    for (const c of parts.slice(0, 3)) {
      expect(value(await service.compare({ a: kyiv.id, b: c.meta.id })).comparison.similarity).toBe(c.similarity);
    }
    expect(await service.counterparts({ id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const stories = value(await service.stories({}));
    expect(stories.stories.length).toBeGreaterThan(0);
    expect(stories.stories.every((st) => st.documents.length > 1)).toBe(true);

    const variants = value(await service.variants({}));
    expect(variants.groups.length).toBeGreaterThan(0);
    expect(variants.decisions).toBeDefined();
    expect(value(await service.decideVariants({ action: 'reset', spellings: [] })).groups.length).toBeGreaterThan(0);
  });

  it('applies an outlet the user chose, without re-indexing, and keeps it for the next open', async () => {
    const { service } = await openSample();
    expect(await service.setOutlet({ path: KYIV, outlet: 'My Wire' })).toMatchObject({ ok: true });
    // The worker applies settings before the next call, as messages keep their order.
    const doc = value(await service.listDocuments({})).find((d) => d.path === KYIV)!;
    expect(doc).toMatchObject({ outlet: 'My Wire', outletSource: 'user' });

    await service.setOutlet({ path: KYIV, outlet: null });
    expect(value(await service.listDocuments({})).find((d) => d.path === KYIV)).toMatchObject({ outlet: 'Capital Wire', outletSource: 'signature' });
  });

  it('applies a date the user set to results, sort and facets, keeps it for the next open, and clears it', async () => {
    const { service } = await openSample();
    expect(await service.setDate({ path: KYIV, date: '2030-01-02' })).toMatchObject({ ok: true });
    const found = value(await service.search({ query: '', sort: 'date-desc', limit: 1 }));
    expect(found.hits[0]).toMatchObject({ path: KYIV, date: '2030-01-02', dateSource: 'user' });
    expect(found.facets.months).toContainEqual({ value: '2030-01', count: 1 });
    await service.dispose();

    const again = await openSample();
    expect(value(await again.service.listDocuments({})).find((d) => d.path === KYIV)).toMatchObject({ date: '2030-01-02', dateSource: 'user' });
    await again.service.setDate({ path: KYIV, date: null });
    expect(value(await again.service.listDocuments({})).find((d) => d.path === KYIV)).toMatchObject({ date: '2024-10-08', dateSource: 'dateline' });
  });

  it('reopens from the saved index, and re-reads only what changed', async () => {
    const first = await openSample();
    await first.service.dispose(); // waits for the saved index

    const cached = await openSample();
    expect(cached.status).toMatchObject({ fromCache: true, documents: 12 });
    expect(value(await cached.service.search({ query: 'Varga' })).total).toBeGreaterThan(1);
    await cached.service.dispose();

    await fs.appendFile(join(folder, KYIV), '\n\nA late paragraph about Zanzibar.');
    await fs.writeFile(join(folder, 'broken.txt'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]));
    const changed = await openSample();
    expect(changed.status).toMatchObject({ fromCache: false, documents: 12 });
    expect(changed.status.skipped.map((s) => s.path).sort()).toEqual(['README.md', 'broken.txt']);
    expect(value(await changed.service.search({ query: 'Zanzibar' })).total).toBe(1);
    await changed.service.dispose();

    // The unreadable file is remembered as such and not re-read while unchanged.
    const again = await openSample();
    expect(again.status).toMatchObject({ fromCache: true });
    expect(again.status.skipped.map((s) => s.path).sort()).toEqual(['README.md', 'broken.txt']);
  });

  it('rebuilds a damaged saved index and says so', async () => {
    const first = await openSample();
    await first.service.dispose();
    const corpora = join(dataDir, 'corpora');
    const [dir] = await fs.readdir(corpora);
    const file = join(corpora, dir, 'index.cache');
    const bytes = await fs.readFile(file);
    bytes[bytes.length - 10] ^= 0xff;
    await fs.writeFile(file, bytes);

    const { status } = await openSample();
    expect(status.fromCache).toBe(false);
    expect(status.notices.join(' ')).toMatch(/damaged/);
  });

  it('shows the original file as it is now, and refuses one that left the folder', async () => {
    const { service } = await openSample();
    const docs = value(await service.listDocuments({}));
    const kyiv = docs.find((d) => d.path === KYIV)!;
    const kiev = docs.find((d) => d.path === KIEV)!;

    await fs.rm(join(folder, KYIV));
    await fs.symlink(join(base, 'outside.txt'), join(folder, KYIV));
    await fs.writeFile(join(base, 'outside.txt'), 'secret');
    expect(value(await service.getDocument({ id: kyiv.id })).original).toBe('(The original file is no longer inside the opened folder.)');

    await fs.rm(join(folder, KIEV));
    expect(value(await service.getDocument({ id: kiev.id })).original).toBe('(The original file could not be read: ENOENT.)');
  });
});

describe('serveIndex, spoken to directly', () => {
  /** A port as a worker thread has one, with the worker's replies collected. */
  function port() {
    const p = Object.assign(new EventEmitter(), {
      sent: [] as FromWorker[],
      postMessage(m: FromWorker) {
        p.sent.push(m);
        p.emit('sent', m);
      },
    });
    return p;
  }
  async function until<T extends FromWorker['type']>(p: ReturnType<typeof port>, type: T): Promise<Extract<FromWorker, { type: T }>> {
    for (;;) {
      const hit = p.sent.find((m) => m.type === type);
      if (hit) return hit as Extract<FromWorker, { type: T }>;
      await once(p, 'sent');
    }
  }

  it('answers a call before any open with "no folder", and reports a save that failed', async () => {
    const p = port();
    const server = serveIndex(p);
    p.emit('message', { type: 'call', id: 1, method: 'stories', input: {} } satisfies ToWorker);
    expect(await until(p, 'reply')).toEqual({ type: 'reply', id: 1, method: 'stories', result: { ok: false, error: { code: 'no-corpus', message: 'No folder is open yet.' } } });

    // The state folder is a file: the index cannot be saved there, and the message names no path.
    const stateDir = join(base, 'not-a-folder');
    await fs.writeFile(stateDir, '');
    p.emit('message', { type: 'open', root: folder, stateDir, settings: emptySettings() } satisfies ToWorker);
    expect((await until(p, 'opened')).summary.documents).toBe(12);
    const saved = await until(p, 'saved');
    expect(saved.error).toBeTruthy();
    expect(saved.error).not.toContain(base);
    expect(p.sent.some((m) => m.type === 'progress')).toBe(true);

    // Closed: further messages are ignored.
    server.close();
    const count = p.sent.length;
    p.emit('message', { type: 'call', id: 2, method: 'stories', input: {} } satisfies ToWorker);
    expect(p.sent.length).toBe(count);
  });

  it('reports an open that failed instead of dying', async () => {
    const p = port();
    serveIndex(p);
    // Settings the service would never send: whatever throws inside the loader is reported.
    const settings = { ...emptySettings(), outlets: null } as unknown as FolderSettings;
    p.emit('message', { type: 'open', root: folder, stateDir: join(base, 'state'), settings } satisfies ToWorker);
    const r = await Promise.race([until(p, 'open-failed'), until(p, 'opened')]);
    expect(r).toMatchObject({ type: 'open-failed', message: expect.any(String) });
  });
});
