import lunr from 'lunr';
import type { DocMeta, SkippedFile } from '../../shared/document';
import type { IndexProgress } from '../../shared/status';
import { buildLunrIndex, type LunrIndexJson } from '../../core/search/build-index';
import { packPayload, unpackPayload, type CachedDoc, type CachePayload } from './cache-payload';
import { SearchEngine, type EngineDoc } from '../../core/search/search-engine';
import { removeRepeatedLines, type ParsedDocument } from '../../core/parse';
import { parseReadFile, readCorpusFile, walkFolder, type ReadResult, type WalkEntry } from '../corpus';
import { readIndexCache, writeIndexCache } from '../store/index-cache';
import { applyDecisions, loadVariantModel, type VariantModel } from '../../core/variants';
import { buildVariantsOffThread } from './build-variants';
import { variantLookup } from './session-variants';
import { dateOverride, outletOverride, type FolderSettings } from '../store/folder-settings';

export interface LoadedCorpus {
  root: string;
  engine: SearchEngine;
  variants: VariantModel;
  /** Writes the saved index when this open built a new one. */
  save: (() => Promise<void>) | null;
  skipped: SkippedFile[];
  fromCache: boolean;
  notices: string[];
  timings: Record<string, number>;
}

export interface LoadOptions {
  root: string;
  stateDir: string;
  settings: FolderSettings;
  onProgress: (p: IndexProgress) => void;
}

const fingerprint = (e: WalkEntry): [number, number] => [e.size, Math.round(e.mtimeMs)];
const sameFp = (a: [number, number], b: [number, number]) => a[0] === b[0] && a[1] === b[1];

/**
 * Opens a folder: reuses the saved index when no file changed, re-reads only changed files
 * otherwise, and reports progress throughout. Runs in the index worker, never on the main thread.
 */
export async function loadCorpus(opts: LoadOptions): Promise<LoadedCorpus> {
  const t0 = Date.now();
  const timings: Record<string, number> = {};
  const notices: string[] = [];
  opts.onProgress({ phase: 'walking', done: 0, total: 0 });
  const walk = await walkFolder(opts.root);
  timings.walk = Date.now() - t0;

  opts.onProgress({ phase: 'loading', done: 0, total: walk.files.length });
  const read = await readIndexCache(opts.stateDir, opts.root);
  const payload = read.ok ? unpackPayload(read.sections) : null;
  if (!read.ok && read.message) notices.push(read.message);
  if (read.ok && !payload) notices.push('The saved index was damaged; it was rebuilt from the files.');
  const cache = payload ? { ok: true as const, payload } : { ok: false as const };
  const cached = new Map<string, CachedDoc>();
  const failedBefore = new Map<string, SkippedFile & { fp: [number, number] }>();
  if (cache.ok) {
    for (const d of cache.payload.docs) cached.set(d.meta.path, d);
    for (const f of cache.payload.failed) failedBefore.set(f.path, f);
  }

  const parsed: CachedDoc[] = [];
  const failed: CachePayload['failed'] = [];
  let reread = 0;
  let done = 0;
  const reuse = (entry: WalkEntry): CachedDoc | (SkippedFile & { fp: [number, number] }) | null => {
    const fp = fingerprint(entry);
    const hit = cached.get(entry.path) ?? failedBefore.get(entry.path);
    return hit && sameFp(hit.fp, fp) ? hit : null;
  };
  const reads = readAhead(walk.files.filter((e) => !reuse(e)));
  for (const entry of walk.files) {
    const kept = reuse(entry);
    if (kept && 'meta' in kept) parsed.push(kept);
    else if (kept) failed.push(kept);
    else {
      reread++;
      const res = parseReadFile(await reads.next(entry));
      if (res.ok) parsed.push({ meta: res.doc.meta, text: res.doc.text, fp: fingerprint(entry) });
      else failed.push({ path: entry.path, reason: res.reason, fp: fingerprint(entry) });
    }
    if (++done % 25 === 0) opts.onProgress({ phase: 'reading', done, total: walk.files.length });
  }
  timings.read = Date.now() - t0 - timings.walk;
  const unchanged = cache.ok && reread === 0 && parsed.length === cache.payload.docs.length;

  const docs = finishDocs(parsed, opts.settings);
  let index: lunr.Index | undefined;
  let indexJson: LunrIndexJson | null = null;
  const t1 = Date.now();
  let variants: VariantModel | null = null;
  if (unchanged && cache.ok) {
    index = lunr.Index.load(cache.payload.index);
    const base = loadVariantModel(cache.payload.variants);
    variants = base && applyDecisions(base, opts.settings.variantDecisions);
    timings.index = Date.now() - t1;
  }
  let save: (() => Promise<void>) | null = null;
  if (!variants || !unchanged) {
    const t2 = Date.now();
    opts.onProgress({ phase: 'indexing', done: 0, total: docs.size });
    const variantsBuilt = buildVariantsOffThread([...docs.values()].map((d) => ({ id: d.meta.id, outlet: d.meta.outlet, text: d.text })));
    if (!unchanged) {
      const built = buildLunrIndex(docs.values(), (n) => opts.onProgress({ phase: 'indexing', done: n, total: docs.size }));
      index = built.index;
      indexJson = built.json;
      timings.index = Date.now() - t2;
    }
    opts.onProgress({ phase: 'variants', done: 0, total: docs.size });
    const built = await variantsBuilt;
    variants = applyDecisions(built.model, opts.settings.variantDecisions);
    timings.variants = Date.now() - t2;
    const savedIndex = indexJson ?? (index!.toJSON() as unknown as LunrIndexJson);
    // Saved after the folder is reported open: searching need not wait for the disk.
    save = () =>
      writeIndexCache(opts.stateDir, opts.root, packPayload({ docs: parsed, failed, index: savedIndex, variants: built.json })).then(() => undefined);
  }
  timings.total = Date.now() - t0;
  return {
    root: opts.root,
    engine: new SearchEngine(index!, docs, variantLookup(variants)),
    variants,
    save,
    skipped: [...walk.skipped, ...failed.map(({ path, reason }) => ({ path, reason }))].sort((a, b) => a.path.localeCompare(b.path)),
    fromCache: !!unchanged,
    notices,
    timings,
  };
}

