import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callAsUser, openToUser } from '../test-support/as-user';
import { walkFolder, type WalkResult } from './walk-folder';

const base = mkdtempSync(join(tmpdir(), 'parallax-walk-'));
const root = join(base, 'corpus');
const outside = join(base, 'outside');
const LONG = `${'long-name-'.repeat(24)}end.txt`; // 247 bytes: near the 255-byte limit of most file systems
const NFC = 'caf\u00e9.txt';
const NFD = 'cafe\u0301.txt';
const write = (rel: string, content: string | Uint8Array = 'Headline\n\nBody.') => fs.writeFile(join(root, rel), content);

let result: WalkResult;
let elapsedMs = 0;
// Root ignores file permissions, so an unreadable file cannot be staged there.
let permissionsEnforced = false;

beforeAll(async () => {
  await openToUser(base);
  await fs.mkdir(join(root, 'sub', 'deeper'), { recursive: true });
  await fs.mkdir(join(root, '.hidden'));
  await fs.mkdir(join(root, 'node_modules'));
  await fs.mkdir(join(root, 'Page_files'));
  await fs.mkdir(join(root, 'locked-dir'));
  await fs.mkdir(outside);
  await Promise.all([
    write('a.txt'),
    write('sub/b.md', '---\ntitle: B\n---\nBody'),
    write('sub/deeper/c.html', '<p>Body</p>'),
    write('.hidden/secret.txt'),
    write('.dotfile.txt'),
    write('node_modules/pkg.txt'),
    write('Page.html', '<p>Saved page</p>'),
    write('Page_files/frame.html', '<p>ad frame</p>'),
    write('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff])),
    write('Thumbs.db', new Uint8Array([0])),
    write('draft.txt~'),
    write('README.md', '# About this folder'),
    write('binary.txt', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0])),
    write('empty.txt', ''),
    write(NFC),
    write(NFD),
    write('what #?% & more.txt'),
    write('new\nline.txt'),
    write('\u202Etxt.exe.txt'),
    write(LONG),
    write('locked.txt'),
    write('locked-dir/inside.txt'),
    fs.writeFile(join(outside, 'secret.txt'), 'outside'),
  ]);
  await fs.symlink('..', join(root, 'sub', 'loop-to-root'));
  await fs.symlink('.', join(root, 'sub', 'deeper', 'self'));
  await fs.symlink(outside, join(root, 'link-out'));
  await fs.symlink(join(outside, 'secret.txt'), join(root, 'file-link-out.txt'));
  await fs.symlink('a.txt', join(root, 'alias.txt'));
  await fs.symlink('sub', join(root, 'sub-alias'));
  await fs.symlink('.hidden', join(root, 'hidden-alias'));
  await fs.symlink('missing.txt', join(root, 'broken.txt'));
  await fs.link(join(root, 'a.txt'), join(root, 'z-hard-link.txt'));
  await fs.chmod(join(root, 'locked.txt'), 0o000);
  await fs.chmod(join(root, 'locked-dir'), 0o000);
  permissionsEnforced = await fs.readFile(join(root, 'locked.txt')).then(() => false, () => true);

  const t0 = Date.now();
  result = await walkFolder(root);
  elapsedMs = Date.now() - t0;
});

afterAll(async () => {
  await fs.chmod(join(root, 'locked.txt'), 0o644).catch(() => undefined);
  await fs.chmod(join(root, 'locked-dir'), 0o755).catch(() => undefined);
  await fs.rm(base, { recursive: true, force: true });
});

const paths = () => result.files.map((f) => f.path);
const reasonFor = (p: string) => result.skipped.find((s) => s.path === p)?.reason;

describe('walkFolder', () => {
  it('lists each article file once, by its own path, sorted', () => {
    // locked.txt is listed either way: the walk only stats it; reading it reports permission denied.
    const expected = ['Page.html', 'a.txt', 'binary.txt', 'empty.txt', 'hidden-alias/secret.txt', 'locked.txt', 'new\nline.txt', 'sub/b.md', 'sub/deeper/c.html', 'what #?% & more.txt', LONG, NFD, NFC, '\u202Etxt.exe.txt'];
    if (!permissionsEnforced) expected.push('locked-dir/inside.txt');
    expect(paths()).toEqual([...expected].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(paths()).size).toBe(paths().length);
    // alias.txt (symlink) and z-hard-link.txt (hard link) are a.txt again: listed once, as a.txt.
    expect(paths()).not.toContain('alias.txt');
    expect(paths()).not.toContain('z-hard-link.txt');
  });

  it('ends quickly despite link loops, and never reaches outside the folder', () => {
    expect(elapsedMs).toBeLessThan(5000);
    expect(paths().some((p) => p.includes('loop-to-root') || p.includes('/self/'))).toBe(false);
    expect(result.files.every((f) => !f.abs.startsWith(outside))).toBe(true);
    expect(reasonFor('link-out')).toBe('link to a place outside the folder, not followed');
    expect(reasonFor('file-link-out.txt')).toBe('link to a place outside the folder, not followed');
  });

  it('records size, time and a real absolute path for reading', async () => {
    const a = result.files.find((f) => f.path === 'a.txt')!;
    expect(a.abs).toBe(await fs.realpath(join(root, 'a.txt')));
    expect(a.size).toBe(15);
    expect(a.mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });

  it('explains what it skipped, and ignores hidden files and noise silently', () => {
    expect(reasonFor('photo.jpg')).toBe('not an article file (.jpg)');
    expect(reasonFor('README.md')).toBe('documentation file (README.md), not an article');
    expect(reasonFor('broken.txt')).toMatch(/^broken link: /);
    for (const silent of ['.hidden', '.dotfile.txt', 'node_modules/pkg.txt', 'Thumbs.db', 'draft.txt~', 'Page_files/frame.html']) {
      expect(result.skipped.some((s) => s.path.startsWith(silent))).toBe(false);
      expect(paths()).not.toContain(silent);
    }
  });

  it('lists unreadable folders with "permission denied"', async () => {
    // As a user chmod 000 applies to: this one, or nobody when the suite runs as root.
    const asUser = await callAsUser<WalkResult>(join(__dirname, 'walk-folder.ts'), 'walkFolder', root);
    expect(asUser.skipped.find((s) => s.path === 'locked-dir')?.reason).toBe('folder could not be read: permission denied');
    const listed = asUser.files.map((f) => f.path);
    expect(listed).toEqual(expect.arrayContaining(['a.txt', 'sub/b.md', 'locked.txt']));
    expect(listed).not.toContain('locked-dir/inside.txt');
  });

  it('reports a folder that does not exist instead of throwing', async () => {
    const r = await walkFolder(join(base, 'nope'));
    expect(r.files).toEqual([]);
    expect(r.skipped).toEqual([{ path: '.', reason: 'folder could not be opened: it does not exist' }]);
  });

  it('stops when aborted', async () => {
    const ctrl = new AbortController();
    ctrl.abort(new Error('user closed the folder'));
    await expect(walkFolder(root, { signal: ctrl.signal })).rejects.toThrow('user closed the folder');
  });
});
