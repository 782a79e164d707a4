/**
 * Times the comparison engine: two ~2,000-word articles compared (budget 100 ms) and the
 * BBC corpus (2,225 articles) grouped into stories (budget 5 s), plus BASIL grouping, a
 * counterparts query and the similarity of one article's counterparts (what "Compare with…" shows). Figures, not assertions. The first comparison in a process pays for
 * JIT compilation (compareColdMs); the app's worker stays warm after it. Run: npx tsx src/node/bench/compare-bench.ts
 * (from the repository root; PARALLAX_SHARED overrides where ../shared is).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildStoryModel, compareTexts, counterparts, groupStories, textSimilarities } from '../../core/compare';
import { loadBasil, loadBbc } from '../eval/basil-stories-data';
import { percentile } from './percentile';

function sharedDir(): string {
  const dir = resolve(process.env.PARALLAX_SHARED ?? resolve(process.cwd(), '../shared'));
  if (!existsSync(join(dir, 'corpus'))) throw new Error(`No corpus under ${dir}: run from the repository root or set PARALLAX_SHARED.`);
  return dir;
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

/** Paragraphs until about `n` words. */
function take(paragraphs: string[], n: number): string {
  const out: string[] = [];
  let count = 0;
  for (const p of paragraphs) {
    if (count >= n) break;
    out.push(p);
    count += words(p);
  }
  return out.join('\n\n');
}

/**
 * Two long articles on one story: A is ITV, Sky and The Moscow Times in turn; B is the ITV
 * copy, The Guardian and Sky again with its paragraphs in another order. Every kind of
 * segment occurs: same, spelling-only, reworded, moved, one-sided.
 */
function longPair(seedsDir: string): [string, string] {
  const seed = (p: string) => readFileSync(join(seedsDir, readdirSync(seedsDir).find((f) => f.startsWith(p))!), 'utf8').split(/\n\s*\n/);
  const a = take([...seed('000'), ...seed('002'), ...seed('003')], 2000);
  const sky = seed('002');
  const shuffled = sky.map((p, i) => ({ p, k: (i * 7919) % sky.length })).sort((x, y) => x.k - y.k).map((x) => x.p);
  const b = take([...seed('001'), ...seed('004'), ...shuffled, ...seed('000')], 2000);
  return [a, b];
}

export async function runCompareBench(): Promise<Record<string, number>> {
  const shared = sharedDir();
  const [a, b] = longPair(join(shared, 'corpus', 'seeds'));
  let t = performance.now();
  const first = compareTexts(a, b);
  const compareColdMs = performance.now() - t;
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 30; i++) {
    t = performance.now();
    const c0 = process.cpuUsage();
    compareTexts(a, b);
    const c = process.cpuUsage(c0);
    runs.push(performance.now() - t);
    cpu.push((c.user + c.system) / 1000);
  }
  runs.sort((x, y) => x - y);
  cpu.sort((x, y) => x - y);

  const bbc = loadBbc(join(shared, 'corpus', 'bbc'));
  t = performance.now();
  const model = buildStoryModel(bbc);
  const bbcGroupMs = performance.now() - t;
  t = performance.now();
  for (const d of bbc.slice(0, 500)) counterparts(model, d.id);
  const counterpartsUs = ((performance.now() - t) / 500) * 1000;
  // "Compare with…" shows each candidate's similarity (up to 12, as the app asks): the time to work them out for one article.
  const textOf = new Map(bbc.map((d) => [d.id, d.text]));
  const picker: number[] = [];
  for (const d of bbc.slice(0, 100)) {
    const others = counterparts(model, d.id, { limit: 12 }).map((c) => textOf.get(c.id) ?? '');
    t = performance.now();
    textSimilarities(d.text, others);
    picker.push(performance.now() - t);
  }
  picker.sort((x, y) => x - y);

  const basil = loadBasil(join(shared, 'corpus', 'basil'));
  t = performance.now();
  groupStories(basil);
  const basilGroupMs = performance.now() - t;

  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    compareWordsA: words(a),
    compareWordsB: words(b),
    compareSegments: first.segments.length,
    compareColdMs: round(compareColdMs),
    compareMedianMs: round(percentile(runs, 50)),
    compareP95Ms: round(percentile(runs, 95)),
    // CPU time (all threads, GC included) is steadier than wall time on a shared machine.
    compareMedianCpuMs: round(percentile(cpu, 50)),
    bbcDocuments: bbc.length,
    bbcGroupMs: round(bbcGroupMs),
    bbcStories: model.stories.length,
    bbcLargestStory: model.stories[0]?.documents.length ?? 0,
    bbcNearCopyPairs: model.duplicates.length,
    counterpartsQueryUs: Math.round(counterpartsUs),
    pickerSimilarityMedianMs: round(percentile(picker, 50)),
    pickerSimilarityP95Ms: round(percentile(picker, 95)),
    basilGroupMs: round(basilGroupMs),
  };
}

// Run directly (npx tsx …/compare-bench.ts), not when bundled into `npm run bench`.
if (/compare-bench\.ts$/.test(process.argv[1] ?? '')) {
  runCompareBench().then(
    (figures) => {
      for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(22)} ${v}`);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
