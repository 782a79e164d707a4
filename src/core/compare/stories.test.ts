import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { buildStoryModel, counterparts, groupStories, storyOf, type StoryDoc } from './stories';
import { shingleContainment, shingles } from './near-copies';

const dir = new URL('../../../../shared/corpus/seeds/', import.meta.url);
const OUTLETS = ['ITV News', 'ITV News', 'Sky News', 'The Moscow Times', 'The Guardian'];
const seeds: StoryDoc[] = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f, i) => {
  const raw = readFileSync(new URL(f, dir), 'utf8').trim();
  const nl = raw.indexOf('\n');
  return { id: f.slice(0, 3), outlet: OUTLETS[i], title: raw.slice(0, nl), text: raw.slice(nl + 1), date: null };
});

// Unrelated filler so the seeds are not the whole corpus (document frequencies need a crowd).
const TOPICS = ['football league match goals striker season', 'bank interest rates inflation economy markets', 'film festival actor award director cinema', 'mobile phone software network broadband users', 'election campaign voters party leader poll'];
const filler: StoryDoc[] = TOPICS.flatMap((t, k) => Array.from({ length: 4 }, (_, i) => ({
  id: `f${k}${i}`, outlet: 'Other', title: t.split(' ').slice(i, i + 3).join(' '), date: null,
  text: `${t} ${t.split(' ').reverse().join(' ')} report ${i} ${'lorem ipsum dolor '.repeat(i)}`,
})));

describe('near-copies', () => {
  it('flags the trimmed ITV copy (001) as a near-copy of 000 and nothing else among the seeds', () => {
    const fp = seeds.map((d) => shingles(`${d.title}\n${d.text}`));
    expect(shingleContainment(fp[0], fp[1])).toBeGreaterThan(0.9);
    for (const j of [2, 3, 4]) expect(shingleContainment(fp[0], fp[j])).toBeLessThan(0.1);
    const { duplicates } = groupStories(seeds);
    expect(duplicates.map(([a, b]) => [a, b])).toEqual([['000', '001']]);
    expect(duplicates[0][2]).toBeGreaterThan(0.9);
  });

  it('does not call a short text a copy of whatever contains it', () => {
    const long = shingles('the prime minister said on Monday that the talks in Moscow had failed and sanctions would follow soon');
    expect(shingleContainment(shingles('the talks in Moscow had failed'), long)).toBe(0);
  });
});

describe('story grouping', () => {
  it('groups ITV, its copy, Sky, The Moscow Times and The Guardian into one story', () => {
    for (const docs of [seeds, [...filler, ...seeds]]) {
      const { stories } = groupStories(docs);
      const story = stories.find((s) => s.documents.includes('000'));
      expect(story?.documents).toEqual(['000', '001', '002', '003', '004']);
      expect(story?.outlets).toEqual(['ITV News', 'Sky News', 'The Guardian', 'The Moscow Times']);
      for (const s of stories) if (s !== story) expect(s.documents.some((d) => /^00/.test(d))).toBe(false);
    }
  });

  it('keeps dated articles on one topic apart when weeks separate them', () => {
    const a = seeds[2];
    const docs = [
      { ...a, id: 'x', date: '2022-02-10' },
      { ...seeds[3], id: 'y', date: '2022-02-11' },
      { ...seeds[4], id: 'z', date: '2022-04-01' },
    ];
    const model = buildStoryModel(docs);
    expect(storyOf(model, 'x')?.documents).toEqual(['x', 'y']);
    expect(storyOf(model, 'z')).toBeNull();
    expect(storyOf(buildStoryModel(docs, { maxDays: null }), 'z')?.documents).toEqual(['x', 'y', 'z']);
  });

  it('lists other outlets as counterparts, and the same-outlet copy flagged as near-copy', () => {
    const model = buildStoryModel([...filler, ...seeds]);
    const cs = counterparts(model, '000');
    expect(cs.map((c) => c.id).sort()).toEqual(['001', '002', '003', '004']);
    expect(cs.find((c) => c.id === '001')).toMatchObject({ nearCopy: true, outlet: 'ITV News' });
    expect(cs.filter((c) => c.nearCopy)).toHaveLength(1);
    for (const c of cs) expect(c.sameStory).toBe(true);
    expect(cs.map((c) => c.score)).toEqual([...cs.map((c) => c.score)].sort((x, y) => y - x));
    expect(counterparts(model, 'nope')).toEqual([]);
  });

  it('handles an empty corpus and documents without words', () => {
    expect(groupStories([])).toEqual({ stories: [], duplicates: [] });
    const blank = [{ id: 'a', outlet: 'o', title: '', text: '', date: null }, { id: 'b', outlet: 'p', title: '!!', text: '…', date: 'not a date' }];
    expect(groupStories(blank).stories).toEqual([]);
  });
});
