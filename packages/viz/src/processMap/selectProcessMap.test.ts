import { describe, expect, it } from 'vitest';
import { DEFAULT_PROCESS_MAP_SHARES, selectProcessMap } from './selectProcessMap.js';
import { FIVE_ACTIVITY_LOG, inputFromVariants } from './testProcessMaps.js';
import type { ProcessMapSelection } from './types.js';

// The five-activity log, counted by hand:
//   events  A 96, D 96, E 96, B 62, C 40 (390)  → ranks a0 = A, a1 = D, a2 = E, a3 = B, a4 = C (ties by name)
//   paths   start→A 96, D→E 96, E→end 96, A→B 61, B→D 51, C→D 40, A→C 30, B→C 10, A→D 5, B→B 1 (10)

/** The kept paths as "from→to" with activity names (● start, ■ end). */
function paths(selection: ProcessMapSelection): string[] {
  const name = new Map(selection.nodes.map((n) => [n.id, n.activity || (n.kind === 'start' ? '●' : '■')]));
  return selection.edges.map((e) => `${name.get(e.from)}→${name.get(e.to)}`);
}

describe('selectProcessMap', () => {
  it('selectProcessMap(five-activity log, 100 %/100 %) keeps everything, most frequent first, ties by name', () => {
    const s = selectProcessMap(FIVE_ACTIVITY_LOG, { activityShare: 1, pathShare: 1 });
    expect(s.nodes.map((n) => `${n.id}:${n.activity}`)).toEqual([
      'start:',
      'a0:A',
      'a1:D',
      'a2:E',
      'a3:B',
      'a4:C',
      'end:',
    ]);
    expect(s.nodes.map((n) => [n.events, n.cases])).toEqual([
      [96, 96],
      [96, 96],
      [96, 96],
      [96, 96],
      [62, 61],
      [40, 40],
      [96, 96],
    ]);
    expect(paths(s)).toEqual(['●→A', 'D→E', 'E→■', 'A→B', 'B→D', 'C→D', 'A→C', 'B→C', 'A→D', 'B→B']);
    expect(s.edges.map((e) => e.count)).toEqual([96, 96, 96, 61, 51, 40, 30, 10, 5, 1]);
    expect(s.totals).toEqual({ activities: 5, paths: 10, events: 390, cases: 96 });
    expect(s.hidden).toEqual({ activities: 0, paths: 0, shareOfEvents: 0, shareOfCases: 0, cases: 0 });
  });

  it('selectProcessMap(path slider 20 %) drops the least frequent paths first but keeps every activity connected', () => {
    // ⌈20 % × 10⌉ = 2 paths kept outright (●→A, D→E); the others are tried from the least frequent up:
    // B→B, A→D and B→C go; A→C stays (C's only way in once B→C is gone), and so do C→D (C's only way
    // out), B→D (B's), A→B (B's only way in) and E→■.
    const s = selectProcessMap(FIVE_ACTIVITY_LOG, { activityShare: 1, pathShare: 0.2 });
    expect(paths(s)).toEqual(['●→A', 'D→E', 'E→■', 'A→B', 'B→D', 'C→D', 'A→C']);
    // hidden: A B C D E (B→C, 10 cases), A D E (A→D, 5), A B B D E (B→B, 1)
    expect(s.hidden).toEqual({ activities: 0, paths: 3, shareOfEvents: 0, shareOfCases: 16 / 96, cases: 16 });
    // at 0 % nothing more can go
    expect(paths(selectProcessMap(FIVE_ACTIVITY_LOG, { activityShare: 1, pathShare: 0 }))).toEqual(paths(s));
  });

  it('selectProcessMap(path slider 80 %) keeps the 8 most frequent paths', () => {
    const s = selectProcessMap(FIVE_ACTIVITY_LOG, { activityShare: 1, pathShare: 0.8 });
    expect(paths(s)).toEqual(['●→A', 'D→E', 'E→■', 'A→B', 'B→D', 'C→D', 'A→C', 'B→C']);
    expect(s.hidden).toMatchObject({ paths: 2, cases: 6, shareOfCases: 6 / 96 });
  });

  it('selectProcessMap(activity slider 40 %) keeps A and D, and E because D cannot reach the end without it', () => {
    // ⌈40 % × 5⌉ = 2 (A, D); C and B can go, E cannot (only E ends cases).
    const s = selectProcessMap(FIVE_ACTIVITY_LOG, { activityShare: 0.4, pathShare: 1 });
    expect(s.nodes.map((n) => n.activity)).toEqual(['', 'A', 'D', 'E', '']);
    expect(paths(s)).toEqual(['●→A', 'D→E', 'E→■', 'A→D']);
    expect(s.hidden).toEqual({
      activities: 2,
      paths: 6,
      shareOfEvents: 102 / 390,
      shareOfCases: 91 / 96,
      cases: 91,
    });
    // at 0 % the same: one activity (A) is asked for, D and E keep it connected to the end
    expect(selectProcessMap(FIVE_ACTIVITY_LOG, { activityShare: 0, pathShare: 1 }).nodes).toEqual(s.nodes);
  });

  it('selectProcessMap(activity slider) drops a rare detour as a whole, though neither of its two activities can go alone', () => {
    // A B ×10, A X Y B ×1: ⌈50 % × 4⌉ = 2 kept outright (A, B). Y alone cannot go (X would lead nowhere),
    // nor X alone (Y could not be reached); together they can.
    const detour = inputFromVariants([
      { activities: ['A', 'B'], cases: 10 },
      { activities: ['A', 'X', 'Y', 'B'], cases: 1 },
    ]);
    const s = selectProcessMap(detour, { activityShare: 0.5, pathShare: 1 });
    expect(s.nodes.map((n) => n.activity)).toEqual(['', 'A', 'B', '']);
    expect(paths(s)).toEqual(['●→A', 'B→■', 'A→B']);
    expect(s.hidden).toEqual({
      activities: 2,
      paths: 3,
      shareOfEvents: 2 / 24,
      shareOfCases: 1 / 11,
      cases: 1,
    });
  });

  it('selectProcessMap keeps an edge’s times and its cases; start and end edges carry no times', () => {
    const s = selectProcessMap(FIVE_ACTIVITY_LOG, DEFAULT_PROCESS_MAP_SHARES);
    const ab = s.edges.find((e) => e.id === 'a0>a3')!;
    expect(ab).toEqual({
      id: 'a0>a3',
      from: 'a0',
      to: 'a3',
      count: 61,
      cases: 61,
      meanSeconds: 3600,
      medianSeconds: 1800,
      totalSeconds: 61 * 3600,
    });
    expect(s.edges.find((e) => e.id === 'start>a0')).toMatchObject({
      count: 96,
      meanSeconds: null,
      totalSeconds: null,
    });
    const loops = selectProcessMap(FIVE_ACTIVITY_LOG, { activityShare: 1, pathShare: 1 });
    expect(loops.edges.find((e) => e.id === 'a3>a3')).toMatchObject({ count: 1, cases: 1 });
  });

  it('selectProcessMap gives each activity its typical position: the mean index of its first event', () => {
    // B first at index 1 in 61 cases; C at 1 (30 cases) and 2 (10); D at 2 (80), 3 (11), 1 (5); E likewise + 1
    const s = selectProcessMap(FIVE_ACTIVITY_LOG, { activityShare: 1, pathShare: 1 });
    expect(Object.fromEntries(s.nodes.map((n) => [n.activity || n.kind, n.typicalPosition]))).toEqual({
      start: -1,
      A: 0,
      D: (2 * 80 + 3 * 11 + 1 * 5) / 96,
      E: (3 * 80 + 4 * 11 + 2 * 5) / 96,
      B: 1,
      C: (1 * 30 + 2 * 10) / 40,
      end: Number.MAX_SAFE_INTEGER,
    });
  });

  it('selectProcessMap(empty log) draws nothing and hides nothing', () => {
    const s = selectProcessMap(inputFromVariants([]), DEFAULT_PROCESS_MAP_SHARES);
    expect(s.nodes).toEqual([]);
    expect(s.edges).toEqual([]);
    expect(s.hidden.shareOfCases).toBe(0);
  });

  it('selectProcessMap(shares out of range) clamps them', () => {
    const s = selectProcessMap(FIVE_ACTIVITY_LOG, { activityShare: 7, pathShare: -1 });
    expect(s.shares).toEqual({ activityShare: 1, pathShare: 0 });
    expect(s.nodes).toHaveLength(7);
  });
});
