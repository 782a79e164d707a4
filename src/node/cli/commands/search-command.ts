import type { Logger } from '../../log/logger';
import type { Args } from '../args';
import { intFlag, listFlag } from '../args';
import { CliFailure } from '../open-corpus';
import { must, openCorpus } from '../open-corpus';
import { describeExpansion } from './describe-expansion';

/**
 * `search <folder> "<query>" [--also <spelling>]…`: total and hits with snippets; an invalid query
 * exits 2. Names expand to their high-confidence spellings; `--also` adds a suggested one.
 */
export async function searchCommand(args: Args, out: (s: string) => void, log: Logger): Promise<void> {
  const query = args.positionals[2];
  if (query === undefined) throw new CliFailure('Give a query after the folder, e.g. search ./articles "Lavrov".', 2);
  const limit = intFlag(args, 'limit', 1, 100_000) ?? 20;
  const also = listFlag(args, 'also');
  const { service, api } = await openCorpus(args.positionals[1], args, log);
  try {
    const res = must(await api.search({ query, limit, variants: { enabled: true, included: also } }));
    const hits = res.hits.map((h) => ({
      path: h.path,
      title: h.title,
      outlet: h.outlet,
      date: h.date,
      score: Number(h.score.toFixed(4)),
      snippets: h.snippets.map((s) => s.text),
    }));
    if (args.flags.has('json')) return out(JSON.stringify({ total: res.total, expansions: res.expansions, hits }, null, 2));
    out(`${res.total} result${res.total === 1 ? '' : 's'} for ${query}`);
    for (const n of res.notes) out(`Note: ${n}`);
    for (const x of res.expansions) for (const line of describeExpansion(x)) out(line);
    for (const h of hits) {
      out(`\n${h.title}\n  ${h.outlet} · ${h.date ?? 'no date'} · ${h.path}`);
      for (const s of h.snippets) out(`  … ${s.replace(/\s+/g, ' ')} …`);
    }
  } finally {
    await service.dispose();
  }
}
