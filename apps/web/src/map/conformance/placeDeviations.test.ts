import { describe, expect, it } from 'vitest';
import type { Deviation } from '../measures/measuresApi.js';
import { placeDeviations } from './placeDeviations.js';

const centres = new Map([
  ['a', 100],
  ['b', 280],
  ['c', 460],
  ['d', 640],
]);
const unmatched = (activity: string, after: string, before: string, share: number): Deviation => ({
  kind: 'unmatched',
  activity,
  afterTouchpointId: after,
  beforeTouchpointId: before,
  journeys: share * 100,
  events: share * 120,
  share,
});

describe('placeDeviations', () => {
  const deviations: Deviation[] = [
    unmatched('X', 'a', 'b', 0.4),
    { kind: 'skipped', touchpointId: 'c', journeys: 30, share: 0.3 },
    { kind: 'backward', fromTouchpointId: 'd', toTouchpointId: 'a', journeys: 40, share: 0.4 },
    { kind: 'backward', fromTouchpointId: 'b', toTouchpointId: 'a', journeys: 20, share: 0.2 },
    unmatched('W', 'a', 'c', 0.15),
    unmatched('Y', 'a', 'b', 0.1),
    unmatched('Z', 'b', 'c', 0.05),
    { kind: 'skipped', touchpointId: 'gone', journeys: 3, share: 0.03 },
  ];
  const marks = placeDeviations({ deviations }, centres, 800);

  it('placeDeviations(conformance) marks the skipped cards that are on the map', () => {
    expect([...marks.skipped.keys()]).toEqual(['c']);
  });

  it('placeDeviations(conformance) nests a longer backward arc below a shorter one, thicker for more journeys', () => {
    expect(
      marks.arcs.map((a) => [a.deviation.fromTouchpointId, a.fromX, a.toX, a.depth, a.strokeWidth]),
    ).toEqual([
      // b → a spans 180 px: the first arc, 12 px deep, 1.5 + 4.5 · 0.2 = 2.4 px
      ['b', 280, 100, 12, 2.4],
      // d → a spans b → a: one step deeper, 1.5 + 4.5 · 0.4 = 3.3 px
      ['d', 640, 100, 19, 3.3],
    ]);
  });

  it('placeDeviations(conformance) groups the activities between two cards and stacks notes that would overlap', () => {
    expect(
      marks.notes.map((n) => [
        n.afterTouchpointId,
        n.beforeTouchpointId,
        n.items.map((i) => i.kind === 'unmatched' && i.activity),
        n.left,
        n.row,
      ]),
    ).toEqual([
      // half-way between a (100) and b (280) is 190: 190 − 150 / 2 = 115, the top row
      ['a', 'b', ['X', 'Y'], 115, 0],
      // a–c at 280 would start at 205, inside the first note (ends at 265): the second row
      ['a', 'c', ['W'], 205, 1],
      // b–c at 370 starts at 295, after the first note's end plus the gap (271): the top row again
      ['b', 'c', ['Z'], 295, 0],
    ]);
  });

  it('placeDeviations(conformance) makes the strip as high as the arcs and notes need', () => {
    // arcs, then two rows of notes from 36: 36 + 2 · 20 + 6
    expect([marks.noteTop, marks.height]).toEqual([36, 82]);
    // notes alone start at the top: one row, 20 + 6
    const notes = placeDeviations({ deviations: [unmatched('Q', 'a', 'b', 0.2)] }, centres, 800);
    expect([notes.noteTop, notes.height]).toEqual([0, 26]);
    // arcs alone: the arc zone, 30 + 6
    const arcs = placeDeviations(
      { deviations: deviations.filter((d) => d.kind === 'backward') },
      centres,
      800,
    );
    expect(arcs.height).toBe(36);
    expect(placeDeviations({ deviations: [] }, centres, 800).height).toBe(0);
  });

  it('placeDeviations(conformance) keeps a note inside the map', () => {
    const edge = placeDeviations({ deviations: [unmatched('Q', 'd', 'd', 0.2)] }, centres, 700);
    // 640 − 75 = 565 would end at 715: moved left to 700 − 150
    expect(edge.notes[0]?.left).toBe(550);
  });
});
