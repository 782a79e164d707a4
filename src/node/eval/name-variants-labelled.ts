/**
 * The engine against pairs a person labelled on real folders (eval/name-variants/labels/*.tsv:
 * a, b, label, reason; label = same | same-name | different). Scores the groups a user is shown:
 * a group is right when every spelling refers, at least once in the folder, to the anchor's
 * referent ('same'); the lenient figure also accepts one personal name romanised two ways for two
 * people ('same-name'). Pairs proposed since the labels were written are listed as unlabelled.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusDoc, VariantModel } from '../../core/variants';
import { buildVariantModel } from '../../core/variants';
import { loadEnglish } from '../index/english-dictionary';
import { pairKey } from './name-variants-proposals';

export type Label = 'same' | 'same-name' | 'different';

/** Labels of every file whose name starts with `prefix` (bbc-1.tsv, bbc-2.tsv → 'bbc'). */
export function loadLabels(dir: string, prefix: string): Map<string, Label> {
  const out = new Map<string, Label>();
  for (const f of readdirSync(dir).filter((n) => n.startsWith(prefix) && n.endsWith('.tsv'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n').slice(1)) {
      const [a, b, label] = line.split('\t');
      if (a && b && (label === 'same' || label === 'same-name' || label === 'different')) out.set(pairKey(a, b), label);
    }
  }
  return out;
}

export interface LabelledScore {
  groups: number;
  /** Groups whose every spelling is labelled same (accent-only forms count as the same word). */
  right: number;
  rightLenient: number;
  unjudged: string[];
  wrong: string[];
  /** Pairs the default search expands to (sure spellings) that are not labelled same. */
  badExpansions: string[];
  /** Labelled 'same' pairs (in the sample) that the engine joins. */
  sameFound: number;
  sameLabelled: number;
}

function judge(labels: Map<string, Label>, anchor: string, text: string, accentsOnly: boolean): Label | undefined {
  if (accentsOnly) return 'same';
  return labels.get(pairKey(anchor, text));
}

export function scoreLabelled(model: VariantModel, labels: Map<string, Label>): LabelledScore {
  const score: LabelledScore = { groups: model.groups.length, right: 0, rightLenient: 0, unjudged: [], wrong: [], badExpansions: [], sameFound: 0, sameLabelled: 0 };
  const joined = new Set<string>();
  for (const g of model.groups) {
    const anchor = g.spellings[0].text;
    const members = g.spellings.slice(1);
    const verdicts = members.map((s) => {
      joined.add(pairKey(anchor, s.text));
      return { s, label: judge(labels, anchor, s.text, s.evidence.some((e) => e.kind === 'accents')) };
    });
    const show = `${g.spellings.map((s) => `${s.text}${s.confidence === 'possible' ? '?' : ''}`).join(' / ')}`;
    if (verdicts.some((v) => !v.label)) score.unjudged.push(show);
    else if (verdicts.every((v) => v.label === 'same')) score.right++;
    else score.wrong.push(`${show} (${verdicts.map((v) => `${v.s.text}: ${v.label}`).join(', ')})`);
    if (verdicts.every((v) => v.label === 'same' || v.label === 'same-name')) score.rightLenient++;
    for (const v of verdicts) if (v.s.confidence === 'high' && g.spellings[0].confidence === 'high' && v.label !== 'same') score.badExpansions.push(`${anchor} → ${v.s.text} (${v.label ?? 'unlabelled'})`);
  }
  for (const [key, label] of labels) {
    if (label !== 'same') continue;
    score.sameLabelled++;
    if (joined.has(key)) score.sameFound++;
  }
  return score;
}

export function scoreFolder(docs: readonly CorpusDoc[], labelsDir: string, prefix: string): LabelledScore {
  return scoreLabelled(buildVariantModel(docs, undefined, { english: loadEnglish() }), loadLabels(labelsDir, prefix));
}
