import type { Logger } from '../../log/logger';
import type { Args } from '../args';
import { CliFailure, must, openCorpus } from '../open-corpus';

/** `compare <folder> <pathA> <pathB>`: similarity, aligned segments, quotes, one-sided facts. */
export async function compareCommand(args: Args, out: (s: string) => void, log: Logger): Promise<void> {
  const [, folder, a, b] = args.positionals;
  if (!a || !b) throw new CliFailure('Give two document paths after the folder, as `list` prints them.', 2);
  const { service, api } = await openCorpus(folder, args, log);
  try {
    const view = must(await api.compare({ a, b }));
    const c = view.comparison;
    if (args.flags.has('json')) {
      const segments = c.segments.map((s) => ({ kind: s.kind, a: s.a, b: s.b, changes: s.changes.filter((ch) => ch.op !== 'equal') }));
      return out(JSON.stringify({ similarity: c.similarity, counts: c.counts, sentences: c.sentences, segments, quotes: c.quotes, onlyA: c.onlyA, onlyB: c.onlyB }, null, 2));
    }
    out(`${view.a.outlet}: ${view.a.title}\n${view.b.outlet}: ${view.b.title}`);
    const n = c.sentences;
    out(`Similarity ${(c.similarity * 100).toFixed(0)}% · sentences: same ${n.same} · reworded ${n.reworded} · moved ${n.moved} · only A ${n.onlyA} · only B ${n.onlyB}`);
    for (const s of c.segments) {
      if (s.kind === 'same') continue;
      out(`\n[${s.kind}]`);
      if (s.a) out(`  A: ${s.a}`);
      if (s.b) out(`  B: ${s.b}`);
    }
  } finally {
    await service.dispose();
  }
}
