/**
 * Every pair of spellings the engine weighs on a folder, joined or not, with a few lines of text
 * around each spelling: the sheet a person labels (same referent / same name, other people /
 * different names) and the scorer reads back. Pairs are keyed by the two spellings as written.
 * Run: npx tsx src/node/eval/name-variants-proposals.ts <folder> [out.tsv]
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVariantModel, type CorpusDoc } from '../../core/variants';
import { loadEnglish } from '../index/english-dictionary';
import { loadFolderDocs } from './folder-docs';

export interface Proposal {
  a: string;
  b: string;
  level: string;
  rule: string;
  /** 'high' / 'possible' when joined, '' when weighed and left apart. */
  joined: string;
  evidence: string;
}

/** The pair key: both spellings lower-cased (accents kept), in order. */
export const pairKey = (x: string, y: string): string => [x.toLowerCase(), y.toLowerCase()].sort().join('|');

export function proposals(docs: readonly CorpusDoc[]): Proposal[] {
  const out: Proposal[] = [];
  buildVariantModel(docs, undefined, {
    english: loadEnglish(),
    observe: (anchor, item, v, join) =>
      out.push({
        a: anchor.text ?? anchor.norm,
        b: item.text ?? item.norm,
        level: v.level,
        rule: v.rule ?? '',
        joined: join?.confidence ?? '',
        evidence: join ? join.evidence.map((e) => (e.detail ? `${e.kind}: ${e.detail}` : e.kind)).join('; ') : '',
      }),
  });
  return out;
}

/** Up to `n` lines of text around a word, from different documents. */
export function contexts(docs: readonly CorpusDoc[], word: string, n = 3): string[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  const out: string[] = [];
  for (const d of docs) {
    const m = re.exec(d.text);
    if (!m) continue;
    const from = Math.max(0, m.index - 90);
    out.push(`${d.id}: …${d.text.slice(from, m.index + word.length + 90).replace(/\s+/g, ' ')}…`);
    if (out.length >= n) break;
  }
  return out;
}

async function main(dir: string, file?: string): Promise<void> {
  const docs = await loadFolderDocs(resolve(dir));
  const rows = proposals(docs);
  const lines = ['a\tb\tjoined\tlevel\trule\tevidence\tcontext_a\tcontext_b'];
  for (const p of rows) lines.push([p.a, p.b, p.joined || '-', p.level, p.rule, p.evidence, contexts(docs, p.a).join(' ‖ '), contexts(docs, p.b).join(' ‖ ')].join('\t'));
  if (file) writeFileSync(file, lines.join('\n') + '\n');
  console.log(`${rows.length} pairs weighed, ${rows.filter((p) => p.joined).length} joined (${rows.filter((p) => p.joined === 'high').length} high)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main(process.argv[2], process.argv[3]);
