import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_VERSION, readIndexCache, writeIndexCache } from './index-cache';
import { sweepTempFiles, writeFileAtomic } from './atomic-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const payload = { meta: Buffer.from(JSON.stringify({ id: 'a.txt', text: 'Café in Москва' })), numbers: Buffer.from(new Int32Array([1, 2, 3]).buffer) };
const file = () => join(dir, 'index.cache');

describe('the saved index envelope', () => {
  it('round-trips its payload', async () => {
    await writeIndexCache(dir, '/corpus', payload);
    const r = await readIndexCache(dir, '/corpus');
    expect(r.ok && Object.fromEntries(Object.entries(r.sections).map(([k, v]) => [k, Buffer.from(v)]))).toEqual(payload);
  });

  it('reports a missing cache without a notice', async () => {
    expect(await readIndexCache(dir, '/corpus')).toEqual({ ok: false, reason: 'missing', message: null });
  });

  it.each([
    ['truncated', (b: Buffer) => b.subarray(0, b.length - 7)],
    ['bit-flipped', (b: Buffer) => Buffer.from(b.map((x, i) => (i === b.length - 3 ? x ^ 0x10 : x)))],
    ['empty', () => Buffer.alloc(0)],
    ['garbage', () => Buffer.from('not a cache at all')],
    ['header only', (b: Buffer) => b.subarray(0, b.indexOf(0x0a) + 1)],
  ])('refuses a %s file as damaged, with a notice', async (_name, damage) => {
    await writeIndexCache(dir, '/corpus', payload);
    writeFileSync(file(), damage(readFileSync(file())));
    const r = await readIndexCache(dir, '/corpus');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('damaged');
      expect(r.message).toMatch(/damaged|rebuilt/);
    }
  });

  it('refuses another version and another folder', async () => {
    await writeIndexCache(dir, '/corpus', payload);
    const raw = readFileSync(file(), 'utf8');
    writeFileSync(file(), raw.replace(`"version":${CACHE_VERSION}`, `"version":${CACHE_VERSION + 1}`));
    expect(await readIndexCache(dir, '/corpus')).toMatchObject({ ok: false, reason: 'old-version' });
    await writeIndexCache(dir, '/corpus', payload);
    expect(await readIndexCache(dir, '/elsewhere')).toMatchObject({ ok: false, reason: 'other-folder' });
  });

  it('survives a directory where the file should be', async () => {
    mkdirSync(file());
    const r = await readIndexCache(dir, '/corpus');
    expect(r.ok).toBe(false);
  });
});

describe('atomic writes', () => {
  it('replace the whole file and leave no temporary files behind', async () => {
    const target = join(dir, 'settings.json');
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, 'two');
    expect(readFileSync(target, 'utf8')).toBe('two');
    writeFileSync(join(dir, '.parallax-tmp-settings.json.123.abc'), 'half-written');
    expect(await sweepTempFiles(dir)).toBe(1);
    expect(await sweepTempFiles(dir)).toBe(0);
  });
});
