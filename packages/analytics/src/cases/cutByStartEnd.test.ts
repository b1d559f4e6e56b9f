import { describe, expect, it } from 'vitest';
import { cutByStartEnd } from './cutByStartEnd.js';
import { at, T0, MINUTE_MS } from './fixtures.test-helpers.js';

const CHECKOUT = { start: 'Add to Cart', end: ['Order Placed', 'Cart Abandoned'] } as const;

describe('cutByStartEnd', () => {
  it('cutByStartEnd(rows, { start, end }) keeps start..end windows and drops events outside them', () => {
    const rows = [
      at('browse', 'A', 0, 'Viewed Home'),
      at('add1', 'A', 1, 'Add to Cart'),
      at('pay', 'A', 2, 'Payment'),
      at('order', 'A', 3, 'Order Placed'),
      at('after', 'A', 4, 'Viewed Home'),
      at('add2', 'A', 10, 'Add to Cart'),
      at('abandon', 'A', 11, 'Cart Abandoned'),
    ];
    const cut = cutByStartEnd(rows, CHECKOUT);
    expect(cut.rows.map((r) => [r.id, r.caseId])).toEqual([
      ['add1', 'A#1'],
      ['pay', 'A#1'],
      ['order', 'A#1'],
      ['add2', 'A#2'],
      ['abandon', 'A#2'],
    ]);
    expect(cut.droppedCount).toBe(2);
    expect(cut.journeys.map((j) => [j.caseId, j.eventCount, j.open])).toEqual([
      ['A#1', 3, false],
      ['A#2', 2, false],
    ]);
  });

  it('cutByStartEnd(rows) keeps an unclosed journey at the end and flags it open', () => {
    const rows = [at('add', 'B', 0, 'Add to Cart'), at('view', 'B', 5, 'Viewed Cart')];
    const cut = cutByStartEnd(rows, CHECKOUT);
    expect(cut.journeys).toEqual([
      {
        caseId: 'B#1',
        customerId: 'B',
        startTsMs: T0,
        endTsMs: T0 + 5 * MINUTE_MS,
        eventCount: 2,
        open: true,
      },
    ]);
  });

  it('cutByStartEnd(rows) counts a second start inside an open journey as part of it', () => {
    const rows = [
      at('s1', 'C', 0, 'Add to Cart'),
      at('s2', 'C', 1, 'Add to Cart'),
      at('e', 'C', 2, 'Order Placed'),
    ];
    expect(cutByStartEnd(rows, CHECKOUT).rows.map((r) => r.caseId)).toEqual(['C#1', 'C#1', 'C#1']);
  });

  it('cutByStartEnd(rows) lets arrival order decide between a start and an end at the same timestamp', () => {
    // Same minute: the end arrived before the start → the end is outside any journey and the start opens one.
    const endFirst = [at('e', 'D', 0, 'Order Placed'), at('s', 'D', 0, 'Add to Cart')];
    const cutEndFirst = cutByStartEnd(endFirst, CHECKOUT);
    expect(cutEndFirst.rows.map((r) => r.id)).toEqual(['s']);
    expect(cutEndFirst.journeys[0]?.open).toBe(true);
    // The start arrived first → one closed journey of two events.
    const startFirst = [at('s', 'D', 0, 'Add to Cart'), at('e', 'D', 0, 'Order Placed')];
    expect(cutByStartEnd(startFirst, CHECKOUT).journeys.map((j) => [j.eventCount, j.open])).toEqual([
      [2, false],
    ]);
  });

  it('cutByStartEnd(rows, predicates) accepts predicates and an activity that both starts and ends', () => {
    const rows = [at('c1', 'E', 0, 'Call'), at('c2', 'E', 1, 'Call'), at('m', 'E', 2, 'Mail')];
    const cut = cutByStartEnd(rows, { start: (r) => r.activity === 'Call', end: 'Call' });
    expect(cut.rows.map((r) => [r.id, r.caseId])).toEqual([
      ['c1', 'E#1'],
      ['c2', 'E#2'],
    ]);
    expect(cut.journeys.every((j) => !j.open)).toBe(true);
  });
});
