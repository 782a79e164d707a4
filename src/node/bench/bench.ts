/**
 * npm run bench: figures, not assertions. Opens ../shared/corpus/bbc and a generated corpus of
 * 10,000 news-sized articles cold and warm, times searches, and compares with plain lunr.
 * Set BENCH_GENERATED=0 to skip the 10,000-article corpus, BENCH_COUNT to change its size,
 * BENCH_BBC=0 or BENCH_EXTRA=0 to skip the BBC corpus or the comparison and variants figures.
 */
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchCorpus } from './corpus-bench';
import { generateCorpus } from './generate-corpus';
import { runCompareBench } from './compare-bench';
import { runVariantsBench } from './variants-bench';

const shared = resolve(process.env.PARALLAX_SHARED ?? join(__dirname, '../../../shared'));
const workerPath = join(__dirname, 'index-worker.js');

async function readTexts(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...(await readTexts(join(dir, e.name))));
    else if (e.name.endsWith('.txt')) out.push(await fs.readFile(join(dir, e.name), 'utf8'));
  }
  return out;
}

function print(name: string, figures: Record<string, number>): void {
  console.log(`\n${name}`);
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(22)} ${v}`);
}

async function main(): Promise<void> {
  const tmp = await fs.mkdtemp(join(tmpdir(), 'parallax-bench-'));
  try {
    const bbc = join(shared, 'corpus', 'bbc');
    if (process.env.BENCH_BBC !== '0') print(`BBC (${bbc})`, { ...(await benchCorpus(bbc, workerPath, join(tmp, 'bbc'))) });
    if (process.env.BENCH_GENERATED !== '0') {
      const count = Number(process.env.BENCH_COUNT ?? 10_000);
      const gen = join(tmp, 'generated');
      await generateCorpus(gen, await readTexts(bbc), count);
      print(`Generated (${count} articles of ~500 words)`, { ...(await benchCorpus(gen, workerPath, join(tmp, 'gen'))) });
    }
    if (process.env.BENCH_EXTRA !== '0') for (const extra of await extraBenches()) print(extra.name, await extra.run());
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
}

/** Benches of the comparison and variants engines, when those modules are built in. */
async function extraBenches(): Promise<{ name: string; run: () => Promise<Record<string, number>> }[]> {
  return [
    { name: 'Comparison and story grouping', run: runCompareBench },
    { name: 'Name variants over BBC (in-thread build; runs beside lunr on open)', run: () => runVariantsBench(join(shared, 'corpus', 'bbc')) },
  ];
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
