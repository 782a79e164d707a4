// Search expands a name only where the folder shows it is the same name: 'high' spellings are
// searched, 'possible' ones are offered and searched only once the user adds them.
import { describe, expect, it } from 'vitest';
import type { LookupSpelling, VariantLookup } from './variant-lookup';
import { engineFor } from './test-corpus';

const docs = [
  { id: 'sony', text: 'Sony launched a new games console in Tokyo.' },
  { id: 'sonny', text: 'Sonny Bill Williams scored twice for the All Blacks.' },
  { id: 'sergei', text: 'Sergei Lavrov spoke to reporters in Moscow.' },
  { id: 'sergey', text: 'Sergey Lavrov met the foreign secretary.' },
  { id: 'sergay', text: 'Sergay Lavrov smiled at the cameras.' },
];

const groups: { id: string; spellings: LookupSpelling[] }[] = [
  {
    id: 'w:sony',
    spellings: [
      { text: 'Sony', count: 10, confidence: 'high' },
      { text: 'Sonny', count: 7, confidence: 'possible' },
    ],
  },
  {
    id: 'w:sergei',
    spellings: [
      { text: 'Sergei', count: 9, confidence: 'high' },
      { text: 'Sergey', count: 1, confidence: 'high' },
      { text: 'Sergay', count: 1, confidence: 'high' },
    ],
  },
];

/** A stand-in for the variants engine: exactly the groups above. */
const lookup: VariantLookup = {
  expand: (norm) => {
    const g = groups.find((x) => x.spellings.some((s) => s.text.toLowerCase() === norm));
    return g ? { groupId: g.id, spellings: g.spellings } : null;
  },
};

const engine = engineFor(docs);
engine.setVariants(lookup);
const ids = (query: string, variants = { enabled: true } as { enabled: boolean; excluded?: string[]; included?: string[] }) =>
  engine.search({ query, variants }).hits.map((h) => h.id).sort();
const expansion = (query: string, variants?: { enabled: boolean; excluded?: string[]; included?: string[] }) =>
  engine.search({ query, variants }).expansions[0];

describe('name spellings by confidence', () => {
  it('by default expands only to high-confidence spellings', () => {
    expect(ids('Sergei')).toEqual(['sergay', 'sergei', 'sergey']);
    expect(ids('Sony')).toEqual(['sony']);
  });

  it('suggests a possible spelling without searching it', () => {
    expect(expansion('Sony')).toEqual({
      word: 'Sony',
      groupId: 'w:sony',
      spellings: [{ text: 'Sonny', count: 7, confidence: 'possible', enabled: false }],
    });
  });

  it('searches a possible spelling once the user includes it, whatever its case', () => {
    expect(ids('Sony', { enabled: true, included: ['sonny'] })).toEqual(['sonny', 'sony']);
    expect(expansion('Sony', { enabled: true, included: ['Sonny'] }).spellings).toEqual([
      { text: 'Sonny', count: 7, confidence: 'possible', enabled: true },
    ]);
  });

  it('drops a high-confidence spelling the user excluded, and says it is off', () => {
    expect(ids('Sergei', { enabled: true, excluded: ['Sergay'] })).toEqual(['sergei', 'sergey']);
    const sergay = expansion('Sergei', { enabled: true, excluded: ['Sergay'] }).spellings.find((s) => s.text === 'Sergay');
    expect(sergay).toEqual({ text: 'Sergay', count: 1, confidence: 'high', enabled: false });
  });

  it('never searches a spelling that is both excluded and included', () => {
    expect(ids('Sony', { enabled: true, included: ['Sonny'], excluded: ['Sonny'] })).toEqual(['sony']);
  });

  it('treats every other spelling as possible when the word typed is itself only possible', () => {
    // Sonny joined the group on a spelling pattern alone: typing it must not search Sony.
    expect(ids('Sonny')).toEqual(['sonny']);
    expect(expansion('Sonny').spellings).toEqual([{ text: 'Sony', count: 10, confidence: 'possible', enabled: false }]);
  });

  it('highlights in the reader follow the same switches', () => {
    expect(engine.hitsIn('sonny', 'Sony', { enabled: true })).toEqual([]);
    expect(engine.hitsIn('sonny', 'Sony', { enabled: true, included: ['Sonny'] })).toHaveLength(1);
  });

  it('applies inside a quoted phrase too', () => {
    expect(ids('"Sergei Lavrov"')).toEqual(['sergay', 'sergei', 'sergey']);
    expect(ids('"Sony launched"', { enabled: true })).toEqual(['sony']);
  });

  it('searches no other spelling when name spellings are off', () => {
    expect(ids('Sergei', { enabled: false, included: ['Sergey'] })).toEqual(['sergei']);
  });
});
