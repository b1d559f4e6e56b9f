import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportRow } from '../import/types.js';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { getTouchpointKpisByWindow, maxPositionsPerPass } from './getTouchpointKpisByWindow.js';
import type { MeasureTouchpoint } from './types.js';

// A map of 70 touchpoints (activity s0 … s69, s3 on the app channel only) and generated journeys of 2–7
// events, steps chosen by a fixed linear congruential sequence, with same-second events (ties broken by
// arrival) and a property condition on s5 (tier = gold).
const touchpointCount = 70;
const touchpoints: MeasureTouchpoint[] = Array.from({ length: touchpointCount }, (_, i) => ({
  id: `t${i}`,
  matcher:
    i === 3
      ? { activities: ['s3'], channels: ['app'] }
      : i === 5
        ? { activities: ['s5'], properties: [{ key: 'tier', op: 'eq', value: 'gold' }] }
        : { activities: [`s${i}`] },
}));
const rows: ImportRow[] = [];
let seed = 7;
const next = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
for (let c = 0; c < 400; c++) {
  const start = c * 3_600;
  const steps = 2 + next(6);
  for (let s = 0; s < steps; s++) {
    const activity = `s${next(8) === 0 ? next(touchpointCount) : (c + s * 9) % touchpointCount}`;
    rows.push(
      makeRow(`c${c}`, activity, start + Math.floor(s / 2) * 30, {
        eventId: `c${c}/${s}`,
        channel: next(2) ? 'app' : 'web',
        properties: next(2) ? { tier: 'gold' } : { tier: 'blue' },
      }),
    );
  }
}
const windows = [
  { fromMs: 0, toMs: 200 * 3_600_000 },
  { fromMs: 200 * 3_600_000, toMs: 400 * 3_600_000 },
];
const scope = { dataset: 'log' };
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'log', toBatches(rows));
});
afterAll(() => store.close());

describe('getTouchpointKpisByWindow', () => {
  test('KPIs over more positions than one pass tells apart count as each KPI alone', async () => {
    // 40 KPIs over all 70 positions (more than maxPositionsPerPass), some without a touchpoint or a target
    const kpis = Array.from({ length: 40 }, (_, k) => ({
      from: k === 0 ? -1 : k,
      to: k % 5 === 4 ? -1 : (k + 30) % touchpointCount,
    }));
    expect(new Set(kpis.flatMap((k) => [k.from, k.to]).filter((p) => p >= 0)).size).toBeGreaterThan(
      maxPositionsPerPass,
    );
    const together = await getTouchpointKpisByWindow(store, scope, touchpoints, kpis, windows, {}, true);
    const alone = [];
    for (const kpi of kpis)
      alone.push((await getTouchpointKpisByWindow(store, scope, touchpoints, [kpi], windows, {}, true))[0]);
    expect(together).toEqual(alone);
    // the data is not trivial: conversions with their times, and journeys reaching the property touchpoint
    expect(together.flat().some((c) => c.converted > 0 && c.times.length > 0)).toBe(true);
    const gold = (
      await getTouchpointKpisByWindow(store, scope, touchpoints, [{ from: 5, to: -1 }], windows)
    )[0];
    expect(gold!.map((c) => c.reached)).toEqual(windows.map((w) => reachingGold(w.fromMs, w.toMs)));
  });
});

/** Journeys starting in [fromMs, toMs) with an s5 event of a gold customer (counted from the rows). */
function reachingGold(fromMs: number, toMs: number): number {
  const starts = new Map<string, number>();
  for (const row of rows) starts.set(row.caseId!, Math.min(starts.get(row.caseId!) ?? Infinity, row.tsMs));
  const cases = new Set(
    rows
      .filter((r) => r.activity === 's5' && (r.properties as { tier?: string } | null)?.tier === 'gold')
      .map((r) => r.caseId!),
  );
  return [...cases].filter((c) => starts.get(c)! >= fromMs && starts.get(c)! < toMs).length;
}
