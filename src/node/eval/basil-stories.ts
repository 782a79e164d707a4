/**
 * Story grouping eval. Run: npx tsx src/node/eval/basil-stories.ts
 * BASIL: pairwise precision and recall of grouped pairs against eval/basil-stories.json.
 * Seeds: 000/001 flagged near-copies; 000, 002, 003, 004 in one story. BBC: no giant clusters.
 * Also the sentence alignment on rewritten BASIL articles (see basil-stories-align.ts).
 * Reads ../shared relative to the repository (or PARALLAX_SHARED).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildStoryModel, counterparts, groupStories, type StoryOptions } from '../../core/compare';
import { evalAlignment } from './basil-stories-align';
import { loadBasil, loadBasilParsed, loadBbc, loadSeedDocs } from './basil-stories-data';

const shared = resolve(process.env.PARALLAX_SHARED ?? resolve(process.cwd(), '../shared'));

export interface PairScores {
  precision: number;
  recall: number;
  predictedPairs: number;
  truePairs: number;
}

/** Pairwise precision/recall of a grouping against gold labels (document → group). */
export function pairScores(groups: readonly string[][], gold: ReadonlyMap<string, string>): PairScores {
  const predicted = new Set<string>();
  for (const g of groups) for (const [i, x] of g.entries()) for (const y of g.slice(i + 1)) predicted.add(x < y ? `${x}\t${y}` : `${y}\t${x}`);
  const ids = [...gold.keys()];
  let truePairs = 0;
  let hit = 0;
  for (const [i, x] of ids.entries()) {
    for (const y of ids.slice(i + 1)) {
      if (gold.get(x) !== gold.get(y)) continue;
      truePairs++;
      if (predicted.has(x < y ? `${x}\t${y}` : `${y}\t${x}`)) hit++;
    }
  }
  return { precision: predicted.size ? hit / predicted.size : 1, recall: truePairs ? hit / truePairs : 1, predictedPairs: predicted.size, truePairs };
}

/**
 * BASIL grouping: by default with the front matter's dates (the eval's own reader); with
 * `parsed`, read by the app's parser, optionally with every `published:` line removed.
 */
export function evalBasil(opts?: StoryOptions, parsed?: { withoutPublished: boolean }) {
  const dir = join(shared, 'corpus', 'basil');
  const docs = parsed ? loadBasilParsed(dir, parsed) : loadBasil(dir);
  const labels = JSON.parse(readFileSync(join(shared, 'eval', 'basil-stories.json'), 'utf8')) as Record<string, { event: string }>;
  const gold = new Map(Object.entries(labels).map(([f, v]) => [f, v.event]));
  const t0 = performance.now();
  const { stories } = groupStories(docs, opts);
  const ms = performance.now() - t0;
  return { ...pairScores(stories.map((s) => s.documents), gold), stories: stories.length, ms };
}

/** For each BASIL article, how many of its two best counterparts are the other outlets' takes on its event. */
export function evalCounterparts(opts?: StoryOptions) {
  const docs = loadBasil(join(shared, 'corpus', 'basil'));
  const labels = JSON.parse(readFileSync(join(shared, 'eval', 'basil-stories.json'), 'utf8')) as Record<string, { event: string }>;
  const model = buildStoryModel(docs, opts);
  let hits = 0;
  let asked = 0;
  for (const d of docs) {
    const top = counterparts(model, d.id, { limit: 2 });
    asked += 2;
    hits += top.filter((c) => labels[c.id]?.event === labels[d.id]?.event).length;
  }
  return { precisionAt2: hits / asked };
}

export function evalSeeds(opts?: StoryOptions) {
  const docs = loadSeedDocs(join(shared, 'corpus', 'seeds'));
  const model = buildStoryModel(docs, opts);
  const id = (p: string) => docs.find((d) => d.id.startsWith(p))!.id;
  const copy = model.duplicates.find(([x, y]) => x === id('000') && y === id('001'));
  const story = model.storyOfDoc.get(id('000'));
  const together = ['002', '003', '004'].every((p) => story?.documents.includes(id(p)));
  return { nearCopy000and001: copy ? copy[2] : 0, oneStory: together, storySize: story?.documents.length ?? 1 };
}

export function evalBbc(opts?: StoryOptions) {
  const docs = loadBbc(join(shared, 'corpus', 'bbc'));
  const t0 = performance.now();
  const model = buildStoryModel(docs, opts);
  const ms = performance.now() - t0;
  const largest = model.stories[0]?.documents.length ?? 0;
  const inStories = model.stories.reduce((s, x) => s + x.documents.length, 0);
  const mixedTopics = model.stories.filter((s) => new Set(s.documents.map((d) => d.split('/')[0])).size > 1).length;
  return { documents: docs.length, ms, stories: model.stories.length, largest, inStories, mixedTopics, duplicates: model.duplicates.length };
}

function main(): void {
  const basil = evalBasil();
  console.log(`BASIL   precision ${basil.precision.toFixed(3)}  recall ${basil.recall.toFixed(3)}  (${basil.predictedPairs} predicted / ${basil.truePairs} true pairs, ${basil.stories} stories, ${basil.ms.toFixed(0)} ms)`);
  const parsed = evalBasil(undefined, { withoutPublished: false });
  console.log(`BASIL   read by the parser: precision ${parsed.precision.toFixed(3)}  recall ${parsed.recall.toFixed(3)}`);
  const stripped = evalBasil(undefined, { withoutPublished: true });
  const dated = loadBasilParsed(join(shared, 'corpus', 'basil'), { withoutPublished: true }).filter((d) => d.date).length;
  console.log(`BASIL   published: lines removed (${dated} of 150 dated by the parser): precision ${stripped.precision.toFixed(3)}  recall ${stripped.recall.toFixed(3)}`);
  const undated = evalBasil({ maxDays: null });
  console.log(`BASIL   dates ignored: precision ${undated.precision.toFixed(3)}  recall ${undated.recall.toFixed(3)}`);
  console.log(`BASIL   counterparts: ${(evalCounterparts().precisionAt2 * 100).toFixed(1)}% of each article's two best are the other outlets on its event`);
  const align = evalAlignment();
  console.log(`Align   ${align.documents} BASIL articles rewritten with known edits: pair precision ${align.precision.toFixed(3)}  recall ${align.recall.toFixed(3)}  moved found ${align.movedRecall.toFixed(3)}`);
  const seeds = evalSeeds();
  console.log(`Seeds   000/001 near-copy containment ${seeds.nearCopy000and001.toFixed(3)}  000+002+003+004 one story: ${seeds.oneStory} (story of ${seeds.storySize})`);
  const bbc = evalBbc();
  console.log(`BBC     ${bbc.documents} docs in ${bbc.ms.toFixed(0)} ms: ${bbc.stories} stories holding ${bbc.inStories} docs, largest ${bbc.largest}, ${bbc.mixedTopics} mixing topic folders, ${bbc.duplicates} near-copy pairs`);
}

// Run directly (npx tsx …/basil-stories.ts); importing the measures runs nothing.
if (/basil-stories\.ts$/.test(process.argv[1] ?? '')) main();
