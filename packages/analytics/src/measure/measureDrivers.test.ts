import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportRow } from '../import/types.js';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { measureDrivers } from './measureDrivers.js';
import type { MeasureTouchpoint } from './types.js';

/** A small seeded generator (mulberry32), so the planted data is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// 600 journeys over five touchpoints t0..t4, each reached with chance ½ (in the designed order), then an
// NPS answer. Planted: reaching t1 adds 4 points, t3 takes 3 away; t0, t2 do nothing. Reaching t4 ("buy")
// happens with chance 0.85 after t0 and 0.15 without it; t1..t3 do not change it.
const next = random(7);
const rows: ImportRow[] = [];
for (let j = 0; j < 600; j++) {
  const id = `j${j}`;
  const reached = [0, 1, 2, 3].map(() => next() < 0.5);
  reached.forEach((hit, t) => hit && rows.push(makeRow(id, `step ${t}`, t * 60)));
  if (next() < (reached[0] ? 0.85 : 0.15)) rows.push(makeRow(id, 'buy', 300));
  const noise = Math.floor(next() * 3) - 1;
  const nps = Math.max(0, Math.min(10, 5 + (reached[1] ? 4 : 0) - (reached[3] ? 3 : 0) + noise));
  rows.push(makeRow(id, 'survey', 400, { nps }));
  rows.push(makeRow(id, 'open', -60));
}
const touchpoints: MeasureTouchpoint[] = [
  ...[0, 1, 2, 3].map((t) => ({ id: `t${t}`, matcher: { activities: [`step ${t}`] } })),
  { id: 't4', matcher: { activities: ['buy'] } },
  { id: 'thanks', matcher: null },
];
const scope = { dataset: 'planted' };
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'planted', toBatches(rows));
});
afterAll(() => store.close());

describe('measureDrivers', () => {
  test('measureDrivers(nps) ranks the planted drivers first; they are the vital few', async () => {
    const result = await measureDrivers(store, scope, touchpoints, { kind: 'nps' });
    expect(result.journeys).toBe(600);
    // touchpoints with a matcher, none without
    expect(result.drivers.map((d) => d.touchpointId).sort()).toEqual(['t0', 't1', 't2', 't3', 't4']);
    expect(result.drivers.slice(0, 2).map((d) => d.touchpointId)).toEqual(['t1', 't3']);
    expect(result.drivers.filter((d) => d.vitalFew).map((d) => d.touchpointId)).toEqual(['t1', 't3']);
    expect(result.vitalFewShare).toBeGreaterThan(0.95);
    expect(result.drivers.at(-1)!.cumulativeShare).toBeCloseTo(1, 10);
    const shares = result.drivers.map((d) => d.share);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  test('measureDrivers(conversion to t4) puts t0 first by its odds ratio', async () => {
    const result = await measureDrivers(store, scope, touchpoints, {
      kind: 'conversion',
      touchpointId: 't4',
    });
    expect(result.journeys).toBe(600);
    expect(result.drivers.map((d) => d.touchpointId)).not.toContain('t4');
    expect(result.drivers[0]).toMatchObject({ touchpointId: 't0', vitalFew: true });
    // odds 0.85/0.15 against 0.15/0.85: |ln OR| ≈ 3.5, planted; the others near 0
    expect(result.drivers[0]!.importance).toBeGreaterThan(2.5);
    expect(result.drivers[0]!.share).toBeGreaterThan(0.8);
  });

  test('a touchpoint reached by fewer than minSupport journeys stays out of the model', async () => {
    const result = await measureDrivers(store, scope, touchpoints, { kind: 'nps' }, {}, { minSupport: 400 });
    expect(result.drivers.every((d) => d.importance === 0 && !d.vitalFew)).toBe(true);
  });
});
