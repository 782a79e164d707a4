import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Segment, WordChange } from '../../../../../shared/compare-types';
import { diffParts } from './diff-parts';
import { buildPaneRuns } from './pane-runs';
import { differenceStops, pairNumbers, readingOrder, stepStop } from './reading-order';
import { shownKind } from './shown-kind';
import { mapOffset, monotonic } from './scroll-map';

const r = (start: number, end: number) => ({ start, end });
const seg = (kind: Segment['kind'], aRanges: { start: number; end: number }[], bRanges: { start: number; end: number }[], changes: WordChange[] = []): Segment => ({
  kind,
  a: null,
  b: null,
  aRanges,
  bRanges,
  changes,
});

describe('buildPaneRuns', () => {
  const a = 'Sergei Lavrov spoke. Truss left.';
  const b = 'Sergay Lavrov spoke loudly. Truss left.';
  const segments: Segment[] = [
    seg('same', [r(0, 20)], [r(0, 27)], [
      { op: 'replace', a: 'Sergei ', b: 'Sergay ', aRange: r(0, 7), bRange: r(0, 7), spellingOnly: true, reason: 'name-variant' },
      { op: 'equal', a: 'Lavrov spoke', b: 'Lavrov spoke', aRange: r(7, 19), bRange: r(7, 19), spellingOnly: false },
      { op: 'insert', a: '', b: ' loudly', aRange: null, bRange: r(19, 26), spellingOnly: false },
    ]),
    seg('same', [r(21, 32)], [r(28, 39)]),
  ];

  it('re-joins to the text exactly, passages and the gaps between', () => {
    for (const [text, side] of [[a, 'A'], [b, 'B']] as const) {
      const runs = buildPaneRuns(text, segments, side, { hideSpelling: false });
      expect(runs.flatMap((run) => run.pieces.map((p) => p.text)).join('')).toBe(text);
      expect(runs.map((run) => run.seg)).toEqual([0, null, 1]);
    }
  });

  it('marks spelling-only changes without their trailing space, and hides them on request', () => {
    const shown = buildPaneRuns(a, segments, 'A', { hideSpelling: false })[0].pieces;
    expect(shown[0]).toMatchObject({ text: 'Sergei', change: { style: 'spell', other: 'Sergay ', reason: 'name-variant' } });
    const hidden = buildPaneRuns(a, segments, 'A', { hideSpelling: true })[0].pieces;
    expect(hidden.every((p) => p.change === null)).toBe(true);
  });

  it('shows an insertion on B only', () => {
    const inB = buildPaneRuns(b, segments, 'B', { hideSpelling: true })[0].pieces.filter((p) => p.change);
    expect(inB.map((p) => [p.text, p.change?.style])).toEqual([['loudly', 'ins']]);
    expect(buildPaneRuns(a, segments, 'A', { hideSpelling: true })[0].pieces.some((p) => p.change)).toBe(false);
  });

  it('nests name spellings with passages and word changes, and still re-joins to the text', () => {
    const variants = [
      { start: 0, end: 13, groupId: 'g-lavrov' },
      { start: 21, end: 26, groupId: 'g-truss' },
    ];
    const runs = buildPaneRuns(a, segments, 'A', { hideSpelling: false, variants });
    expect(runs.flatMap((run) => run.pieces.map((p) => p.text)).join('')).toBe(a);
    expect(runs.map((run) => run.seg)).toEqual([0, null, 1]);
    const pieces = runs.flatMap((run) => run.pieces);
    // "Sergei" is both a spelling change and part of the name; " Lavrov" only the name.
    expect(pieces[0]).toMatchObject({ text: 'Sergei', variant: 'g-lavrov', change: { style: 'spell' } });
    expect(pieces[1]).toMatchObject({ text: ' Lavrov', variant: 'g-lavrov', change: null });
    expect(pieces.filter((p) => p.variant === 'g-truss').map((p) => p.text)).toEqual(['Truss']);
    expect(pieces.filter((p) => p.variant === null).some((p) => /Serg|Lavrov/.test(p.text))).toBe(false);
  });

  it('draws a hidden spelling-only change as plain text: no change mark and no name mark on it', () => {
    const variants = [{ start: 0, end: 13, groupId: 'g-lavrov' }];
    const pieces = buildPaneRuns(a, segments, 'A', { hideSpelling: true, variants }).flatMap((run) => run.pieces);
    expect(pieces.map((p) => p.text).join('')).toBe(a);
    expect(pieces.find((p) => p.text.includes('Sergei'))).toMatchObject({ change: null, variant: null });
    // The rest of the name keeps its mark: only the spelling difference is hidden.
    expect(pieces.find((p) => p.text.includes('Lavrov'))?.variant).toBe('g-lavrov');
  });

  it('draws a same (spelling) passage as same only while spelling-only differences are hidden', () => {
    expect(shownKind('spelling', false)).toBe('spelling');
    expect(shownKind('spelling', true)).toBe('same');
    expect(shownKind('reworded', true)).toBe('reworded');
    const spelling = [seg('spelling', [r(0, 5)], [r(0, 5)], [{ op: 'replace', a: 'Sergei', b: 'Sergay', aRange: r(0, 5), bRange: r(0, 5), spellingOnly: true, reason: 'name-variant' }])];
    expect(differenceStops(spelling, [0], false)).toEqual([0]);
    expect(differenceStops(spelling, [0], true)).toEqual([]);
  });

  it('survives ranges outside the text, reversed or overlapping, and cuts a flash in', () => {
    const bad: Segment[] = [seg('onlyA', [r(-5, 3), r(30, 999)], []), seg('onlyA', [r(2, 10), r(8, 4)], []), seg('onlyA', [r(NaN, 4)], [])];
    const runs = buildPaneRuns(a, bad, 'A', { hideSpelling: false, flash: r(5, 9) });
    expect(runs.flatMap((run) => run.pieces.map((p) => p.text)).join('')).toBe(a);
    expect(runs.flatMap((run) => run.pieces).filter((p) => p.flash).map((p) => p.text).join('')).toBe(a.slice(5, 9));
  });
});

