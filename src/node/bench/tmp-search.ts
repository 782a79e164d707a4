import { loadCorpus } from '../index/corpus-loader';
import { emptySettings } from '../store/folder-settings';
import { corpusStateDir } from '../store/data-dir';
import { QUERY_SET } from './corpus-bench';
async function main() {
  const root = process.argv[2];
  const c = await loadCorpus({ root, stateDir: corpusStateDir('/tmp/pd-s', root), settings: emptySettings(), onProgress: () => {} });
  await c.save?.();
  for (let round = 0; round < 2; round++) for (const q of QUERY_SET) {
    const t = performance.now();
    const r = c.engine.search({ query: q, limit: 20 });
    const t1 = performance.now() - t;
    const t2s = performance.now(); c.engine.match(q); const t2 = performance.now() - t2s;
    if (round === 1) console.log(q.padEnd(20), r.total, 'search', t1.toFixed(1), 'match', t2.toFixed(1));
  }
}
main();