/**
 * Keeps a few reads in flight ahead of parsing: file I/O waits on the disk and the thread
 * pool, parsing on the CPU, and overlapping them roughly halves the reading phase.
 */
function readAhead(entries: WalkEntry[], window = 16): { next(entry: WalkEntry): Promise<ReadResult> } {
  const inFlight = new Map<string, Promise<ReadResult>>();
  let started = 0;
  const top = () => {
    while (started < entries.length && inFlight.size < window) {
      const e = entries[started++];
      inFlight.set(e.path, readCorpusFile(e));
    }
  };
  return {
    next(entry) {
      top();
      const p = inFlight.get(entry.path) ?? readCorpusFile(entry);
      inFlight.delete(entry.path);
      top();
      return p;
    },
  };
}

/** Corpus-wide furniture removal and the user's outlet and date choices, applied to freshly parsed or cached docs. */
function finishDocs(parsed: CachedDoc[], settings: FolderSettings): Map<string, EngineDoc> {
  const input: ParsedDocument[] = parsed.map((d) => ({ meta: { ...d.meta }, text: d.text, original: '' }));
  const cleaned = removeRepeatedLines(input);
  const out = new Map<string, EngineDoc>();
  for (const d of cleaned) {
    applyUserSettings(d.meta, settings);
    out.set(d.meta.id, { meta: d.meta, text: d.text });
  }
  return out;
}

/** What the files themselves say about outlets and dates, kept so a cleared setting can fall back to it. */
const parsedMeta = new WeakMap<DocMeta, Pick<DocMeta, 'outlet' | 'outletSource' | 'date' | 'dateSource'>>();

/** The user's outlet (for the document or its folder) and date (for the document), over what the file says. */
export function applyUserSettings(meta: DocMeta, settings: FolderSettings): void {
  if (!parsedMeta.has(meta)) parsedMeta.set(meta, { outlet: meta.outlet, outletSource: meta.outletSource, date: meta.date, dateSource: meta.dateSource });
  const own = parsedMeta.get(meta)!;
  const o = outletOverride(settings.outlets, meta.path);
  meta.outlet = o ?? own.outlet;
  meta.outletSource = o ? 'user' : own.outletSource;
  const d = dateOverride(settings.dates, meta.path);
  meta.date = d ?? own.date;
  meta.dateSource = d ? 'user' : own.dateSource;
}
