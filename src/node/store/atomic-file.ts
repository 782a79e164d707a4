import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const TMP_MARK = '.parallax-tmp-';

/**
 * Write-then-rename with fsync of the file and its folder: a reader sees the old file or
 * the new one, never a torn mix, even if the process dies halfway.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await fs.mkdir(dir, { recursive: true });
  const tmp = join(dir, `${TMP_MARK}${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}`);
  const handle = await fs.open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, path);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  let h: fs.FileHandle | undefined;
  try {
    h = await fs.open(dir, 'r');
    await h.sync();
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
  } finally {
    await h?.close();
  }
}

/** Removes temporary files left by a process that died mid-write. */
export async function sweepTempFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  const stale = names.filter((n) => n.startsWith(TMP_MARK));
  await Promise.all(stale.map((n) => fs.rm(join(dir, n), { force: true })));
  return stale.length;
}

/** Reads JSON, or gives the fallback when the file is missing or unreadable as JSON. */
export async function readJsonFile<T>(path: string, fallback: T): Promise<{ value: T; problem: string | null }> {
  let raw: string;
  try {
    raw = await fs.readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { value: fallback, problem: code === 'ENOENT' ? null : `could not read ${basename(path)} (${code})` };
  }
  try {
    return { value: JSON.parse(raw) as T, problem: null };
  } catch {
    return { value: fallback, problem: `${basename(path)} was damaged and was reset` };
  }
}
