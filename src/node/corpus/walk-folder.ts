import { promises as fs, type Dirent, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { SkippedFile } from '../../shared/document';
import { extensionOf, formatOf } from '../../core/parse/doc-format';
import { describeFsError } from './fs-errors';
import { classifyName } from './file-names';

/** A file the walk found: its place in the folder, where it really is, and its size and time. */
export interface WalkEntry {
  /** Relative to the opened folder, forward slashes: the document id. */
  path: string;
  /** Real absolute path (symlinks resolved), for reading. */
  abs: string;
  size: number;
  mtimeMs: number;
}

export interface WalkResult {
  files: WalkEntry[];
  skipped: SkippedFile[];
}

export interface WalkOptions {
  /** Stops the walk between folders; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

interface Pending {
  abs: string;
  rel: string;
}

// Enough parallel stat calls to hide disk latency without exhausting file handles.
const STAT_BATCH = 64;

/**
 * Lists the article files under a folder. Hidden names and node_modules are ignored; links
 * are followed only to places inside the folder, every real folder is entered once (so link
 * loops end) and every real file is listed once. Anything that could not be read, or is not
 * an article, is listed in `skipped` with a reason; the walk itself never fails on one entry.
 */
export async function walkFolder(root: string, opts: WalkOptions = {}): Promise<WalkResult> {
  const files: WalkEntry[] = [];
  const skipped: SkippedFile[] = [];
  let realRoot: string;
  try {
    realRoot = await fs.realpath(root);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return { files, skipped: [{ path: '.', reason: `folder could not be opened: ${missing ? 'it does not exist' : describeFsError(err)}` }] };
  }
  const inside = (p: string) => p === realRoot || p.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep);
  const seenDirs = new Set<string>([realRoot]);
  const seenFiles = new Set<string>();
  const dirs: Pending[] = [{ abs: realRoot, rel: '' }];
  // Links wait until the plain tree is done, so a file is listed under its own path, not a link's.
  const links: Pending[] = [];

  const addFile = (p: Pending, st: Stats) => {
    const key = st.ino ? `${st.dev}:${st.ino}` : p.abs;
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push({ path: p.rel, abs: p.abs, size: st.size, mtimeMs: st.mtimeMs });
  };

  while (dirs.length || links.length) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    const dir = dirs.pop();
    if (dir) {
      await readDir(dir, { dirs, links, skipped, addFile, seenDirs });
      continue;
    }
    const link = links.shift()!;
    let real: string;
    let st: Stats;
    try {
      real = await fs.realpath(link.abs);
      st = await fs.stat(real);
    } catch (err) {
      skipped.push({ path: link.rel, reason: `broken link: ${describeFsError(err)}` });
      continue;
    }
    if (!inside(real)) {
      skipped.push({ path: link.rel, reason: 'link to a place outside the folder, not followed' });
    } else if (st.isDirectory()) {
      if (!seenDirs.has(real)) {
        seenDirs.add(real);
        dirs.push({ abs: real, rel: link.rel });
      }
    } else if (st.isFile()) {
      const reason = fileSkipReason(link.rel);
      if (reason === null) addFile({ abs: real, rel: link.rel }, st);
      else if (reason) skipped.push({ path: link.rel, reason });
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, skipped };
}

interface WalkState {
  dirs: Pending[];
  links: Pending[];
  skipped: SkippedFile[];
  seenDirs: Set<string>;
  addFile: (p: Pending, st: Stats) => void;
}

async function readDir(dir: Pending, state: WalkState): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir.abs, { withFileTypes: true });
  } catch (err) {
    state.skipped.push({ path: dir.rel || '.', reason: `folder could not be read: ${describeFsError(err)}` });
    return;
  }
  const names = new Set(entries.map((e) => e.name));
  const candidates: Pending[] = [];
  // Reverse order onto the stack so folders are entered in name order.
  for (const e of entries.sort((a, b) => (a.name < b.name ? 1 : -1))) {
    const item = { abs: join(dir.abs, e.name), rel: dir.rel ? `${dir.rel}/${e.name}` : e.name };
    const kind = classifyName(e.name, e.isDirectory(), names);
    if (kind === 'ignore') continue;
    if (e.isSymbolicLink()) state.links.push(item);
    else if (e.isDirectory()) {
      if (!state.seenDirs.has(item.abs)) {
        state.seenDirs.add(item.abs);
        state.dirs.push(item);
      }
    } else if (e.isFile()) {
      const reason = fileSkipReason(item.rel);
      if (reason === null) candidates.push(item);
      else if (reason) state.skipped.push({ path: item.rel, reason });
    } else state.skipped.push({ path: item.rel, reason: 'not a regular file (device, pipe or socket)' });
  }
  // Name order, so of two hard links to one file the first name is the one listed.
  candidates.reverse();
  for (let i = 0; i < candidates.length; i += STAT_BATCH) {
    const batch = candidates.slice(i, i + STAT_BATCH);
    const stats = await Promise.allSettled(batch.map((c) => fs.stat(c.abs)));
    stats.forEach((s, j) => {
      if (s.status === 'fulfilled') state.addFile(batch[j], s.value);
      else state.skipped.push({ path: batch[j].rel, reason: describeFsError(s.reason, batch[j].rel) });
    });
  }
}

/** Null for an article file, '' for noise to ignore silently, else why the file is not read. */
function fileSkipReason(rel: string): string | null {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const kind = classifyName(name, false, new Set());
  if (kind === 'ignore') return '';
  if (kind === 'documentation') return `documentation file (${name}), not an article`;
  if (formatOf(rel)) return null;
  const ext = extensionOf(rel);
  return ext ? `not an article file (.${ext})` : 'not an article file (no extension)';
}
