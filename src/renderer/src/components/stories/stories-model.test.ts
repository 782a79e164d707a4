import { describe, expect, it } from 'vitest';
import type { StoryView } from '../../../../shared/compare-types';
import type { DocMeta } from '../../../../shared/document';
import { copiesByDoc, outletMatchup, outletsByCount, storyDocs } from './stories-model';

const doc = (id: string, outlet: string, date: string | null = '2022-02-10'): DocMeta => ({
  id,
  path: id,
  title: id.toUpperCase(),
  outlet,
  outletSource: 'metadata',
  date,
  dateSource: date ? 'metadata' : 'none',
  fileModifiedMs: null,
  url: null,
  byline: null,
  words: 100,
  format: 'txt',
  encoding: 'utf-8',
});

const docs = [doc('a1', 'Sky'), doc('a2', 'Sky'), doc('b1', 'ITV'), doc('c1', 'Times'), doc('a3', 'Sky'), doc('b2', 'ITV'), doc('c2', 'Times')];
const story = (id: string, members: DocMeta[]): StoryView => ({ id, title: id, documents: members, outlets: [...new Set(members.map((m) => m.outlet))] });
const stories = [story('s1', [docs[0], docs[2]]), story('s2', [docs[1], docs[3]]), story('s3', [docs[5], docs[6]])];

describe('outletMatchup', () => {
  it('splits stories into shared and one-sided, with lone articles', () => {
    const m = outletMatchup(stories, docs, 'Sky', 'ITV');
    expect(m.both.map((s) => s.story.id)).toEqual(['s1']);
    expect(m.both[0].pairs.map(([x, y]) => [x.id, y.id])).toEqual([['a1', 'b1']]);
    expect(m.onlyFirst.stories.map((s) => s.id)).toEqual(['s2']);
    expect(m.onlyFirst.alone.map((d) => d.id)).toEqual(['a3']);
    expect(m.onlySecond.stories.map((s) => s.id)).toEqual(['s3']);
    expect(m.onlySecond.alone).toEqual([]);
  });

  it('sets an outlet against itself without pairing it with itself', () => {
    const m = outletMatchup(stories, docs, 'Sky', 'Sky');
    expect(m.both).toEqual([]);
    expect(m.onlyFirst.stories).toHaveLength(2);
  });
});

describe('story helpers', () => {
  it('links near-copies both ways', () => {
    const links = copiesByDoc([['a', 'b', 0.94]]);
    expect(links.get('a')).toEqual([{ other: 'b', score: 0.94 }]);
    expect(links.get('b')).toEqual([{ other: 'a', score: 0.94 }]);
  });

  it('orders a story oldest first with undated last, and outlets by size', () => {
    const s = story('s', [doc('x', 'B', null), doc('y', 'A', '2022-02-11'), doc('z', 'A', '2022-02-10')]);
    expect(storyDocs(s).map((d) => d.id)).toEqual(['z', 'y', 'x']);
    expect(outletsByCount(docs)[0]).toEqual({ outlet: 'Sky', count: 3 });
  });
});
