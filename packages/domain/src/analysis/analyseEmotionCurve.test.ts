import { describe, expect, it } from 'vitest';
import { journeyMapSchema } from '../records/JourneyMap.js';
import type { JourneyMap } from '../records/JourneyMap.js';
import { analyseEmotionCurve } from './analyseEmotionCurve.js';
import type { EmotionExtreme } from './analyseEmotionCurve.js';
import { makeCurveMap, makeTestMap, touchpointByTitle } from './testMap.js';

/** Extremes as [startIndex, endIndex, emotion] for compact assertions. */
const spans = (extremes: EmotionExtreme[]) => extremes.map((e) => [e.startIndex, e.endIndex, e.emotion]);
const curveOf = (emotions: number[], state: 'current' | 'desired' = 'current') =>
  analyseEmotionCurve(makeCurveMap([emotions], state));

/** A copy of `map` as the desired side (same ids), with new emotions by title. */
function desiredCopy(map: JourneyMap, emotionByTitle: Record<string, number>): JourneyMap {
  return journeyMapSchema.parse({
    ...map,
    state: 'desired',
    touchpoints: map.touchpoints.map((t) => ({ ...t, emotion: emotionByTitle[t.title] ?? t.emotion })),
  });
}

describe('analyseEmotionCurve', () => {
  // Two phases: [0, +2, +1] and [−2, −1, +3]; indexes 0..5.
  const map = makeCurveMap([
    [0, 2, 1],
    [-2, -1, 3],
  ]);

  it('analyseEmotionCurve(map) lists the points in journey order with their index', () => {
    const curve = analyseEmotionCurve(map);
    expect(curve.points.map((p) => [p.index, p.title, p.emotion])).toEqual([
      [0, 't0', 0],
      [1, 't1', 2],
      [2, 't2', 1],
      [3, 't3', -2],
      [4, 't4', -1],
      [5, 't5', 3],
    ]);
    expect(curve.points[3]?.phaseId).toBe(map.phases[1]?.id);
    expect(curve.points[3]?.touchpointId).toBe(touchpointByTitle(map, 't3').id);
  });

  it('analyseEmotionCurve(map) finds a sharp peak, a sharp valley and a higher end as a peak', () => {
    const curve = analyseEmotionCurve(map);
    expect(spans(curve.peaks)).toEqual([
      [1, 1, 2],
      [5, 5, 3],
    ]);
    expect(spans(curve.valleys)).toEqual([[3, 3, -2]]);
    expect(curve.peaks[0]?.touchpointIds).toEqual([touchpointByTitle(map, 't1').id]);
  });

  it('analyseEmotionCurve(map) reports min −2, max 3, range 5, mean 0.5 and per-phase means 1 and 0', () => {
    const curve = analyseEmotionCurve(map);
    expect([curve.min, curve.max, curve.range, curve.mean]).toEqual([-2, 3, 5, 0.5]);
    expect(curve.phases).toEqual([
      { phaseId: map.phases[0]?.id, touchpointCount: 3, meanEmotion: 1 },
      { phaseId: map.phases[1]?.id, touchpointCount: 3, meanEmotion: 0 },
    ]);
  });

  it('analyseEmotionCurve(map) follows `order` within a phase, not the array order', () => {
    const shuffled = makeTestMap({
      phases: [
        {
          name: 'Use',
          touchpoints: [
            { title: 'last', order: 9, emotion: -1 },
            { title: 'first', order: 1, emotion: -1 },
            { title: 'middle', order: 5, emotion: 3 },
          ],
        },
      ],
    });
    const curve = analyseEmotionCurve(shuffled);
    expect(curve.points.map((p) => p.title)).toEqual(['first', 'middle', 'last']);
    expect(spans(curve.peaks)).toEqual([[1, 1, 3]]);
    expect(spans(curve.valleys)).toEqual([
      [0, 0, -1],
      [2, 2, -1],
    ]);
  });

  it('analyseEmotionCurve(map) counts a plateau peak once, spanning its touchpoints', () => {
    const m = makeCurveMap([[1, 3, 3, 1]]);
    const curve = analyseEmotionCurve(m);
    expect(spans(curve.peaks)).toEqual([[1, 2, 3]]);
    expect(curve.peaks[0]?.touchpointIds).toEqual([
      touchpointByTitle(m, 't1').id,
      touchpointByTitle(m, 't2').id,
    ]);
    expect(curve.peaks[0]?.titles).toEqual(['t1', 't2']);
  });

  it('analyseEmotionCurve(map) counts a plateau across a phase boundary once', () => {
    const curve = analyseEmotionCurve(
      makeCurveMap([
        [0, -2],
        [-2, 0],
      ]),
    );
    expect(spans(curve.valleys)).toEqual([[1, 2, -2]]);
  });

  it('analyseEmotionCurve(map) counts a plateau at the end as a peak and a lower start as a valley', () => {
    const curve = curveOf([-1, 2, 2]);
    expect(spans(curve.peaks)).toEqual([[1, 2, 2]]);
    expect(spans(curve.valleys)).toEqual([[0, 0, -1]]);
  });

  it('analyseEmotionCurve(map) does not count a shoulder plateau (lower on one side, higher on the other)', () => {
    const curve = curveOf([1, 2, 2, 3]);
    expect(spans(curve.peaks)).toEqual([[3, 3, 3]]);
  });

  it('analyseEmotionCurve(map) needs emotion > 0 for a peak and < 0 for a valley', () => {
    const high = curveOf([3, 1, 3]);
    expect(spans(high.peaks)).toEqual([
      [0, 0, 3],
      [2, 2, 3],
    ]);
    expect(high.valleys).toEqual([]); // +1 is a local minimum but not below 0
    const low = curveOf([-3, -1, -3]);
    expect(low.peaks).toEqual([]); // −1 is a local maximum but not above 0
    expect(spans(low.valleys)).toEqual([
      [0, 0, -3],
      [2, 2, -3],
    ]);
    const zero = curveOf([1, 0, 1, 0]);
    expect(zero.valleys).toEqual([]);
    expect(spans(zero.peaks)).toEqual([
      [0, 0, 1],
      [2, 2, 1],
    ]);
  });

  it('analyseEmotionCurve(map) finds no peak in a flat curve of equal values (ties everywhere)', () => {
    const curve = curveOf([2, 2, 2]);
    expect(curve.peaks).toEqual([]);
    expect(curve.valleys).toEqual([]);
    expect(curve.range).toBe(0);
  });

  it('analyseEmotionCurve(map) of a single touchpoint has no peak and min = max = mean', () => {
    const curve = curveOf([3]);
    expect(curve.peaks).toEqual([]);
    expect([curve.min, curve.max, curve.range, curve.mean]).toEqual([3, 3, 0, 3]);
  });

  it('analyseEmotionCurve(map) of an empty map has nulls and per-phase means of null', () => {
    const empty = makeTestMap({ state: 'desired', phases: [{ name: 'See' }, { name: 'Think' }] });
    const curve = analyseEmotionCurve(empty);
    expect(curve.points).toEqual([]);
    expect([curve.min, curve.max, curve.range, curve.mean]).toEqual([null, null, null, null]);
    expect(curve.phases.map((p) => [p.touchpointCount, p.meanEmotion])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(curve.flattened).toBeNull(); // nothing to judge yet
  });

  it('analyseEmotionCurve(map) gives a phase without touchpoints a null mean between two others', () => {
    const curve = analyseEmotionCurve(makeCurveMap([[1, 2], [], [-3]]));
    expect(curve.phases.map((p) => p.meanEmotion)).toEqual([1.5, null, -3]);
    expect(curve.mean).toBe(0);
  });

  describe('flattened', () => {
    it('analyseEmotionCurve(desired) warns when there is no peak of +2 and the range is 1', () => {
      expect(curveOf([0, 1, 0, 1], 'desired').flattened).toEqual({
        code: 'flattened-curve',
        reasons: ['no-high-peak', 'small-range'],
        highPeakCount: 0,
        range: 1,
        currentHighPeakCount: null,
        lostPeakCount: 0,
      });
    });

    it('analyseEmotionCurve(desired) warns about no peak of +2 even with a wide range', () => {
      const curve = curveOf([-3, 1, -3], 'desired');
      expect(curve.flattened?.reasons).toEqual(['no-high-peak']);
      expect(curve.flattened?.range).toBe(4);
    });

    it('analyseEmotionCurve(desired) warns about a range of 1 even with peaks of +2', () => {
      const curve = curveOf([2, 1, 2], 'desired');
      expect(curve.flattened?.reasons).toEqual(['small-range']);
      expect(curve.flattened?.highPeakCount).toBe(2);
    });

    it('analyseEmotionCurve(desired) does not warn with a peak of exactly +2 and a range of 2', () => {
      expect(curveOf([0, 2, 0], 'desired').flattened).toBeNull();
    });

    it('analyseEmotionCurve(desired) warns for a flat +3 line: +3 everywhere is no peak', () => {
      expect(curveOf([3, 3, 3], 'desired').flattened?.reasons).toEqual(['no-high-peak', 'small-range']);
    });

    it('analyseEmotionCurve(current) never warns on its own, even when flat', () => {
      expect(curveOf([0, 0, 0], 'current').flattened).toBeNull();
    });
  });

  describe('with the current counterpart', () => {
    // Current: t0 0, t1 +3 (peak), t2 0, t3 +2 (peak), t4 −1. Both peaks are ≥ +2.
    const current = makeCurveMap([
      [0, 3, 0],
      [2, -1],
    ]);

    it('analyseEmotionCurve(desired, current) reports the one lost peak when the desired map kept one', () => {
      const desired = desiredCopy(current, { t1: 2, t3: 1 }); // t1 still reaches +2, t3 drops to +1
      const curve = analyseEmotionCurve(desired, current);
      expect(curve.lostPeaks.map((p) => p.titles)).toEqual([['t3']]);
      expect(curve.lostPeaks[0]?.emotion).toBe(2); // the current map's emotion
      expect(curve.flattened).toBeNull();
    });

    it('analyseEmotionCurve(desired, current) warns when every +2 peak of the current map is lost', () => {
      const desired = desiredCopy(current, { t1: 1, t3: 1 });
      const curve = analyseEmotionCurve(desired, current);
      expect(curve.lostPeaks.map((p) => p.titles)).toEqual([['t1'], ['t3']]);
      expect(curve.flattened).toEqual({
        code: 'flattened-curve',
        reasons: ['no-high-peak', 'all-high-peaks-lost'],
        highPeakCount: 0,
        range: 2,
        currentHighPeakCount: 2,
        lostPeakCount: 2,
      });
    });

    it('analyseEmotionCurve(desired, current) warns when all old peaks are lost even if a new +3 peak appears', () => {
      const desired = makeTestMap({
        state: 'desired',
        phases: [
          {
            name: 'All',
            touchpoints: [
              { title: 't1', emotion: 1 },
              { title: 'new', emotion: 3 },
              { title: 't3', emotion: 0 },
            ],
          },
        ],
      });
      const curve = analyseEmotionCurve(desired, current);
      expect(curve.flattened?.reasons).toEqual(['all-high-peaks-lost']);
      expect(curve.flattened?.highPeakCount).toBe(1);
    });

    it('analyseEmotionCurve(desired, current) keeps a peak matched by title in an independently built map', () => {
      const then = makeTestMap({
        phases: [
          {
            name: 'Use',
            touchpoints: [
              { title: 'Order', emotion: 0 },
              { title: 'Unboxing', emotion: 3 },
              { title: 'Return', emotion: -2 },
            ],
          },
        ],
      });
      const keeps = makeTestMap({
        state: 'desired',
        phases: [
          {
            name: 'Use',
            touchpoints: [
              { title: 'Order', emotion: 0 },
              { title: '  unboxing', emotion: 2 },
            ],
          },
        ],
      });
      expect(analyseEmotionCurve(keeps, then).lostPeaks).toEqual([]);
      const loses = makeTestMap({
        state: 'desired',
        phases: [
          {
            name: 'Use',
            touchpoints: [
              { title: 'Order', emotion: 0 },
              { title: 'Unboxing', emotion: 1 },
            ],
          },
        ],
      });
      expect(analyseEmotionCurve(loses, then).lostPeaks.map((p) => p.titles)).toEqual([['Unboxing']]);
    });

    it('analyseEmotionCurve(desired, current) keeps a peak matched by id after a rename', () => {
      const desired = journeyMapSchema.parse({
        ...current,
        state: 'desired',
        touchpoints: current.touchpoints.map((t) => (t.title === 't1' ? { ...t, title: 'renamed' } : t)),
      });
      expect(analyseEmotionCurve(desired, current).lostPeaks.map((p) => p.titles)).toEqual([]);
    });

    it('analyseEmotionCurve(desired, current) keeps a plateau peak when one touchpoint of it still reaches +2', () => {
      const plateau = makeCurveMap([[0, 2, 2, 0]]);
      const desired = desiredCopy(plateau, { t1: 0, t2: 3 });
      expect(analyseEmotionCurve(desired, plateau).lostPeaks).toEqual([]);
      const lost = desiredCopy(plateau, { t1: 1, t2: 1 });
      expect(analyseEmotionCurve(lost, plateau).lostPeaks.map((p) => p.titles)).toEqual([['t1', 't2']]);
    });

    it('analyseEmotionCurve(desired, current) ignores current peaks below +2', () => {
      const mild = makeCurveMap([[0, 1, 0]]);
      const desired = desiredCopy(mild, { t1: 2 });
      const curve = analyseEmotionCurve(desired, mild);
      expect(curve.lostPeaks).toEqual([]);
      expect(curve.flattened).toBeNull();
      const stillMild = analyseEmotionCurve(desiredCopy(mild, { t1: 0 }), mild);
      expect(stillMild.lostPeaks).toEqual([]);
      expect(stillMild.flattened?.reasons).toEqual(['no-high-peak', 'small-range']);
      expect(stillMild.flattened?.currentHighPeakCount).toBe(0);
    });
  });
});
