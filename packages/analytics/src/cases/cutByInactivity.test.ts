import { describe, expect, it } from 'vitest';
import { cutByInactivity } from './cutByInactivity.js';
import { at, MINUTE_MS, T0 } from './fixtures.test-helpers.js';
import { DEFAULT_GAPS } from './types.js';

const GAP = DEFAULT_GAPS.webSessionSeconds;

describe('cutByInactivity', () => {
  it('DEFAULT_GAPS are 30 minutes for web sessions and 30 days for service journeys', () => {
    expect(DEFAULT_GAPS).toEqual({ webSessionSeconds: 1800, serviceJourneySeconds: 2_592_000 });
  });

  it('cutByInactivity(rows, 30 min) starts a new journey after a gap longer than 30 minutes', () => {
    // Customer A: 0, 10, 45 (gap 35 > 30 → new), 50, 120 (gap 70 → new).
    const rows = [
      at('a1', 'A', 0),
      at('a2', 'A', 10),
      at('a3', 'A', 45),
      at('a4', 'A', 50),
      at('a5', 'A', 120),
    ];
    const cut = cutByInactivity(rows, GAP);
    expect(cut.rows.map((r) => [r.id, r.caseId])).toEqual([
      ['a1', 'A#1'],
      ['a2', 'A#1'],
      ['a3', 'A#2'],
      ['a4', 'A#2'],
      ['a5', 'A#3'],
    ]);
    expect(cut.journeys).toEqual([
      {
        caseId: 'A#1',
        customerId: 'A',
        startTsMs: T0,
        endTsMs: T0 + 10 * MINUTE_MS,
        eventCount: 2,
        open: false,
      },
      {
        caseId: 'A#2',
        customerId: 'A',
        startTsMs: T0 + 45 * MINUTE_MS,
        endTsMs: T0 + 50 * MINUTE_MS,
        eventCount: 2,
        open: false,
      },
      {
        caseId: 'A#3',
        customerId: 'A',
        startTsMs: T0 + 120 * MINUTE_MS,
        endTsMs: T0 + 120 * MINUTE_MS,
        eventCount: 1,
        open: false,
      },
    ]);
  });

  it('cutByInactivity(rows, 30 min) does not split on a gap of exactly 30 minutes (only longer gaps split)', () => {
    const rows = [
      at('a1', 'A', 0),
      at('a2', 'A', 30),
      at('a3', 'A', 60),
      { ...at('a4', 'A', 90), tsMs: T0 + 90 * MINUTE_MS + 1 },
    ];
    expect(cutByInactivity(rows, GAP).rows.map((r) => r.caseId)).toEqual(['A#1', 'A#1', 'A#1', 'A#2']);
  });

  it('cutByInactivity(rows) sorts by time and keeps arrival order for equal timestamps', () => {
    // Arrival order: x3 (t=5), x1 (t=0), x2a and x2b both at t=2 arriving in that order, then x2c at t=2.
    const rows = [
      at('x3', 'X', 5),
      at('x1', 'X', 0),
      at('x2a', 'X', 2),
      at('x2b', 'X', 2),
      at('x2c', 'X', 2),
    ];
    expect(cutByInactivity(rows, GAP).rows.map((r) => r.id)).toEqual(['x1', 'x2a', 'x2b', 'x2c', 'x3']);
  });

  it('cutByInactivity(rows) numbers journeys per customer, falls back to the anonymous id and drops rows without any id', () => {
    const rows = [
      at('b1', 'B', 100),
      at('a1', 'A', 0),
      at('n1', null, 1, 'n1', 'anon-9'),
      at('b0', 'B', 0),
      at('z', null, 3),
      at('a2', 'A', 100),
    ];
    const cut = cutByInactivity(rows, GAP);
    expect(cut.rows.map((r) => [r.id, r.caseId])).toEqual([
      ['a1', 'A#1'],
      ['a2', 'A#2'],
      ['b0', 'B#1'],
      ['b1', 'B#2'],
      ['n1', 'anon-9#1'],
    ]);
    expect(cut.droppedCount).toBe(1);
    expect(cutByInactivity([...rows].reverse(), GAP).journeys.map((j) => j.caseId)).toEqual(
      cut.journeys.map((j) => j.caseId),
    );
  });

  it('cutByInactivity(rows, 30 days) cuts service journeys', () => {
    const DAY = 24 * 60;
    const rows = [
      at('c1', 'S', 0),
      at('c2', 'S', 29 * DAY),
      at('c3', 'S', 59 * DAY),
      at('c4', 'S', 90 * DAY),
    ];
    expect(cutByInactivity(rows, DEFAULT_GAPS.serviceJourneySeconds).rows.map((r) => r.caseId)).toEqual([
      'S#1',
      'S#1',
      'S#1',
      'S#2',
    ]);
  });

  it('cutByInactivity(rows, -1) rejects a negative gap', () => {
    expect(() => cutByInactivity([], -1)).toThrow(RangeError);
  });
});
