import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-file';

/** Bump when a section's shape or the tokenizer changes: an old cache is then rebuilt. */
// 7: dates and outlets carry their source; the file time is no longer stored as a date.
export const CACHE_VERSION = 7;
const FORMAT = 'parallax-index';
const FILE = 'index.cache';

interface Header {
  format: string;
  version: number;
  folder: string;
  sha256: string;
  sections: { name: string; bytes: number }[];
  savedAt: string;
}

export type Sections = Record<string, Buffer>;

export type CacheRead =
  | { ok: true; sections: Sections }
  | { ok: false; reason: 'missing' | 'damaged' | 'old-version' | 'other-folder'; message: string | null };

/**
 * The saved index: one JSON header line, then named binary sections (JSON, UTF-8 text or
 * packed numbers, as the caller chooses). The header carries a checksum because
 * lunr.Index.load barely validates: a truncated or bit-flipped file must be caught here and
 * rebuilt, never loaded half-way.
 */
export async function writeIndexCache(stateDir: string, folder: string, sections: Sections): Promise<number> {
  const names = Object.keys(sections);
  const hash = createHash('sha256');
  for (const n of names) hash.update(sections[n]);
  const header: Header = {
    format: FORMAT,
    version: CACHE_VERSION,
    folder,
    sha256: hash.digest('hex'),
    sections: names.map((name) => ({ name, bytes: sections[name].length })),
    savedAt: new Date().toISOString(),
  };
  const data = Buffer.concat([Buffer.from(JSON.stringify(header) + '\n', 'utf8'), ...names.map((n) => sections[n])]);
  await writeFileAtomic(join(stateDir, FILE), data);
  return data.length;
}

export async function readIndexCache(stateDir: string, folder: string): Promise<CacheRead> {
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
  if (!Array.isArray(header.sections)) return damaged();
  const body = data.subarray(nl + 1);
  const total = header.sections.reduce((s, x) => s + (Number.isInteger(x?.bytes) && x.bytes >= 0 ? x.bytes : NaN), 0);
  if (total !== body.length || createHash('sha256').update(body).digest('hex') !== header.sha256) return damaged();
  const sections: Sections = {};
  let at = 0;
  for (const { name, bytes } of header.sections) {
    sections[name] = body.subarray(at, at + bytes);
    at += bytes;
  }
  return { ok: true, sections };
}

function damaged(message = 'The saved index was damaged; it was rebuilt from the files.'): CacheRead {
  return { ok: false, reason: 'damaged', message };
}

export async function cacheSize(stateDir: string): Promise<number> {
  try {
    return (await fs.stat(join(stateDir, FILE))).size;
  } catch {
    return 0;
  }
}
