import { describe, expect, it } from 'vitest';
import { layoutEmotionCurve } from './layoutEmotionCurve.js';

describe('layoutEmotionCurve', () => {
  it('layoutEmotionCurve(+3, 0, −3) puts +3 at the top padding, 0 in the middle and −3 at the bottom', () => {
    const c = layoutEmotionCurve({ xs: [0, 100, 200], emotions: [3, 0, -3], height: 124, padding: 12 });
    expect(c.points.map((p) => p.y)).toEqual([12, 62, 112]);
    expect(c.neutralY).toBe(62);
  });

  it('layoutEmotionCurve(one point) is a move-to without a curve; none is empty', () => {
    expect(layoutEmotionCurve({ xs: [50], emotions: [1], height: 100 }).path).toMatch(/^M50,[\d.]+$/);
    expect(layoutEmotionCurve({ xs: [], emotions: [], height: 100 }).path).toBe('');
  });

  it('layoutEmotionCurve(flat run) stays flat: control points of a level segment keep its y (no overshoot)', () => {
    const c = layoutEmotionCurve({
      xs: [0, 90, 180, 270],
      emotions: [-2, 2, 2, -1],
      height: 100,
      padding: 10,
    });
    const segments = c.path.split(' C').slice(1);
    // the middle segment runs between two +2 points: both control points at the same y
    const ys = segments[1]!.split(' ').map((pair) => Number(pair.split(',')[1]));
    expect(new Set(ys).size).toBe(1);
    expect(segments).toHaveLength(3);
  });

  it('layoutEmotionCurve clamps emotions outside −3..+3', () => {
    const c = layoutEmotionCurve({ xs: [0, 10], emotions: [9, -9], height: 100, padding: 0 });
    expect(c.points.map((p) => p.y)).toEqual([0, 100]);
  });
});
