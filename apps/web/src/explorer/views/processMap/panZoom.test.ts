// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { centreOn, fitView, MAX_SCALE, openingView, READABLE_SCALE, revealBox, zoomAt } from './panZoom.js';

describe('pan and zoom of the process map', () => {
  it('zoomAt() keeps the point under the pointer where it is, within the scale limits', () => {
    const view = zoomAt({ x: 10, y: 20, k: 1 }, 2, 110, 220);
    // the drawing point under (110, 220) was (100, 200) and still is
    expect((110 - view.x) / view.k).toBeCloseTo(100);
    expect((220 - view.y) / view.k).toBeCloseTo(200);
    expect(zoomAt({ x: 0, y: 0, k: 3 }, 10, 0, 0).k).toBe(MAX_SCALE);
  });

  it('fitView() shows the whole drawing centred, never enlarged', () => {
    expect(fitView(1000, 2000, 500, 500)).toEqual({ k: 0.25, x: 125, y: 0 });
    expect(fitView(100, 100, 500, 300)).toEqual({ k: 1, x: 200, y: 100 });
  });

  it('openingView() fits a map that stays readable, and opens a large one readable at its start', () => {
    expect(openingView(400, 300, 800, 600, 200)).toEqual(fitView(400, 300, 800, 600));
    const tall = openingView(876, 2158, 1100, 600, 438);
    expect(tall).toEqual({ k: 1, x: (1100 - 876) / 2, y: 0 });
    const wide = openingView(3000, 4000, 1000, 600, 1500);
    expect(wide.k).toBe(READABLE_SCALE);
    expect(wide.y).toBe(0);
    // the start (x = 1500) is in the middle of the viewport; near an edge, the drawing's edge stays put
    expect(wide.x + 1500 * wide.k).toBeCloseTo(500);
    expect(openingView(3000, 4000, 1000, 600, 2900).x).toBeCloseTo(1000 - 3000 * READABLE_SCALE);
  });

  it('revealBox() moves as little as it must; centreOn() puts a box in the middle', () => {
    const view = { x: 0, y: 0, k: 1 };
    expect(revealBox(view, { x: 40, y: 40, width: 50, height: 20 }, 500, 500)).toEqual(view);
    expect(revealBox(view, { x: 900, y: 100, width: 100, height: 40 }, 500, 500)).toEqual({
      x: -(1000 - 476),
      y: 0,
      k: 1,
    });
    expect(centreOn({ x: 0, y: 0, k: 2 }, { x: 100, y: 100, width: 50, height: 50 }, 500, 400)).toEqual({
      x: 250 - 250,
      y: 200 - 250,
      k: 2,
    });
  });
});
