import type { Logger } from '../../log/logger';
import type { Args } from '../args';
import { must, openCorpus } from '../open-corpus';

/** `list <folder>`: one line (or JSON object) per document. */
export async function listCommand(args: Args, out: (s: string) => void, log: Logger): Promise<void> {
  const { service, api } = await openCorpus(args.positionals[1], args, log);
  const docs = must(await api.listDocuments({}));
  await service.dispose();
  const rows = docs.map((d) => ({ path: d.path, title: d.title, outlet: d.outlet, date: d.date, url: d.url, words: d.words }));
  if (args.flags.has('json')) return out(JSON.stringify(rows, null, 2));
  for (const r of rows) out(`${r.path}\t${r.outlet}\t${r.date ?? '-'}\t${r.title}`);
}
