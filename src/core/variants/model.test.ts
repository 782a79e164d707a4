import { describe, expect, it } from 'vitest';
import { buildVariantModel } from './model';
import { loadSeeds as seedDocs } from '../../node/eval/name-variants-seeds';
import type { CorpusDoc } from './lexicon';
import type { VariantModel } from './types';
import { ruleNames } from '../../shared/variant-reasons';

const groupOf = (m: VariantModel, norm: string): string[] => {
  const id = m.groupOfSpelling.get(norm);
  return id ? m.groups.find((g) => g.id === id)!.spellings.map((s) => s.text) : [];
};
const shamimaBegum = (n: number, outlet = 'BBC') =>
  Array.from({ length: n }, (_, i) => doc(`begum${i}`, `The case of Shamima Begum was heard again, lawyers for Begum said.`, outlet));

const doc = (id: string, text: string, outlet = 'Test'): CorpusDoc => ({ id, outlet, text });

describe('buildVariantModel on the seeds', () => {
  const m = buildVariantModel(seedDocs());
  it('Sergei, Sergey and Sergay form one group anchored on Sergei, and nothing unrelated joins it', () => {
    expect(groupOf(m, 'sergei').sort()).toEqual(['Sergay', 'Sergei', 'Sergey']);
    const g = m.groups.find((x) => x.id === 'w:sergei')!;
    expect(g.label).toBe('Sergei');
    expect(g.spellings[0]).toMatchObject({ text: 'Sergei', reasons: [{ match: 'anchor' }] });
  });
  it('says which outlets use which spelling and why each joined', () => {
    const g = m.groups.find((x) => x.id === 'w:sergei')!;
    const by = Object.fromEntries(g.spellings.map((s) => [s.text, s]));
    expect(by.Sergey.outlets).toEqual({ 'Sky News': 1 });
    expect(by.Sergay.outlets).toEqual({ 'ITV News': 1 });
    expect(by.Sergey.reasons[0].romanisation).toContain('j/y/i');
    expect(ruleNames(by.Sergey.reasons)).toContain('j/y/i');
    expect(by.Sergay.evidence).toContainEqual({ kind: 'full-name', detail: 'Lavrov' });
    expect(by.Sergei.documents).toBeGreaterThanOrEqual(4);
  });
  it('groups full names: Sergei Lavrov / Sergey Lavrov / Sergay Lavrov', () => {
    const n = m.names.find((x) => x.id === 'n:sergei lavrov')!;
    expect(n.spellings.map((s) => s.text).sort()).toEqual(['Sergay Lavrov', 'Sergei Lavrov', 'Sergey Lavrov']);
    expect(n.spellings.find((s) => s.text === 'Sergey Lavrov')!.reasons).toMatchObject([{ word: 'Sergey' }]);
    expect(ruleNames(n.spellings.find((s) => s.text === 'Sergey Lavrov')!.reasons)).toMatch(/^Sergey: /);
  });
  it('only groups with two or more spellings; Begun alone stays alone; other seeds words are not grouped', () => {
    for (const g of m.groups) expect(g.spellings.length).toBeGreaterThanOrEqual(2);
    expect(groupOf(m, 'begun')).toEqual([]);
    for (const w of ['lavrov', 'truss', 'moscow', 'russia', 'russian', 'ukraine', 'ukrainian', 'kyiv']) expect(groupOf(m, w)).toEqual([]);
  });
  it('words common in lower case are not names', () => {
    expect(m.base.words.secretary).toBeUndefined();
    expect(m.base.words.lavrov).toBeDefined();
  });
});

describe('corpus evidence for typos', () => {
  it('Begun joins Begum with evidence: rare, and beside the same neighbour (Shamima)', () => {
    const m = buildVariantModel([...seedDocs(), ...shamimaBegum(6)]);
    expect(groupOf(m, 'begum').sort()).toEqual(['Begum', 'Begun']);
    const g = m.groups.find((x) => x.id === 'w:begum')!;
    const begun = g.spellings.find((s) => s.text === 'Begun')!;
    expect(begun.reasons).toMatchObject([{ match: 'typo' }]);
    expect(ruleNames(begun.reasons)).toMatch(/^typo: /);
    expect(begun.evidence).toContainEqual({ kind: 'full-name', detail: 'Shamima' });
  });
  it('without evidence Begun stays apart: Begum elsewhere, beside other names', () => {
    const docs = Array.from({ length: 6 }, (_, i) => doc(`r${i}`, 'The MP Rushanara Begum spoke in the debate.'));
    expect(groupOf(buildVariantModel([...seedDocs(), ...docs]), 'begun')).toEqual([]);
  });
  it('without evidence Begun stays apart: not rare enough to be a slip', () => {
    const docs = [...seedDocs(), ...shamimaBegum(3), doc('x', 'Shamima Begun again, and Shamima Begun.')];
    expect(groupOf(buildVariantModel(docs), 'begun')).toEqual([]);
  });
  it('two frequent places one letter apart stay apart (Iran / Iraq), even side by side', () => {
    const docs = Array.from({ length: 5 }, (_, i) => doc(`i${i}`, 'Talks between Iran and Iraq. Officials from Tehran met Iraq and Iran envoys.'));
    const m = buildVariantModel(docs);
    expect(groupOf(m, 'iran')).toEqual([]);
  });
  it('Kyiv / Kiev join on house style and shared company, not on form alone', () => {
    const style = (id: string, outlet: string, city: string) =>
      doc(id, `Russian missiles struck ${city} overnight, Ukraine's air force said. Zelensky visited ${city} hospitals with Klitschko.`, outlet);
    const joined = buildVariantModel([style('a', 'Guardian', 'Kyiv'), style('b', 'Guardian', 'Kyiv'), style('c', 'Telegraph', 'Kiev'), style('d', 'Telegraph', 'Kiev')]);
    expect(groupOf(joined, 'kyiv').sort()).toEqual(['Kiev', 'Kyiv']);
    expect(joined.groups[0].spellings.find((s) => s.text === 'Kiev')!.outlets).toEqual({ Telegraph: 4 });
    const alone = buildVariantModel([doc('a', 'Troops near Kyiv and in Kyiv again.', 'Guardian'), doc('b', 'Troops near Kiev today.', 'Telegraph')]);
    expect(groupOf(alone, 'kyiv')).toEqual([]);
  });
  it('Ivanov / Ivanova are two people', () => {
    const docs = [doc('a', 'Minister Sergei Ivanov met Anna Ivanova, and Sergei Ivanov left.'), doc('b', 'Anna Ivanova said no.')];
    expect(groupOf(buildVariantModel(docs), 'ivanov')).toEqual([]);
  });
});

describe('odd input', () => {
  it('builds from nothing, empty texts and words that are Object properties', () => {
    expect(buildVariantModel([]).groups).toEqual([]);
    const m = buildVariantModel([doc('a', ''), doc('b', 'the Constructor met Constructor and Hasownproperty, with Prototype.')], {
      merges: [['constructor', 'toString', '__proto__']],
      splits: ['valueOf'],
      rejects: ['hasOwnProperty'],
    });
    expect(m.groups.every((g) => g.spellings.every((s) => typeof s.count === 'number'))).toBe(true);
  });
});
