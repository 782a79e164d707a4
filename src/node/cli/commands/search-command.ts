import type { Args } from '../args';
import { intFlag } from '../args';
import { CliFailure } from '../open-corpus';
import { must, openCorpus } from '../open-corpus';

/** `search <folder> "<query>"`: total and hits with snippets; an invalid query exits 2. */
export async function searchCommand(args: Args, out: (s: string) => void): Promise<void> {
  const query = args.positionals[2];
  if (query === undefined) throw new CliFailure('Give a query after the folder, e.g. search ./articles "Lavrov".', 2);
  const limit = intFlag(args, 'limit', 1, 100_000) ?? 20;
  const { service } = await openCorpus(args.positionals[1], args);
  try {
    const res = must(await service.search({ query, limit }));
    const hits = res.hits.map((h) => ({
      path: h.path,
      title: h.title,
      outlet: h.outlet,
      date: h.date,
      score: Number(h.score.toFixed(4)),
      snippets: h.snippets.map((s) => s.text),
    }));
    if (args.flags.has('json')) return out(JSON.stringify({ total: res.total, hits }, null, 2));
    out(`${res.total} result${res.total === 1 ? '' : 's'} for ${query}`);
    for (const n of res.notes) out(`Note: ${n}`);
    for (const x of res.expansions) {
      const also = x.spellings.filter((sp) => sp.enabled).map((sp) => `${sp.text} (${sp.count})`);
      if (also.length) out(`${x.word} — also ${also.join(', ')}`);
    }
    for (const h of hits) {
      out(`\n${h.title}\n  ${h.outlet} · ${h.date ?? 'no date'} · ${h.path}`);
      for (const s of h.snippets) out(`  … ${s.replace(/\s+/g, ' ')} …`);
    }
  } finally {
    await service.dispose();
  }
}
