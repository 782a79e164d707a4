import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAsUser, openToUser } from '../test-support/as-user';
import { formatLimit, readCorpusFile } from './read-corpus-file';
import type { WalkEntry } from './walk-folder';

const dir = mkdtempSync(join(tmpdir(), 'parallax-read-'));
beforeAll(() => openToUser(dir));
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function entry(name: string, content: string | Uint8Array): Promise<WalkEntry> {
  const abs = join(dir, name);
  await fs.writeFile(abs, content);
  const st = await fs.stat(abs);
  return { path: name, abs, size: st.size, mtimeMs: st.mtimeMs };
}

describe('readCorpusFile', () => {
  it('reads bytes and the file time', async () => {
    const e = await entry('a.txt', 'Headline\n\nBody');
    const r = await readCorpusFile(e);
    expect(r.ok && new TextDecoder().decode(r.file.bytes)).toBe('Headline\n\nBody');
    expect(r.ok && r.file.mtimeMs).toBe(e.mtimeMs);
    expect(r.ok && r.file.path).toBe('a.txt');
  });

  it('refuses files over the default 10 MB cap without reading them', async () => {
    const abs = join(dir, 'huge.txt');
    await fs.writeFile(abs, '');
    await fs.truncate(abs, 10 * 1024 * 1024 + 1); // sparse: costs no disk
    const st = await fs.stat(abs);
    expect(await readCorpusFile({ path: 'huge.txt', abs, size: st.size, mtimeMs: st.mtimeMs })).toEqual({ ok: false, reason: 'larger than the 10 MB limit' });
  });

  it('checks the cap against the file as it is now, not as the walk saw it', async () => {
    const e = await entry('grew.txt', 'x'.repeat(2048));
    expect(await readCorpusFile({ ...e, size: 10 }, { maxBytes: 1024 })).toEqual({ ok: false, reason: 'larger than the 1 KB limit' });
  });

  it('skips binaries, including a NUL-bearing file renamed .txt', async () => {
    const e = await entry('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(await readCorpusFile(e)).toEqual({ ok: false, reason: 'binary file, not text' });
  });

  it('reports a file that vanished since the walk', async () => {
    expect(await readCorpusFile({ path: 'gone.txt', abs: join(dir, 'gone.txt'), size: 1, mtimeMs: 1 })).toEqual({ ok: false, reason: 'it disappeared during the scan' });
  });

  it('does not follow a link that replaced the file after the walk', async () => {
    const e = await entry('target.txt', 'secret');
    await fs.symlink(e.abs, join(dir, 'swapped.txt'));
    expect(await readCorpusFile({ ...e, path: 'swapped.txt', abs: join(dir, 'swapped.txt') })).toEqual({ ok: false, reason: 'it is a link, not followed' });
  });

  it('reports permission denied', async () => {
    const e = await entry('locked.txt', 'x');
    await fs.chmod(e.abs, 0o000);
    // As a user chmod 000 applies to: this one, or nobody when the suite runs as root.
    expect(await callAsUser(join(__dirname, 'read-corpus-file.ts'), 'readCorpusFile', e)).toEqual({ ok: false, reason: 'permission denied' });
  });

  it('states limits in units people read', () => {
    expect(formatLimit(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatLimit(2.5 * 1024 * 1024)).toBe('2.5 MB');
    expect(formatLimit(1024)).toBe('1 KB');
    expect(formatLimit(512)).toBe('512 bytes');
  });
});
