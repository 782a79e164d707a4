import type { Logger } from '../../log/logger';
import type { Args } from '../args';
import { describeEvidence } from '../../../shared/variant-evidence';
import { ruleNames } from '../../../shared/variant-reasons';
import { must, openCorpus } from '../open-corpus';

/** `variants <folder>`: groups of spellings of one name, with counts, outlets and reasons. */
export async function variantsCommand(args: Args, out: (s: string) => void, log: Logger): Promise<void> {
  const { service, api } = await openCorpus(args.positionals[1], args, log);
  try {
    const view = must(await api.variants({}));
    if (args.flags.has('json')) return out(JSON.stringify(view, null, 2));
    const possible = view.groups.filter((g) => g.confidence === 'possible').length;
    out(`${view.groups.length} names spelt more than one way (${possible} possible, to review).`);
    for (const g of view.groups) {
      out(`\n${g.label}${g.confidence === 'possible' ? '  [possible]' : ''}`);
      for (const s of g.spellings) {
        const why = s.evidence.map(describeEvidence).join('; ');
        const rules = s.reasons[0]?.match === 'anchor' ? '' : ` [${ruleNames(s.reasons)}]`;
        out(`  ${String(s.count).padStart(5)}  ${s.text}  ${s.confidence === 'possible' ? 'possible: ' : ''}${why}${rules} (${Object.keys(s.outlets).join(', ')})`);
      }
    }
  } finally {
    await service.dispose();
  }
}
