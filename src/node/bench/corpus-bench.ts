import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import lunr from 'lunr';
import { CorpusService } from '../service/corpus-service';
import { corpusStateDir } from '../store/data-dir';
import { cacheSize } from '../store/index-cache';
import { percentile } from './percentile';

export const QUERY_SET = [
  'government', 'election', '"prime minister"', 'market +growth', 'film -award', 'title:music', 'econom*',
  'chelsea', 'brown~1', 'mobile phone', '"interest rates"', 'oil prices', 'broadband', 'labour tories',
  'court', 'champion', 'technology', '"world cup"', 'profit^2 shares', 'games',
];

export interface CorpusFigures {
  documents: number;
  coldOpenS: number;
  warmOpenS: number;
  peakRssMiB: number;
  indexMiB: number;
  searchP50Ms: number;
  searchP95Ms: number;
  plainLunrBuildS: number;
  plainLunrJsonMiB: number;
}

/** Opens a folder cold (fresh data dir) and warm (same data dir), then times the query set. */
export async function benchCorpus(folder: string, workerPath: string, tmp: string): Promise<CorpusFigures> {
  const dataDir = join(tmp, 'data');
  await fs.rm(dataDir, { recursive: true, force: true });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);

  const open = async () => {
    const service = new CorpusService({ dataDir, workerPath });
    const t = performance.now();
    const r = await service.openFolder({ path: folder });
    if (!r.ok) throw new Error(r.error.message);
    const status = await service.whenSettled();
    if (status.state !== 'ready') throw new Error(status.error ?? 'not ready');
    return { service, seconds: (performance.now() - t) / 1000, status };
  };
  const cold = await open();
  await cold.service.dispose();
  const warm = await open();
  if (!warm.status.fromCache) throw new Error('warm open did not use the saved index');

  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const query of QUERY_SET) {
      const t = performance.now();
      const r = await warm.service.search({ query, limit: 20 });
      times.push(performance.now() - t);
      if (!r.ok) throw new Error(`${query}: ${r.error.message}`);
    }
  }
  await warm.service.dispose();
  clearInterval(sampler);
  times.sort((a, b) => a - b);
  const stateDir = corpusStateDir(dataDir, await fs.realpath(folder));
  const plain = await plainLunr(folder);
  return {
    documents: warm.status.documents,
    coldOpenS: round(cold.seconds),
    warmOpenS: round(warm.seconds),
    peakRssMiB: Math.round(peak / 2 ** 20),
    indexMiB: round((await cacheSize(stateDir)) / 2 ** 20),
    searchP50Ms: round(percentile(times, 50)),
    searchP95Ms: round(percentile(times, 95)),
    plainLunrBuildS: plain.seconds,
    plainLunrJsonMiB: plain.mib,
  };
}

/** The baseline: every .txt read and handed to one plain, single-threaded lunr() build. */
async function plainLunr(folder: string): Promise<{ seconds: number; mib: number }> {
  const files: string[] = [];
  const walk = async (d: string) => {
    for (const e of await fs.readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else if (e.name.endsWith('.txt')) files.push(join(d, e.name));
    }
  };
  await walk(folder);
  const t = performance.now();
  const docs = await Promise.all(files.map(async (f) => ({ id: f, text: await fs.readFile(f, 'utf8') })));
  const idx = lunr(function () {
    this.ref('id');
    this.field('title');
    this.field('body');
    for (const d of docs) this.add({ id: d.id, title: d.text.split('\n')[0], body: d.text });
  });
  const seconds = round((performance.now() - t) / 1000);
  return { seconds, mib: round(JSON.stringify(idx).length / 2 ** 20) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
