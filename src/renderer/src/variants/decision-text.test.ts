import { describe, expect, it } from 'vitest';
import type { VariantDecisionEntry, VariantDecisionsView, VariantGroupView } from '../contract';
import { decisionTime, describeDecision, isConfirmed, listed, newestFirst } from './decision-text';

const entry = (kind: VariantDecisionEntry['kind'], labels: string[], id = 1): VariantDecisionEntry => ({ id, kind, labels, sets: [labels], at: '2024-05-03T14:05:00.000Z' });

describe('decisions in words', () => {
  it('says what each decision did', () => {
    expect(describeDecision(entry('reject', ['Sergei']))).toBe('Not the same name: Sergei');
    expect(describeDecision(entry('reject', ['Kyiv', 'Sergei', 'Zelensky']))).toBe('Not the same name: Kyiv, Sergei and Zelensky');
    expect(describeDecision(entry('merge', ['Kyiv', 'Sergei']))).toBe('Merged Kyiv and Sergei');
    expect(describeDecision(entry('split', ['Sergay']))).toBe('Split Sergay out');
    expect(describeDecision(entry('confirm', ['Sergei']))).toBe('Confirmed Sergei');
    expect(listed([])).toBe('');
  });

  it('dates a decision by the clock today, by the day before; old ones have none', () => {
    const at = new Date(2024, 4, 3, 14, 5).toISOString();
    expect(decisionTime(at, new Date(2024, 4, 3, 18, 0))).toBe('14:05');
    expect(decisionTime(at, new Date(2024, 4, 9))).toBe('3 May, 14:05');
    expect(decisionTime('')).toBe('before this version');
  });

  it('lists the history newest first, and knows a confirmed group under any anchor', () => {
    const d: VariantDecisionsView = {
      merges: [],
      splits: [],
      rejects: [],
      rejectedSets: [],
      confirms: [['Sergei', 'Sergey', 'Sergay']],
      history: [entry('split', ['A'], 1), entry('confirm', ['Sergei'], 2)],
      lastId: 2,
    };
    expect(newestFirst(d).map((e) => e.id)).toEqual([2, 1]);
    expect(newestFirst(undefined)).toEqual([]);
    const group = (texts: string[]): VariantGroupView => ({
      id: `w:${texts[0]}`,
      label: texts[0],
      confidence: 'high',
      spellings: texts.map((text) => ({ text, count: 1, documents: 1, outlets: {}, reasons: [{ match: 'romanisation', romanisation: ['j/y/i'], shifts: [] }], evidence: [], confidence: 'high' })),
    });
    expect(isConfirmed(group(['Sergey', 'Sergei']), d)).toBe(true);
    expect(isConfirmed(group(['Sergey', 'Serhiy']), d)).toBe(false);
  });
});
