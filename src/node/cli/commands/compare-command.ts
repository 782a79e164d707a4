import { SEGMENT_KINDS, SEGMENT_LABELS, SIMILARITY_DEFINITION, spellingReasonLabel } from '../../../shared/compare-labels';
import type { Logger } from '../../log/logger';
import type { Args } from '../args';
import { CliFailure, must, openCorpus } from '../open-corpus';

/** "Only in A" → "only in A": a kind's words inside a line. */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

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
      return out(
        JSON.stringify(
          {
            similarity: c.similarity,
            similarityDefinition: SIMILARITY_DEFINITION,
            counts: c.counts,
            sentences: c.sentences,
            spellingChanges: c.spellingChanges,
            segments,
            quotes: c.quotes,
            onlyA: c.onlyA,
            onlyB: c.onlyB,
          },
          null,
          2,
        ),
      );
    }
    out(`${view.a.outlet}: ${view.a.title}\n${view.b.outlet}: ${view.b.title}`);
    const n = c.sentences;
    const kinds = SEGMENT_KINDS.map((k) => `${lowerFirst(SEGMENT_LABELS[k])} ${n[k] ?? 0}`).join(' · ');
    out(`Similarity ${Math.round(c.similarity * 100)}% · sentences: ${kinds} · spelling-only changes ${c.spellingChanges}`);
    out(`(${SIMILARITY_DEFINITION})`);
    for (const s of c.segments) {
      if (s.kind === 'same') continue;
      out(`\n[${lowerFirst(SEGMENT_LABELS[s.kind] ?? s.kind)}]`);
      if (s.a) out(`  A: ${s.a}`);
      if (s.b) out(`  B: ${s.b}`);
      for (const ch of s.changes) if (ch.spellingOnly && ch.op !== 'equal') out(`  spelling only: ${ch.a.trim()} → ${ch.b.trim()} (${spellingReasonLabel(ch.reason)})`);
    }
  } finally {
    await service.dispose();
  }
}
