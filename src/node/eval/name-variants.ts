/**
 * Name-variant evaluation: SpellingUkraine pairwise precision/recall on words, nomenklatura
 * accuracy on matching and non-matching pairs, and the seeds. Reads ../shared beside the repo.
 * Run: npx tsx src/node/eval/name-variants.ts
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPairs, scoreNomenklatura } from './name-variants-nomenklatura';
import { loadFolderDocs } from './folder-docs';
import { scoreFolder } from './name-variants-labelled';
import { RUNNING_TEXT, scoreAgainstTruth } from './name-variants-running-text';
import { seedResult } from './name-variants-seeds';
import { ruleNames } from '../../shared/variant-reasons';
import { buildPairs, loadUkraineRows, scoreClusters, scoreVerifier, type PairScore } from './name-variants-ukraine';

const here = fileURLToPath(new URL('.', import.meta.url));
export const SHARED = resolve(here, '../../../../shared');

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function line(name: string, s: PairScore): string {
  return `${name}: precision ${pct(s.precision)}, recall ${pct(s.recall)} (canonical+incorrect_latin only: ${pct(s.recallLatin)}); TP ${s.truePositives}, FP ${s.falsePositives}, positives ${s.positives}`;
}

const REPO = resolve(here, '../../..');
const LABELS = resolve(REPO, 'eval/name-variants/labels');

/** Running text: the invented folder with known truth, and real folders scored against labelled pairs. */
async function runRunningTextEval(verbose: boolean): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const rt = RUNNING_TEXT(REPO);
  const t = scoreAgainstTruth(await loadFolderDocs(rt.articles), rt.truth);
  console.log(`running text (eval/name-variants/running-text, ${t.truePairs} true pairs): precision ${pct(t.precision)}, recall ${pct(t.recall)}; sure spellings only (what search expands to): precision ${pct(t.highPrecision)}, recall ${pct(t.highRecall)}`);
  if (t.apartJoined.length) console.log(`  look-alikes joined: ${t.apartJoined.join(', ')}`);
  if (verbose) console.log(`  false joins: ${t.falsePositives.join(', ') || 'none'}\n  missed: ${t.missed.join(', ') || 'none'}`);
  Object.assign(figures, { runningTextPrecision: t.precision, runningTextRecall: t.recall, runningTextHighPrecision: t.highPrecision, runningTextHighRecall: t.highRecall });
  for (const [name, dir] of [['bbc', 'corpus/bbc'], ['basil', 'corpus/basil'], ['seeds', 'corpus/seeds']] as const) {
    const s = scoreFolder(await loadFolderDocs(resolve(SHARED, dir)), LABELS, name);
    console.log(
      `${name}: ${s.groups} groups shown, ${s.right} right (${pct(s.right / Math.max(1, s.groups))}; ${pct(s.rightLenient / Math.max(1, s.groups))} counting one name romanised for two people), ` +
        `${s.unjudged.length} not yet labelled; default search expands to a wrong spelling ${s.badExpansions.length} times; labelled same pairs joined ${s.sameFound}/${s.sameLabelled}`,
    );
    for (const w of s.wrong) console.log(`  wrong: ${w}`);
    for (const w of s.badExpansions) console.log(`  search expands: ${w}`);
    if (verbose || s.unjudged.length) for (const u of s.unjudged) console.log(`  to label: ${u}`);
    figures[`${name}GroupsRight`] = s.right / Math.max(1, s.groups);
    figures[`${name}BadExpansions`] = s.badExpansions.length;
  }
  return figures;
}

export function runNameVariantsEval(verbose = false): Record<string, number> {
  const sets = buildPairs(loadUkraineRows(resolve(SHARED, 'eval/spellingukraine-groups.tsv')));
  const verifier = scoreVerifier(sets);
  const clusters = scoreClusters(sets);
  console.log(`SpellingUkraine: ${sets.words.size} distinct words, ${sets.positives.size} positive pairs (${sets.positivesLatin.size} among canonical+incorrect_latin)`);
  console.log('  ' + line('verifier (blocked candidates + compareSpellings)', verifier));
  console.log('  ' + line('anchored groups', clusters));
  if (verbose) console.log('  false positives (groups):', clusters.falsePositiveExamples.slice(0, 40).join('; '));
  const nk = scoreNomenklatura(loadPairs(resolve(SHARED, 'eval/nomenklatura-name-pairs.csv')));
  console.log(`nomenklatura (compareNames): matching pairs ${pct(nk.matching)} of ${nk.nMatching}, non-matching pairs ${pct(nk.nonMatching)} of ${nk.nNonMatching}; persons only: ${pct(nk.personMatching)} / ${pct(nk.personNonMatching)}`);
  if (verbose) console.log('  errors:', nk.errors.slice(0, 40).join('\n    '));
  const seeds = seedResult(resolve(SHARED, 'corpus/seeds'));
  console.log(`seeds: group of Sergei = [${seeds.sergei.join(', ')}]; ${seeds.groups} word groups in all:`);
  for (const g of seeds.model.groups) console.log(`  ${g.label}: ${g.spellings.map((s) => `${s.text} ×${s.count} (${ruleNames(s.reasons)})`).join(' | ')}`);
  for (const g of seeds.model.names) console.log(`  name ${g.label}: ${g.spellings.map((s) => `${s.text} ×${s.count}`).join(' | ')}`);
  const sergeiOk = ['Sergei', 'Sergey', 'Sergay'].every((s) => seeds.sergei.includes(s)) && seeds.sergei.length === 3;
  return {
    ukrainePrecision: clusters.precision,
    ukraineRecall: clusters.recall,
    ukraineRecallLatin: clusters.recallLatin,
    verifierPrecision: verifier.precision,
    verifierRecall: verifier.recall,
    verifierRecallLatin: verifier.recallLatin,
    nomenklaturaMatching: nk.matching,
    nomenklaturaNonMatching: nk.nonMatching,
    seedsSergeiGroupOk: sergeiOk ? 1 : 0,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const verbose = process.argv.includes('--verbose');
  const figures = runNameVariantsEval(verbose);
  void runRunningTextEval(verbose).then((more) => console.log(JSON.stringify({ ...figures, ...more }, null, 2)));
}
