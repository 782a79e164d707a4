/**
 * Alignment eval on BASIL articles with known edits. Run: npx tsx src/node/eval/basil-stories-align.ts
 * Each article (A) is rewritten into B: paragraphs moved, sentences split in two, reworded
 * (words dropped, two swapped), deleted, and sentences from another article inserted. The
 * edit log says which B sentences each A sentence became, so pair precision and recall of
 * compareTexts' alignment, and whether moved paragraphs are reported as moved, can be counted.
 */
import { join, resolve } from 'node:path';
import { compareTexts, splitSentences } from '../../core/compare';
import { loadBasil } from './basil-stories-data';

const shared = resolve(process.env.PARALLAX_SHARED ?? resolve(process.cwd(), '../shared'));

interface Rewrite {
  b: string;
  /** For each A sentence start: the B sentence starts it became (empty: deleted). */
  truth: Map<number, number[]>;
  moved: Set<number>;
}

function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 16807) % 2147483647) / 2147483647);
}

function rewrite(a: string, foreign: string[], rand: () => number): Rewrite {
  const sentences = splitSentences(a);
  const paras: { sentences: { start: number; text: string }[] }[] = [];
  for (const s of sentences) {
    if (!paras[s.paragraph]) paras[s.paragraph] = { sentences: [] };
    paras[s.paragraph].sentences.push({ start: s.start, text: s.text });
  }
  const order = paras.map((_, i) => i);
  const moved = new Set<number>();
  if (order.length > 4) {
    const from = 1 + Math.floor(rand() * (order.length - 2));
    const [p] = order.splice(from, 1);
    const to = Math.floor(rand() * order.length);
    if (Math.abs(to - from) > 1) paras[p].sentences.forEach((s) => moved.add(s.start));
    order.splice(to, 0, p);
  }
  const pieces: { text: string; source: number | null }[][] = [];
  for (const p of order) {
    const out: { text: string; source: number | null }[] = [];
    for (const s of paras[p].sentences) {
      const r = rand();
      const words = s.text.split(' ');
      if (r < 0.1) continue;
      if (r < 0.25 && words.length > 12 && /[.!?]$/.test(s.text)) {
        const cut = Math.floor(words.length / 2);
        const second = words.slice(cut).join(' ');
        out.push({ text: `${words.slice(0, cut).join(' ').replace(/[,;:]$/, '')}.`, source: s.start });
        out.push({ text: second[0].toUpperCase() + second.slice(1), source: s.start });
      } else if (r < 0.4 && words.length > 8) {
        const kept = words.filter((_, i) => i === 0 || i === words.length - 1 || rand() > 0.2);
        const k = 1 + Math.floor(rand() * (kept.length - 3));
        [kept[k], kept[k + 1]] = [kept[k + 1], kept[k]];
        out.push({ text: kept.join(' '), source: s.start });
      } else out.push({ text: s.text, source: s.start });
      if (rand() < 0.08) out.push({ text: foreign[Math.floor(rand() * foreign.length)], source: null });
    }
    if (out.length) pieces.push(out);
  }
  let b = '';
  const truth = new Map<number, number[]>(sentences.map((s) => [s.start, []]));
  pieces.forEach((para, i) => {
    if (i) b += '\n\n';
    para.forEach((piece, k) => {
      if (k) b += ' ';
      if (piece.source !== null) truth.get(piece.source)!.push(b.length);
      b += piece.text;
    });
  });
  return { b, truth, moved };
}

export function evalAlignment(limit = 150) {
  const docs = loadBasil(join(shared, 'corpus', 'basil')).slice(0, limit);
  const foreign = docs.flatMap((d) => splitSentences(d.text).map((s) => s.text)).filter((s) => s.split(' ').length > 8);
  let correct = 0;
  let aligned = 0;
  let expected = 0;
  let movedFound = 0;
  let movedTotal = 0;
  docs.forEach((d, n) => {
    const rand = rng(n + 1);
    const { b, truth, moved } = rewrite(d.text, foreign, rand);
    const c = compareTexts(d.text, b);
    for (const [, starts] of truth) if (starts.length) expected++;
    for (const s of c.segments) {
      if (!s.aRanges.length || !s.bRanges.length) continue;
      for (const ra of s.aRanges) {
        aligned++;
        const want = truth.get(ra.start) ?? [];
        if (want.length && want.every((w) => s.bRanges.some((rb) => rb.start === w))) correct++;
        if (moved.has(ra.start) && want.length) {
          movedTotal++;
          if (s.kind === 'moved') movedFound++;
        }
      }
    }
  });
  return { precision: correct / aligned, recall: correct / expected, movedRecall: movedTotal ? movedFound / movedTotal : 1, documents: docs.length };
}

if (/basil-stories-align\.ts$/.test(process.argv[1] ?? '')) {
  const r = evalAlignment();
  console.log(`Alignment on ${r.documents} rewritten BASIL articles: pair precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  moved sentences reported as moved ${r.movedRecall.toFixed(3)}`);
}
