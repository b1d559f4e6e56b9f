import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { answer, daySeconds as day, importFixture, order, visit } from './fixtures.test-helpers.js';
import { getNpsByWindow, groupNpsCounts } from './getNpsByWindow.js';

// Journeys by their first event (days since the epoch); window 1 = days 0–10, window 2 = days 10–20:
// M1 visit d1, NPS 0 d2, NPS 10 d3 (its last answer counts) → window 1, a promoter.
// M2 visit d2, NPS 3 d4 → window 1, a detractor. M3 visit d8, NPS 9 d12 → window 1 (starts there), a promoter.
// M4 visit d11, NPS 7 d12 → window 2, a passive. M5 visit d12, order d13 → window 2, no answer.
// M6 visit d25, NPS 10 → neither window.
const rows = [
  ...[visit('M1', 1), answer('M1', 2, 0), answer('M1', 3, 10)],
  ...[visit('M2', 2), answer('M2', 4, 3)],
  ...[visit('M3', 8), answer('M3', 12, 9)],
  ...[visit('M4', 11), answer('M4', 12, 7)],
  ...[visit('M5', 12), order('M5', 13)],
  ...[visit('M6', 25), answer('M6', 26, 10)],
];
const ms = (d: number) => d * day * 1000;

let store: EventStore;
beforeAll(async () => {
  store = await openEventStore();
  await importFixture(store, 'monthly', rows);
});
afterAll(() => store.close());

describe('getNpsByWindow', () => {
  test('getNpsByWindow(windows) gives each window its NPS from the journeys starting in it', async () => {
    const [first, second, empty] = await getNpsByWindow(store, { dataset: 'monthly' }, {}, [
      { fromMs: ms(0), toMs: ms(10) },
      { fromMs: ms(10), toMs: ms(20) },
      { fromMs: ms(30), toMs: ms(40) },
    ]);
    // window 1: promoters M1 M3, detractor M2 → (2 − 1) / 3 = 33.3 points
    expect(first!.n).toBe(3);
    expect(first!.estimate).toBeCloseTo(100 / 3, 10);
    // var = [(2/3 + 1/3) − (1/3)²] / 3 = (8/9) / 3; half-width 1.96 · 100 · √var
    const half = 1.959963984540054 * 100 * Math.sqrt(8 / 9 / 3);
    expect(first!.low).toBeCloseTo(Math.max(-100, 100 / 3 - half), 6);
    // window 2: M4 a passive (M5 has no answer) → 0 points of 1 answer
    expect(second).toMatchObject({ n: 1, estimate: 0 });
    expect(empty!.n).toBe(0);
  });

  test('groupNpsCounts groups 0–10 answers with their journeys', () => {
    expect(
      groupNpsCounts([
        { score: 10, journeys: 2 },
        { score: 9, journeys: 1 },
        { score: 8, journeys: 4 },
        { score: 7, journeys: 1 },
        { score: 6, journeys: 3 },
        { score: 0, journeys: 1 },
      ]),
    ).toEqual({ promoters: 3, passives: 5, detractors: 4 });
  });
});
