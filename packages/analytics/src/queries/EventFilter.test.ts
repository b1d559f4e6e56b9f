import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportRow } from '../import/types.js';
import { mineInMemory } from '../reference/mineInMemory.js';
import { orderCases } from '../reference/orderCases.js';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { generateTiedLog } from '../testing/generateTiedLog.js';
import { toBatches } from '../testing/loadLogRows.js';
import { discoverDfg } from './discoverDfg.js';
import { getVariants } from './getVariants.js';
import type { EventFilter } from './EventFilter.js';

const rows = generateTiedLog({ cases: 300, seed: 11 }).map((row, i) => ({
  ...row,
  properties: { tier: i % 3 === 0 ? 'gold' : 'basic' },
}));
const scope = { dataset: 'g' };
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'g', toBatches(rows));
});
afterAll(() => store.close());

function durationsByCase(list: readonly ImportRow[]): Map<string, number> {
  const span = new Map<string, [number, number]>();
  for (const r of list) {
    const s = span.get(r.caseId as string) ?? [Infinity, -Infinity];
    span.set(r.caseId as string, [Math.min(s[0], r.tsMs), Math.max(s[1], r.tsMs)]);
  }
  return new Map([...span].map(([c, [a, b]]) => [c, (b - a) / 1000]));
}

const midMs = Date.UTC(2024, 0, 7);
const traces = new Map([...orderCases(rows)].map(([c, events]) => [c, events.map((e) => e.activity)]));
/** Keeps the rows of the cases whose ordered activities pass `test`. */
const byTrace = (test: (acts: string[]) => boolean) => (all: readonly ImportRow[]) =>
  all.filter((r) => test(traces.get(r.caseId as string) ?? []));
const cases: { name: string; filter: EventFilter; keep: (all: readonly ImportRow[]) => ImportRow[] }[] = [
  { name: 'channels', filter: { channels: ['web'] }, keep: (all) => all.filter((r) => r.channel === 'web') },
  {
    name: 'a time range',
    filter: { timeRange: { fromMs: midMs } },
    keep: (all) => all.filter((r) => r.tsMs >= midMs),
  },
  {
    name: 'an attribute condition',
    filter: { attributes: [{ key: 'tier', op: 'equals', value: 'gold' }] },
    keep: (all) => all.filter((r) => r.properties?.tier === 'gold'),
  },
  {
    name: 'a case-duration range',
    filter: { caseDurationSeconds: { minSeconds: 300, maxSeconds: 1200 } },
    keep: (all) => {
      const d = durationsByCase(all);
      return all.filter((r) => {
        const s = d.get(r.caseId as string) as number;
        return s >= 300 && s <= 1200;
      });
    },
  },
  {
    name: 'cases containing every one of two activities',
    filter: { caseContains: ['cart', 'pay'] },
    keep: byTrace((acts) => acts.includes('cart') && acts.includes('pay')),
  },
  {
    name: 'cases containing none of two activities',
    filter: { caseNotContains: ['call', 'mail'] },
    keep: byTrace((acts) => !acts.includes('call') && !acts.includes('mail')),
  },
  {
    name: 'cases with a step from one activity directly to another',
    filter: { caseEdges: [{ from: 'search', to: 'cart' }] },
    keep: byTrace((acts) => acts.some((a, i) => a === 'search' && acts[i + 1] === 'cart')),
  },
];

describe('EventFilter', () => {
  test.each(cases)(
    'discoverDfg(filter: $name) equals the reference on the filtered rows',
    async ({ filter, keep }) => {
      const kept = keep(rows);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(rows.length);
      const expected = mineInMemory(kept).discoverDfg();
      const actual = await discoverDfg(store, scope, filter);
      const round = (edges: typeof actual) =>
        edges.map((e) => ({ ...e, meanSeconds: Number(e.meanSeconds.toPrecision(10)) }));
      expect(round(actual)).toEqual(round(expected));
    },
  );

  test('getVariants(filter: variants) keeps exactly the cases of the named variants', async () => {
    const all = await getVariants(store, scope);
    const chosen = all.variants.slice(0, 2);
    const filtered = await getVariants(store, scope, { variants: chosen.map((v) => v.activities) });
    expect(filtered.variants.map((v) => [v.activities, v.cases])).toEqual(
      chosen.map((v) => [v.activities, v.cases]),
    );
  });
});
