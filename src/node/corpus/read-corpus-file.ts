import { constants, promises as fs } from 'node:fs';
import type { SourceFile } from '../../core/parse/parsed-document';
import { looksBinary } from '../../core/text/decode';
import { describeFsError } from './fs-errors';
import type { WalkEntry } from './walk-folder';

/** Articles are kilobytes; anything this big is a dump or a mistake and would stall the index. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
// A file still being written is read again, a few times, so one document never mixes two versions.
const ATTEMPTS = 3;

export type ReadResult = { ok: true; file: SourceFile } | { ok: false; reason: string };

export function formatLimit(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/**
 * Reads one walked file whole, refusing files over the cap, binaries and files that change
 * while being read. Never throws: every failure is a reason for the skipped list.
 */
export async function readCorpusFile(entry: WalkEntry, opts: { maxBytes?: number } = {}): Promise<ReadResult> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const tooLarge: ReadResult = { ok: false, reason: `larger than the ${formatLimit(max)} limit` };
  if (entry.size > max) return tooLarge;
  // The walk resolved links already: a link appearing here since then is not followed.
  const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(entry.abs, flags);
  } catch (err) {
    return { ok: false, reason: describeFsError(err, entry.path) };
  }
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const before = await handle.stat();
      if (!before.isFile()) return { ok: false, reason: 'not a regular file' };
      if (before.size > max) return tooLarge;
      // Sized to the file (plus one byte, to notice growth): a 1 MB buffer per small file was most of the read time.
      const bytes = await readUpTo(handle, max + 1, before.size + 1);
      if (bytes.length > max) return tooLarge;
      const after = await handle.stat();
      if (after.mtimeMs !== before.mtimeMs || after.size !== before.size || bytes.length !== after.size) continue;
      if (looksBinary(bytes)) return { ok: false, reason: 'binary file, not text' };
      return { ok: true, file: { path: entry.path, bytes, mtimeMs: after.mtimeMs } };
    }
    return { ok: false, reason: 'the file kept changing while it was read; it will be read on the next scan' };
  } catch (err) {
    return { ok: false, reason: describeFsError(err, entry.path) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function readUpTo(handle: fs.FileHandle, limit: number, expected: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const size = chunks.length === 0 ? Math.min(expected, limit) : Math.min(1 << 20, limit - total);
    const buf = Buffer.allocUnsafe(Math.max(1, size));
    const { bytesRead } = await handle.read(buf, 0, buf.length, total);
    if (bytesRead === 0) break;
    chunks.push(buf.subarray(0, bytesRead));
    total += bytesRead;
    if (bytesRead < buf.length) break;
  }
  const all = Buffer.concat(chunks, total);
  return new Uint8Array(all.buffer, all.byteOffset, all.length);
}
