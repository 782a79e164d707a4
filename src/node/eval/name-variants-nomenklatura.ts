/** Accuracy of compareNames on the nomenklatura labelled pairs, split by label. */
import { readFileSync } from 'node:fs';
import { compareNames } from '../../core/variants';

export interface LabelledPair {
  name1: string;
  name2: string;
  isMatch: boolean;
  schema: string;
}

/** Minimal CSV reader: quoted fields with doubled quotes, commas and newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 1];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [row, field] = [[...row, field], ''];
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, field]);
      [row, field] = [[], ''];
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

export function loadPairs(path: string): LabelledPair[] {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const col = (name: string): number => header.indexOf(name);
  return rows
    .filter((r) => r.length >= header.length - 1 && r[col('name1')])
    .map((r) => ({ name1: r[col('name1')], name2: r[col('name2')], isMatch: r[col('is_match')] === 'true', schema: r[col('schema')] }));
}

export interface PairAccuracy {
  matching: number;
  nonMatching: number;
  nMatching: number;
  nNonMatching: number;
  personMatching: number;
  personNonMatching: number;
  errors: string[];
}

export function scoreNomenklatura(pairs: LabelledPair[]): PairAccuracy {
  const acc = { m: [0, 0], n: [0, 0], pm: [0, 0], pn: [0, 0] };
  const errors: string[] = [];
  for (const p of pairs) {
    const got = compareNames(p.name1, p.name2).match;
    const ok = got === p.isMatch;
    const bucket = p.isMatch ? acc.m : acc.n;
    bucket[0] += ok ? 1 : 0;
    bucket[1]++;
    if (p.schema === 'Person') {
      const pb = p.isMatch ? acc.pm : acc.pn;
      pb[0] += ok ? 1 : 0;
      pb[1]++;
    }
    if (!ok) errors.push(`${p.isMatch ? 'missed' : 'false match'}: ${p.name1} | ${p.name2}`);
  }
  const r = (b: number[]): number => b[0] / Math.max(1, b[1]);
  return { matching: r(acc.m), nonMatching: r(acc.n), nMatching: acc.m[1], nNonMatching: acc.n[1], personMatching: r(acc.pm), personNonMatching: r(acc.pn), errors };
}
