import type { Args } from '../args';
import { must, openCorpus } from '../open-corpus';

/** `variants <folder>`: groups of spellings of one name, with counts, outlets and reasons. */
export async function variantsCommand(args: Args, out: (s: string) => void): Promise<void> {
  const { service } = await openCorpus(args.positionals[1], args);
  try {
    const view = must(await service.variants({}));
    if (args.flags.has('json')) return out(JSON.stringify(view, null, 2));
    out(`${view.groups.length} names spelt more than one way.`);
    for (const g of view.groups) {
      out(`\n${g.label}`);
      for (const s of g.spellings) out(`  ${String(s.count).padStart(5)}  ${s.text}  (${s.reason}; ${Object.keys(s.outlets).join(', ')})`);
    }
  } finally {
    await service.dispose();
  }
}
