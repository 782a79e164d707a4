import { prng } from '../../core/random/prng';
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes `count` news-sized articles (about `words` words each) built from real sentences
 * of the source texts, so vocabulary and length look like news, into `dir`/NNN/xxxxx.txt.
 */
export async function generateCorpus(dir: string, sources: string[], count: number, words = 500, seed = 42): Promise<void> {
  const rand = prng(seed);
  const sentences = sources.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 30 && s.length < 400);
  const pick = () => sentences[Math.floor(rand() * sentences.length)];
  await fs.rm(dir, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) await fs.mkdir(sub, { recursive: true });
    const paras: string[] = [];
    let n = 0;
    while (n < words) {
      const p = [pick(), pick(), pick()].join(' ');
      n += p.split(/\s+/).length;
      paras.push(p);
    }
    const title = pick().split(/\s+/).slice(0, 9).join(' ');
    await fs.writeFile(join(sub, `${String(i).padStart(5, '0')}.txt`), `${title}\n\n${paras.join('\n\n')}\n`);
  }
}
