// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CARD_WIDTH, computeGridGeometry, measurePhaseWidth, SLOT_GAP } from './geometry.js';
import { buildTestMap } from './testMaps.js';

describe('grid geometry', () => {
  it('computeGridGeometry() puts each touchpoint slot in its phase column, in journey order', () => {
    const map = buildTestMap([[{ title: 'a' }, { title: 'b' }], [], [{ title: 'c' }]]);
    const g = computeGridGeometry(map.phases, map.touchpoints, false);
    expect(g.columns.map((c) => c.touchpointIds.length)).toEqual([2, 0, 1, 0, 0]);
    const [a, b, c] = g.slotCentres;
    expect(b!.x - a!.x).toBe(CARD_WIDTH + SLOT_GAP);
    expect(c!.x).toBeGreaterThan(g.columns[2]!.left);
    expect(c!.x).toBeLessThan(g.columns[2]!.left + g.columns[2]!.width);
    expect(g.width).toBe(g.columns.reduce((sum, col) => sum + col.width, 0));
  });

  it('measurePhaseWidth() keeps room for the add button only for editors of a phase with cards', () => {
    expect(measurePhaseWidth(2, true)).toBeGreaterThan(measurePhaseWidth(2, false));
    expect(measurePhaseWidth(0, true)).toBe(measurePhaseWidth(0, false));
  });
});
