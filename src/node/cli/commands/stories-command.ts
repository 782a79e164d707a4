import type { Logger } from '../../log/logger';
import type { Args } from '../args';
import { must, openCorpus } from '../open-corpus';

/** `stories <folder>`: documents grouped into stories, and near-copies. */
export async function storiesCommand(args: Args, out: (s: string) => void, log: Logger): Promise<void> {
  const { service, api } = await openCorpus(args.positionals[1], args, log);
  try {
    const view = must(await api.stories({}));
    const stories = view.stories.map((s) => ({ id: s.id, title: s.title, documents: s.documents.map((d) => d.path), outlets: s.outlets }));
    if (args.flags.has('json')) return out(JSON.stringify({ stories, duplicates: view.duplicates }, null, 2));
    out(`${stories.length} stories told by two or more articles.`);
    for (const s of stories) out(`\n${s.title}\n  ${s.outlets.join(', ')}\n${s.documents.map((d) => '  - ' + d).join('\n')}`);
    if (view.duplicates.length) out(`\nNear-copies:\n${view.duplicates.map(([a, b, x]) => `  ${a} ~ ${b} (${(x * 100).toFixed(0)}%)`).join('\n')}`);
  } finally {
    await service.dispose();
  }
}
