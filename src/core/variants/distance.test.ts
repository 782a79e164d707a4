import { describe, expect, it } from 'vitest';
import { align } from './distance';

describe('align', () => {
  it('is zero for equal strings and symmetric', () => {
    expect(align('lavrov', 'lavrov').cost).toBe(0);
    expect(align('muhamad', 'mohamed').cost).toBeCloseTo(align('mohamed', 'muhamad').cost);
  });
  it('prices romanisation shifts below plain edits', () => {
    expect(align('serhi', 'sergi').cost).toBeLessThan(0.5); // g/h
    expect(align('kiev', 'kiv').cost).toBeLessThan(0.5); // ie/i
    expect(align('begum', 'begun').cost).toBe(1); // m/n: a plain edit
    expect(align('begum', 'begun').hard).toBe(1);
  });
  it('makes vowel shifts that separate English names nearly full edits', () => {
    expect(align('peter', 'poter').cost).toBeGreaterThan(0.6);
    expect(align('king', 'kong').cost).toBeGreaterThan(0.6);
  });
  it('treats a different final vowel or -a as hard (gender, grammar)', () => {
    const a = align('ivanov', 'ivanova');
    expect(a.hard).toBe(1);
    expect(a.edits[0].rule).toBe('final -a');
    expect(align('mario', 'maria').hard).toBe(1);
  });
  it('names each edit', () => {
    expect(align('muhamad', 'mohamed').edits.map((e) => e.rule)).toEqual(['vowel shift u/o', 'vowel shift a/e']);
  });
  it('gives up beyond the limit', () => {
    expect(align('london', 'paris', 1).cost).toBe(Infinity);
  });
});
