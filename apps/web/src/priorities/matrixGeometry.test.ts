import { describe, expect, it } from 'vitest';
import {
  BUBBLE_MAX_RADIUS,
  BUBBLE_MIN_RADIUS,
  MATRIX_FRAME,
  bubbleRadius,
  feasibilityToX,
  placeBubbles,
  quadrantOf,
  reachToY,
  xToFeasibility,
  yToReach,
} from './matrixGeometry.js';

// The default frame: plot 568 × 324 px from (56, 28); each score a fifth: 113.6 px wide, 64.8 px high.
describe('matrix geometry', () => {
  it('feasibilityToX / reachToY put scores in the middle of their fifth; 5 reach at the top', () => {
    expect(feasibilityToX(1)).toBeCloseTo(56 + 56.8, 10);
    expect(feasibilityToX(3)).toBeCloseTo(56 + 284, 10);
    expect(feasibilityToX(5)).toBeCloseTo(56 + 511.2, 10);
    expect(reachToY(5)).toBeCloseTo(28 + 32.4, 10);
    expect(reachToY(1)).toBeCloseTo(28 + 291.6, 10);
  });

  it('xToFeasibility / yToReach snap a point back to the nearest score and clamp to 1–5', () => {
    for (const s of [1, 2, 3, 4, 5]) {
      expect(xToFeasibility(feasibilityToX(s))).toBe(s);
      expect(yToReach(reachToY(s))).toBe(s);
    }
    // just right of the 2|3 border (56 + 2 · 113.6 = 283.2) is 3
    expect(xToFeasibility(283.3)).toBe(3);
    expect(xToFeasibility(283.1)).toBe(2);
    expect(xToFeasibility(-100)).toBe(1);
    expect(xToFeasibility(MATRIX_FRAME.width + 100)).toBe(5);
    expect(yToReach(-50)).toBe(5);
    expect(yToReach(10_000)).toBe(1);
  });

  it('bubbleRadius grows the area linearly from the smallest (1 or unscored) to the largest (5)', () => {
    expect(bubbleRadius(null)).toBe(BUBBLE_MIN_RADIUS);
    expect(bubbleRadius(1)).toBe(BUBBLE_MIN_RADIUS);
    expect(bubbleRadius(5)).toBeCloseTo(BUBBLE_MAX_RADIUS, 10);
    // score 3 is half-way in area: √((81 + 576) / 2)
    expect(bubbleRadius(3)).toBeCloseTo(Math.sqrt((81 + 576) / 2), 10);
  });

  it('quadrantOf splits at 3: reach and feasibility both 3 or more is a quick win', () => {
    expect(quadrantOf(3, 3)).toBe('quick-wins');
    expect(quadrantOf(5, 2)).toBe('big-bets');
    expect(quadrantOf(2, 5)).toBe('fill-ins');
    expect(quadrantOf(1, 1)).toBe('think-twice');
  });

  it('placeBubbles spreads ideas that share a cell around its centre, one alone sits on it', () => {
    const placed = placeBubbles([
      { id: 'a', reach: 4, feasibility: 2 },
      { id: 'b', reach: 4, feasibility: 2 },
      { id: 'c', reach: 1, feasibility: 5 },
    ]);
    expect(placed.get('c')).toEqual({ x: feasibilityToX(5), y: reachToY(1) });
    const [a, b] = [placed.get('a')!, placed.get('b')!];
    const centre = { x: feasibilityToX(2), y: reachToY(4) };
    // two on a circle of radius 64.8 / 3 = 21.6 around the centre: straight above and below it
    expect(a.x).toBeCloseTo(centre.x, 10);
    expect(a.y).toBeCloseTo(centre.y - 21.6, 10);
    expect(b.y).toBeCloseTo(centre.y + 21.6, 10);
    expect(xToFeasibility(a.x)).toBe(2);
    expect(yToReach(b.y)).toBe(4);
  });
});
