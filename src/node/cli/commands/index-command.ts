import type { Logger } from '../../log/logger';
import type { Args } from '../args';
import { must, openCorpus } from '../open-corpus';

/** `index <folder>`: documents indexed, skipped files with reasons, outlets with counts, time taken. */
export async function indexCommand(args: Args, out: (s: string) => void, log: Logger): Promise<void> {
  const started = Date.now();
  const { service, api, status } = await openCorpus(args.positionals[1], args, log);
  const docs = must(await api.listDocuments({}));
  const outlets = new Map<string, number>();
  for (const d of docs) outlets.set(d.outlet, (outlets.get(d.outlet) ?? 0) + 1);
  const outletList = [...outlets].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name, count]) => ({ name, count }));
  const seconds = (Date.now() - started) / 1000;
  await service.dispose();
  if (args.flags.has('json')) {
    out(JSON.stringify({ folder: status.folder, documents: docs.length, skipped: status.skipped, outlets: outletList, fromCache: status.fromCache, notices: status.notices, seconds, timingsMs: status.timings }, null, 2));
    return;
  }
  out(`Indexed ${docs.length} documents in ${seconds.toFixed(2)} s${status.fromCache ? ' (from the saved index)' : ''}.`);
  for (const n of status.notices) out(`Note: ${n}`);
  out(`Outlets:`);
  for (const o of outletList) out(`  ${String(o.count).padStart(5)}  ${o.name}`);
  if (status.skipped.length) {
    out(`Skipped ${status.skipped.length} files:`);
    for (const s of status.skipped) out(`  ${s.path}: ${s.reason}`);
  }
}
