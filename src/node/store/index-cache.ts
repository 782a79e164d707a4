import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file';

/** Bump when the payload's shape or the tokenizer changes: an old cache is then rebuilt. */
export const CACHE_VERSION = 4;
const FORMAT = 'parallax-index';
const FILE = 'index.cache';

interface Header {
  format: string;
  version: number;
  folder: string;
  bytes: number;
  sha256: string;
  savedAt: string;
}

export type CacheRead<T> =
  | { ok: true; payload: T }
  | { ok: false; reason: 'missing' | 'damaged' | 'old-version' | 'other-folder'; message: string | null };

/**
 * The saved index: one JSON header line, then the payload. The header carries a checksum
 * because lunr.Index.load barely validates: a truncated or bit-flipped file must be caught
 * here and rebuilt, never loaded half-way.
 */
export async function writeIndexCache(stateDir: string, folder: string, payload: unknown): Promise<number> {
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const header: Header = {
    format: FORMAT,
    version: CACHE_VERSION,
    folder,
    bytes: body.length,
    sha256: createHash('sha256').update(body).digest('hex'),
    savedAt: new Date().toISOString(),
  };
  const data = Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), body]);
  await writeFileAtomic(join(stateDir, FILE), data);
  return data.length;
}

export async function readIndexCache<T>(stateDir: string, folder: string): Promise<CacheRead<T>> {
  let data: Buffer;
  try {
    data = await fs.readFile(join(stateDir, FILE));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'missing', message: null };
    return damaged(`The saved index could not be read (${code}); it was rebuilt.`);
  }
  const nl = data.indexOf(0x0a);
  if (nl < 0) return damaged();
  let header: Header;
  try {
    header = JSON.parse(data.subarray(0, nl).toString('utf8')) as Header;
  } catch {
    return damaged();
  }
  if (!header || header.format !== FORMAT) return damaged();
  if (header.version !== CACHE_VERSION) {
    return { ok: false, reason: 'old-version', message: 'The saved index was made by another version of Parallax; it was rebuilt.' };
  }
  if (header.folder !== folder) return { ok: false, reason: 'other-folder', message: 'The saved index belonged to another folder; it was rebuilt.' };
  const body = data.subarray(nl + 1);
  if (body.length !== header.bytes || createHash('sha256').update(body).digest('hex') !== header.sha256) return damaged();
  try {
    return { ok: true, payload: JSON.parse(body.toString('utf8')) as T };
  } catch {
    return damaged();
  }
}

function damaged(message = 'The saved index was damaged; it was rebuilt from the files.'): CacheRead<never> {
  return { ok: false, reason: 'damaged', message };
}

export async function cacheSize(stateDir: string): Promise<number> {
  try {
    return (await fs.stat(join(stateDir, FILE))).size;
  } catch {
    return 0;
  }
}
