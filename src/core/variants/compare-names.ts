/**
 * Multi-word name comparison built on the word verifier: tokens are matched without regard to
 * order (lists write "LAVROV, Sergey"), particles and company forms are ignored, initials match
 * a word with that first letter, and a typo-level word is accepted only when another word of
 * the name matches by rule: the rest of the name is its evidence.
 */
import { tokenize } from '../text/tokenize';
import { prepare, verifyPrepared, type Prepared } from './compare';

// Particles and legal forms: they say little about who or what is named.
const IGNORED = new Set(
  `al el ad ud de da di del der den van von la le du bin ibn ben bint binti abu the and of mr mrs ms dr sir
  ag gmbh inc ltd llc llp lp plc corp co sa srl spa nv bv ab oy pty jsc ojsc pjsc oao zao ooo
  aktiengesellschaft gesellschaft limited incorporated corporation company`.split(/\s+/),
);

interface Part {
  norm: string;
  p: Prepared;
}

function parts(name: string): Part[] {
  // "AL BEN ALI, Isa Ben Tarif" → given names first, as most lists of people mean it.
  const comma = name.indexOf(',');
  const ordered = comma > 0 ? `${name.slice(comma + 1)} ${name.slice(0, comma)}` : name;
  const toks = tokenize(ordered)
    .map((t) => t.norm)
    .filter((t) => t !== 'and');
  // Spelled-out initialisms (p.l.c., L.L.C.) become one word.
  const merged: string[] = [];
  for (const t of toks) {
    const last = merged[merged.length - 1];
    if (t.length === 1 && last !== undefined && /^[a-z]{1,3}$/.test(last) && toks.length > 2) merged[merged.length - 1] = last + t;
    else merged.push(t);
  }
  return merged.filter((t) => !IGNORED.has(t)).map((norm) => ({ norm, p: prepare(norm) }));
}

type Strength = 'strong' | 'weak' | 'typo';

function pairStrength(a: Part, b: Part): { strength: Strength; score: number } | null {
  if (a.norm.length === 1 || b.norm.length === 1) {
    return a.norm[0] === b.norm[0] ? { strength: 'weak', score: 0.7 } : null;
  }
  const v = verifyPrepared(a.p, b.p, true);
  if (v.level === 'same' || v.level === 'rule') return { strength: 'strong', score: v.score };
  if (v.level === 'variant') return { strength: 'weak', score: v.score };
  if (v.level === 'typo') return { strength: 'typo', score: v.score };
  return null;
}

export function compareNames(a: string, b: string): { match: boolean; rule: string | null; score: number } {
  // SergeiLavrov, PolPot: the same letters with the spaces elsewhere.
  const joined = (s: string): string => prepare(tokenize(s).map((t) => t.norm).join('')).phon.form;
  if (joined(a) && joined(a) === joined(b)) return { match: true, rule: 'same letters, spaced differently', score: 0.95 };
  let [x, y] = [parts(a), parts(b)];
  if (x.length > y.length) [x, y] = [y, x];
  if (x.length === 0) return { match: false, rule: 'empty name', score: 0 };
  // A one-word name against a longer one is too little to say it is the same person or company.
  if (x.length === 1 && y.length > 1) return { match: false, rule: 'one word against several', score: 0 };
  const used = new Set<number>();
  const found: { strength: Strength; score: number }[] = [];
  for (const part of x) {
    let best: { strength: Strength; score: number; j: number } | null = null;
    y.forEach((other, j) => {
      if (used.has(j)) return;
      const s = pairStrength(part, other);
      if (s && (!best || rank(s) > rank(best))) best = { ...s, j };
    });
    if (!best) return { match: false, rule: `no match for "${part.norm}"`, score: 0 };
    used.add((best as { j: number }).j);
    found.push(best);
  }
  const strong = found.filter((f) => f.strength === 'strong').length;
  const typos = found.filter((f) => f.strength === 'typo').length;
  if (typos > 0 && strong === 0) return { match: false, rule: 'typo without a matching word beside it', score: 0 };
  const score = found.reduce((s, f) => s + f.score, 0) / Math.max(y.length, 1);
  return { match: true, rule: typos ? 'typo, confirmed by the other words' : strong === found.length ? 'same words' : 'variants', score };
}

function rank(s: { strength: Strength; score: number }): number {
  return (s.strength === 'strong' ? 3 : s.strength === 'weak' ? 2 : 1) + s.score;
}
