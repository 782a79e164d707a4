import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleNames, shiftName } from '../../shared/variant-reasons';
import { align } from './distance';
import { reasonOf, verifySpellings } from './compare';

// The reason a spelling carries is the verdict's rule string as data: the engine still decides
// on the string, the surfaces render the data, and the two must say the same thing.
const LABELS = join(__dirname, '../../../eval/name-variants/labels');
const pairs = readdirSync(LABELS).flatMap((f) =>
  readFileSync(join(LABELS, f), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter((cols) => cols.length >= 2 && cols[0] && cols[1]),
);

describe('reasonOf', () => {
  it('names every labelled pair’s verdict exactly as the engine’s rule string does', () => {
    expect(pairs.length).toBeGreaterThan(500);
    let compared = 0;
    for (const [a, b] of pairs) {
      const v = verifySpellings(a, b);
      if (v.level === 'none') continue;
      compared++;
      expect(ruleNames([reasonOf(v)]), `${a} / ${b}`).toBe(v.rule);
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('names each letter difference as the aligner does', () => {
    const letters = 'aeiouhbdgkszcCSZQvfnm';
    for (const x of letters) {
      for (const y of letters) {
        for (const [a, b] of [[`t${x}r`, `t${y}r`], [`${x}tr`, `tr`], [`tr${x}`, `tr`], [`tr`, `t${y}r`], [`${x}${y}ol`, `${y}${x}ol`]]) {
          for (const e of align(a, b).edits) expect(shiftName(e.shift), `${a}/${b}`).toBe(e.rule);
        }
      }
    }
  });
});
