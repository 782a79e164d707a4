/**
 * Times the name-variant engine over the BBC corpus (2,225 articles): what it adds to a cold open.
 * Run: npx tsx src/node/bench/variants-bench.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVariantModel, loadVariantModel, serializeVariantModel } from '../../core/variants';
import { loadEnglish } from '../index/english-dictionary';

const here = fileURLToPath(new URL('.', import.meta.url));
export const BBC_DIR = resolve(here, '../../../../shared/corpus/bbc');

function listTxt(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return listTxt(p);
      return name.endsWith('.txt') && name !== 'README.TXT' ? [p] : [];
    });
}

/** BBC articles as the app would see them: the headline is the first line of the text. */
export function loadBbc(dir = BBC_DIR): { id: string; outlet: string; text: string }[] {
  return listTxt(dir).map((p) => ({ id: relative(dir, p), outlet: 'BBC', text: readFileSync(p, 'utf8') }));
}

export async function runVariantsBench(dir = BBC_DIR): Promise<Record<string, number>> {
  const docs = loadBbc(dir);
  const runs: number[] = [];
  let model = buildVariantModel(docs, undefined, { english: loadEnglish() });
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    model = buildVariantModel(docs, undefined, { english: loadEnglish() });
    runs.push(performance.now() - t);
  }
  const t1 = performance.now();
  const json = serializeVariantModel(model);
  const serializeMs = performance.now() - t1;
  const t2 = performance.now();
  const loaded = loadVariantModel(json);
  const loadMs = performance.now() - t2;
  if (!loaded) throw new Error('serialised model did not load');
  runs.sort((a, b) => a - b);
  return {
    documents: docs.length,
    buildMsMedian: Math.round(runs[1]),
    buildMsMax: Math.round(runs[2]),
    wordGroups: model.groups.length,
    nameGroups: model.names.length,
    nameWords: Object.keys(model.base.words).length,
    fullNames: Object.keys(model.base.names).length,
    jsonBytes: json.length,
    serializeMs: Math.round(serializeMs),
    loadMs: Math.round(loadMs),
  };
}

// Run directly (npx tsx …/variants-bench.ts), not when bundled into `npm run bench`.
if (/variants-bench\.ts$/.test(process.argv[1] ?? '')) {
  runVariantsBench().then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
