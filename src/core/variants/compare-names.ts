/**
 * Multi-word name comparison built on the word verifier: tokens are matched without regard to
 * order (lists write "LAVROV, Sergey"), particles and company forms are ignored, initials match
 * a word with that first letter, and a typo-level word is accepted only when another word of
 * the name matches by rule: the rest of the name is its evidence.
 */
import { tokenize } from '../text/tokenize';
import { prepare, verifyPrepared, type Prepared } from './compare';

// Particles: they say little about who is named.
const PARTICLES = new Set('al el ad ud de da di del der den van von la le du bin ibn ben bint binti abu the and of mr mrs ms dr sir'.split(' '));
// Legal forms, each with the class it belongs to: they say a company is named, and which of a
// group's companies (AG and Aktiengesellschaft are one form; AG and GmbH are two companies).
const LEGAL_FORMS = new Map<string, string>(
  Object.entries({
    ag: 'ag', aktiengesellschaft: 'ag', gmbh: 'gmbh', gesellschaft: 'gmbh', inc: 'inc', incorporated: 'inc', ltd: 'ltd', limited: 'ltd',
    llc: 'llc', ooo: 'llc', llp: 'llp', lp: 'lp', plc: 'plc', corp: 'corp', corporation: 'corp', co: 'co', company: 'co', sa: 'sa',
    srl: 'srl', spa: 'spa', nv: 'nv', bv: 'bv', ab: 'ab', as: 'as', oy: 'oy', pty: 'pty', jsc: 'jsc', ojsc: 'jsc', pjsc: 'jsc', oao: 'jsc', zao: 'jsc',
  }),
);
// Legal forms written out in words, read as their short form first.
const LEGAL_PHRASES: [RegExp, string][] = [
  [/\b(?:open |closed |public )?joint[- ]stock company\b/giu, ' jsc '],
  [/\blimited liability company\b/giu, ' llc '],
  [/\bsocietatea cu r[aă]spundere limitat[aă]\b/giu, ' srl '],
];

interface Part {
  norm: string;
  p: Prepared;
}

interface Parsed {
  parts: Part[];
  /** Legal forms written in the name: it names a company. */
  legal: Set<string>;
  /** Written as a list entry ("LAVROV, Sergey"): word order says nothing. */
  inverted: boolean;
}

function parse(name: string): Parsed {
  // "AL BEN ALI, Isa Ben Tarif" → given names first, as most lists of people mean it.
  const comma = name.indexOf(',');
  let ordered = comma > 0 ? `${name.slice(comma + 1)} ${name.slice(0, comma)}` : name;
  for (const [re, short] of LEGAL_PHRASES) ordered = ordered.replace(re, short);
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
  return {
    parts: merged.filter((t) => !PARTICLES.has(t) && !LEGAL_FORMS.has(t)).map((norm) => ({ norm, p: prepare(norm) })),
    legal: new Set(merged.flatMap((t) => LEGAL_FORMS.get(t) ?? [])),
    inverted: comma > 0,
  };
}

/**
 * The matched words keep their order, or the whole name is rotated (a surname moved to the front):
 * Salman bin Muhammad and Muhammad bin Salman are father and son.
 */
function inOrder(positions: number[]): boolean {
  let descents = 0;
  for (let i = 1; i < positions.length; i++) if (positions[i] < positions[i - 1]) descents++;
  return descents === 0 || (descents === 1 && positions[positions.length - 1] < positions[0]);
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
  const [pa, pb] = [parse(a), parse(b)];
  let [x, y] = [pa.parts, pb.parts];
  if (x.length > y.length) [x, y] = [y, x];
  // A company's every word counts (Banco Santander / Banco Santander Chile), and so does its
  // legal form where both give one (Deutsche Bank AG / Deutsche Bank GmbH).
  const company = pa.legal.size > 0 || pb.legal.size > 0;
  if (company && x.length !== y.length) return { match: false, rule: 'a company with another word', score: 0 };
  if (pa.legal.size > 0 && pb.legal.size > 0 && ![...pa.legal].some((l) => pb.legal.has(l))) return { match: false, rule: 'another legal form', score: 0 };
  if (x.length === 0) return { match: false, rule: 'empty name', score: 0 };
  // A one-word name against a longer one is too little to say it is the same person or company.
  if (x.length === 1 && y.length > 1) return { match: false, rule: 'one word against several', score: 0 };
  const used = new Set<number>();
  const found: { strength: Strength; score: number }[] = [];
  const positions: number[] = [];
  for (const part of x) {
    let best: { strength: Strength; score: number; j: number } | null = null;
    y.forEach((other, j) => {
      if (used.has(j)) return;
      const s = pairStrength(part, other);
      if (s && (!best || rank(s) > rank(best))) best = { ...s, j };
    });
    if (!best) return { match: false, rule: `no match for "${part.norm}"`, score: 0 };
    used.add((best as { j: number }).j);
    positions.push((best as { j: number }).j);
    found.push(best);
  }
  if (!pa.inverted && !pb.inverted && !inOrder(positions)) return { match: false, rule: 'the same words in another order', score: 0 };
  const strong = found.filter((f) => f.strength === 'strong').length;
  const typos = found.filter((f) => f.strength === 'typo').length;
  if (typos > 0 && strong === 0) return { match: false, rule: 'typo without a matching word beside it', score: 0 };
  const score = found.reduce((s, f) => s + f.score, 0) / Math.max(y.length, 1);
  return { match: true, rule: typos ? 'typo, confirmed by the other words' : strong === found.length ? 'same words' : 'variants', score };
}

function rank(s: { strength: Strength; score: number }): number {
  return (s.strength === 'strong' ? 3 : s.strength === 'weak' ? 2 : 1) + s.score;
}
