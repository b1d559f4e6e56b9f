import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportRow } from '../import/types.js';
import { benjaminiHochberg } from '../stats/benjaminiHochberg.js';
import { compareNps } from '../stats/compareNps.js';
import { twoProportionZTest } from '../stats/twoProportionZTest.js';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { compareMeasures } from './compareMeasures.js';
import { measureJourney } from './measureJourney.js';
import type { MeasurePhase, MeasureTouchpoint } from './types.js';

// Two periods of 40 journeys each, by their start: before = [0, 1000 s), after = [1000 s, 2000 s).
// visit: every journey, both periods (no change). cart: 20 of 40 in both periods (no change).
// pay: 8 of 40 before, 32 of 40 after (the planted change in reach). NPS: 10 of every period's journeys
// answer, 5 promoters / 5 detractors in both (no change).
// The before journeys run past 1000 s and still count before; journeys starting at 2500 s are in neither.
const rows: ImportRow[] = [];
for (const [period, start, pays] of [
  ['b', 0, 8],
  ['a', 1000, 32],
] as const) {
  for (let j = 0; j < 40; j++) {
    const id = `${period}${j}`;
    const t = start + j * 10;
    rows.push(makeRow(id, 'visit', t));
    if (j % 2 === 0) rows.push(makeRow(id, 'cart', t + 600));
    if (j < pays) rows.push(makeRow(id, 'pay', t + 700));
    if (j < 10) rows.push(makeRow(id, 'survey', t + 800, { nps: j < 5 ? 10 : 2 }));
  }
}
for (let j = 0; j < 20; j++) rows.push(makeRow(`late${j}`, 'pay', 2500 + j));

const touchpoints: MeasureTouchpoint[] = [
  { id: 'visit', matcher: { activities: ['visit'] } },
  { id: 'cart', matcher: { activities: ['cart'] } },
  { id: 'pay', matcher: { activities: ['pay'] } },
  { id: 'thanks', matcher: null },
];
const phases: MeasurePhase[] = [{ id: 'all', touchpointIds: ['visit', 'cart', 'pay', 'thanks'] }];
const before = { fromMs: 0, toMs: 1_000_000 };
const after = { fromMs: 1_000_000, toMs: 2_000_000 };
const scope = { dataset: 'periods' };
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'periods', toBatches(rows));
});
afterAll(() => store.close());

describe('compareMeasures', () => {
  test('a journey belongs to the period it starts in, with all its events', async () => {
    const c = await compareMeasures(store, scope, touchpoints, phases, before, after);
    expect(c.before.journeys).toBe(40);
    expect(c.after.journeys).toBe(40);
    // all of the map without periods: also the 20 late journeys
    expect((await measureJourney(store, scope, touchpoints, phases)).journeys).toBe(100);
  });

  test('a planted change in reach is significant; unchanged figures are not', async () => {
    const c = await compareMeasures(store, scope, touchpoints, phases, before, after);
    const [visit, cart, pay, thanks] = c.touchpoints;
    const expected = twoProportionZTest({ successes: 32, n: 40 }, { successes: 8, n: 40 });
    expect(pay!.reachShare).toMatchObject({ before: 0.2, after: 0.8, significant: true });
    expect(pay!.reachShare!.difference).toBeCloseTo(0.6, 12);
    expect(pay!.reachShare!.pValue).toBeCloseTo(expected.pValue, 12);
    expect(cart!.reachShare).toMatchObject({ before: 0.5, after: 0.5, difference: 0, significant: false });
    expect(visit!.reachShare).toMatchObject({ before: 1, after: 1, difference: 0, significant: false });
    // drop-off after visit: journeys reaching neither cart nor pay — before 20 − 4 = 16 of 40 (j odd, j ≥ 8),
    // after 40 − 20 − 16 = 4 (j odd, j ≥ 32)
    expect(visit!.dropOffShare).toMatchObject({ before: 16 / 40, after: 4 / 40 });
    // the last touchpoint measured has no drop-off
    expect(pay!.dropOffShare).toBeNull();
    // NPS: 5 promoters, 5 detractors in both periods among the journeys reaching visit
    const nps = compareNps(
      { promoters: 5, passives: 0, detractors: 5 },
      { promoters: 5, passives: 0, detractors: 5 },
    );
    expect(visit!.nps).toMatchObject({ before: 0, after: 0, difference: 0, significant: false });
    expect(visit!.nps!.pValue).toBeCloseTo(nps.pValue, 12);
    // no matcher: no figures
    expect(thanks).toEqual({ touchpointId: 'thanks', reachShare: null, dropOffShare: null, nps: null });
  });

  test('p-values are adjusted with Benjamini–Hochberg across every test of the map', async () => {
    const c = await compareMeasures(store, scope, touchpoints, phases, before, after);
    const changes = c.touchpoints
      .flatMap((t) => [t.reachShare, t.dropOffShare, t.nps])
      .filter((x) => x !== null);
    // visit: reach, drop-off, NPS; cart: reach, drop-off, NPS; pay: reach, NPS
    expect(changes).toHaveLength(8);
    const adjusted = benjaminiHochberg(changes.map((x) => x.pValue));
    changes.forEach((x, i) => {
      expect(x.adjustedPValue).toBeCloseTo(adjusted[i]!, 12);
      expect(x.adjustedPValue).toBeGreaterThanOrEqual(x.pValue);
      expect(x.significant).toBe(x.adjustedPValue < 0.05);
    });
    // the planted reach change survives the adjustment; the unchanged ones are not significant
    expect(changes.filter((x) => x.significant).length).toBeGreaterThanOrEqual(1);
    expect(c.touchpoints[1]!.reachShare!.adjustedPValue).toBe(1);
  });

  test('an empty period gives no tests', async () => {
    const c = await compareMeasures(store, scope, touchpoints, phases, { fromMs: 5e6, toMs: 6e6 }, after);
    expect(c.before.journeys).toBe(0);
    expect(c.touchpoints.every((t) => !t.reachShare && !t.dropOffShare && !t.nps)).toBe(true);
  });
});