describe('reading order and stepping', () => {
  // A: s0(paired) s1(onlyA) s2(paired); B: p0 x p2 — one B-only sentence between the pairs.
  const segments: Segment[] = [
    seg('same', [r(0, 5)], [r(0, 5)]),
    seg('onlyA', [r(6, 10)], []),
    seg('reworded', [r(11, 15)], [r(20, 25)]),
    seg('onlyB', [], [r(6, 19)]),
    seg('onlyB', [], [r(30, 40)]),
  ];

  it('puts B-only passages after the passage they follow in B', () => {
    expect(readingOrder(segments)).toEqual([0, 3, 1, 2, 4]);
  });

  it('numbers aligned pairs in A order', () => {
    expect([...pairNumbers(segments)]).toEqual([[0, 1], [2, 2]]);
  });

  it('steps through differences and wraps', () => {
    const order = readingOrder(segments);
    const stops = differenceStops(segments, order, true);
    expect(stops).toEqual([3, 1, 2, 4]);
    expect(stepStop(stops, order, null, 1)).toBe(3);
    expect(stepStop(stops, order, 0, 1)).toBe(3);
    expect(stepStop(stops, order, 2, 1)).toBe(4);
    expect(stepStop(stops, order, 4, 1)).toBe(3);
    expect(stepStop(stops, order, 3, -1)).toBe(4);
    expect(stepStop([], order, 0, 1)).toBeNull();
  });
});

describe('scroll map', () => {
  it('interpolates between anchors and ignores ones that fold back', () => {
    const anchors = monotonic([{ from: 0, to: 0 }, { from: 100, to: 300 }, { from: 50, to: 400 }, { from: 200, to: 400 }]);
    expect(anchors.map((x) => x.from)).toEqual([0, 50, 200]);
    expect(mapOffset(monotonic([{ from: 0, to: 0 }, { from: 100, to: 300 }]), 50)).toBe(150);
    expect(mapOffset(anchors, 250)).toBe(450);
    expect(mapOffset([], 42)).toBe(42);
  });
});

describe('diffParts', () => {
  const c = (op: WordChange['op'], a: string, b: string, spellingOnly = false): WordChange => ({ op, a, b, aRange: null, bRange: null, spellingOnly });
  const changes = [c('equal', 'conversation ', 'conversation '), c('replace', 'between ', 'was like '), c('replace', 'a ', '“a ', true), c('equal', 'a deaf ', 'a deaf'), c('delete', 'person', '')];

  it('keeps words apart and spaces outside the marks', () => {
    const parts = diffParts(changes, false);
    expect(parts.map((p) => p.text).join('')).toBe('conversation between was like “a a deaf person');
    expect(parts.filter((p) => p.style !== 'same').map((p) => [p.style, p.text])).toEqual([['del', 'between'], ['ins', 'was like'], ['spell', '“a'], ['del', 'person']]);
  });

  it('draws spelling-only changes as plain words when hidden', () => {
    expect(diffParts(changes, true).some((p) => p.style === 'spell')).toBe(false);
  });
});

describe('buildPaneRuns on random input', () => {
  const text = 'Zelenskyy 🇺🇦 said “Kyiv” — 1,000 troops.\n\nSergei 😀 Lavrov. Москва';
  // Ranges that may be empty, inverted, split a surrogate pair or reach past either end.
  const range = fc.record({ start: fc.integer({ min: -10, max: text.length + 9 }), width: fc.integer({ min: -5, max: 24 }) }).map(({ start, width }) => ({ start, end: start + width }));
  const change: fc.Arbitrary<WordChange> = fc.record({
    op: fc.constantFrom('equal', 'insert', 'delete', 'replace'),
    a: fc.constant('x'),
    b: fc.constant('y'),
    aRange: fc.option(range, { freq: 4 }),
    bRange: fc.option(range, { freq: 4 }),
    spellingOnly: fc.boolean(),
  });
  const segment: fc.Arbitrary<Segment> = fc
    .tuple(fc.constantFrom<Segment['kind']>('same', 'spelling', 'reworded', 'moved', 'onlyA', 'onlyB'), fc.array(range, { maxLength: 2 }), fc.array(range, { maxLength: 1 }), change)
    .map(([kind, aRanges, bRanges, c]) => seg(kind, aRanges, bRanges, [c]));
  const pane = fc.record({
    hideSpelling: fc.boolean(),
    flash: fc.option(range),
    variants: fc.array(fc.tuple(range, fc.constantFrom('g0', 'g1', 'g2')).map(([r, groupId]) => ({ ...r, groupId })), { maxLength: 3 }),
  });

  it('never throws and always re-joins to the text', () => {
    // A fixed seed: the same cases every run; a failure prints its shrunk counterexample.
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 5 }), pane, pane, (segments, optsA, optsB) => {
        for (const [side, opts] of [['A', optsA], ['B', optsB]] as const) {
          const runs = buildPaneRuns(text, segments, side, opts);
          expect(runs.flatMap((r) => r.pieces.map((p) => p.text)).join('')).toBe(text);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
