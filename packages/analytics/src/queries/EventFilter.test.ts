import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportRow } from '../import/types.js';
import { mineInMemory } from '../reference/mineInMemory.js';
import { orderCases } from '../reference/orderCases.js';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { generateTiedLog } from '../testing/generateTiedLog.js';
import { toBatches } from '../testing/loadLogRows.js';
import { discoverDfg } from './discoverDfg.js';
import { getCaseDurations } from './getCaseDurations.js';
import { getLogSummary } from './getLogSummary.js';
import { getStartEnd } from './getStartEnd.js';
import { getStepTimes } from './getStepTimes.js';
import { getVariants } from './getVariants.js';
import type { EventFilter } from './EventFilter.js';

const rows = generateTiedLog({ cases: 300, seed: 11 }).map((row, i) => ({
  ...row,
  properties: { tier: i % 3 === 0 ? 'gold' : 'basic', score: i % 10 },
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
/** Keeps the rows of the cases whose ordered activities (of the rows given) pass `test`. */
const byTrace = (test: (acts: string[]) => boolean) => (all: readonly ImportRow[]) => {
  const traces = new Map([...orderCases(all)].map(([c, events]) => [c, events.map((e) => e.activity)]));
  return all.filter((r) => test(traces.get(r.caseId as string) ?? []));
};
const web = (all: readonly ImportRow[]) => all.filter((r) => r.channel === 'web');
/** The rows of the cases in which each test (all) or one test (any) holds for some event — a case rule. */
const casesWhere = (
  all: readonly ImportRow[],
  tests: ((row: ImportRow) => boolean)[],
  match: 'all' | 'any',
): ImportRow[] => {
  const byCase = new Map<string, ImportRow[]>();
  for (const r of all) byCase.set(r.caseId as string, [...(byCase.get(r.caseId as string) ?? []), r]);
  const kept = new Set(
    [...byCase]
      .filter(([, events]) => {
        const held = tests.map((test) => events.some(test));
        return match === 'all' ? held.every(Boolean) : held.some(Boolean);
      })
      .map(([id]) => id),
  );
  return all.filter((r) => kept.has(r.caseId as string));
};
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
  {
    name: 'a case rule: all conditions, each met by some event of the case',
    filter: {
      caseRule: {
        match: 'all',
        conditions: [
          { field: 'channel', op: 'eq', value: 'web' },
          { field: 'properties.score', op: 'gte', value: 8 },
        ],
      },
    },
    keep: (all) =>
      casesWhere(all, [(r) => r.channel === 'web', (r) => Number(r.properties?.score) >= 8], 'all'),
  },
  {
    name: 'a case rule: any condition, then a channel on the events',
    filter: {
      channels: ['phone'],
      caseRule: {
        match: 'any',
        conditions: [
          { field: 'activity', op: 'in', value: ['call', 'mail'] },
          { field: 'properties.tier', op: 'eq', value: 'gold' },
        ],
      },
    },
    keep: (all) =>
      casesWhere(
        all,
        [(r) => r.activity === 'call' || r.activity === 'mail', (r) => r.properties?.tier === 'gold'],
        'any',
      ).filter((r) => r.channel === 'phone'),
  },
  // event-level parts first, then case-level ones on what remains
  {
    name: 'a channel, then cases containing an activity among its events',
    filter: { channels: ['web'], caseContains: ['pay'] },
    keep: (all) => byTrace((acts) => acts.includes('pay'))(web(all)),
  },
  {
    name: 'a time range and an attribute, then cases without an activity',
    filter: {
      timeRange: { toMs: midMs },
      attributes: [{ key: 'tier', op: 'equals', value: 'basic' }],
      caseNotContains: ['call'],
    },
    keep: (all) =>
      byTrace((acts) => !acts.includes('call'))(
        all.filter((r) => r.tsMs < midMs && r.properties?.tier === 'basic'),
      ),
  },
  {
    name: 'a channel, then a step and a duration on its events',
    filter: {
      channels: ['web'],
      caseEdges: [{ from: 'visit', to: 'search' }],
      caseDurationSeconds: { minSeconds: 60 },
    },
    keep: (all) => {
      const kept = byTrace((acts) => acts.some((a, i) => a === 'visit' && acts[i + 1] === 'search'))(
        web(all),
      );
      const d = durationsByCase(kept);
      return kept.filter((r) => (d.get(r.caseId as string) as number) >= 60);
    },
  },
];

const round = <T extends object>(items: readonly T[]) =>
  items.map((item) =>
    Object.fromEntries(
      Object.entries(item).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toPrecision(10)) : v]),
    ),
  );

describe('EventFilter', () => {
  test.each(cases)(
    'discoverDfg(filter: $name) equals the reference on the filtered rows',
    async ({ filter, keep }) => {
      const kept = keep(rows);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(rows.length);
      const expected = mineInMemory(kept).discoverDfg();
      const actual = await discoverDfg(store, scope, filter);
      expect(round(actual)).toEqual(round(expected));
    },
  );

  test.each(cases)(
    'summary, variants, start/end, step times and case durations (filter: $name) equal the reference',
    async ({ filter, keep }) => {
      const reference = mineInMemory(keep(rows));
      expect(await getLogSummary(store, scope, filter)).toEqual(reference.summarizeLog());
      expect(await getVariants(store, scope, filter)).toEqual(reference.getVariants());
      expect(await getStartEnd(store, scope, filter)).toEqual(reference.getStartEnd());
      expect(round(await getStepTimes(store, scope, filter))).toEqual(round(reference.getStepTimes()));
      const durations = await getCaseDurations(store, scope, filter);
      const expected = reference.getCaseDurations();
      expect(durations.cases).toBe(expected.cases);
      expect(durations.medianSeconds).toBeCloseTo(expected.medianSeconds ?? 0, 6);
      expect(durations.histogram.map((b) => b.cases)).toEqual(expected.histogram.map((b) => b.cases));
    },
  );

  test('an unknown channel or activity keeps nothing; excluding an unknown activity keeps everything', async () => {
    const all = await getLogSummary(store, scope);
    expect((await getLogSummary(store, scope, { channels: ['fax'] })).events).toBe(0);
    expect((await getLogSummary(store, scope, { caseContains: ['teleport'] })).cases).toBe(0);
    expect((await getVariants(store, scope, { variants: [['teleport']] })).cases).toBe(0);
    expect(await getLogSummary(store, scope, { caseNotContains: ['teleport'] })).toEqual(all);
  });

  test('getVariants(filter: variants) keeps exactly the cases of the named variants', async () => {
    const all = await getVariants(store, scope);
    const chosen = all.variants.slice(0, 2);
    const filtered = await getVariants(store, scope, { variants: chosen.map((v) => v.activities) });
    expect(filtered.variants.map((v) => [v.activities, v.cases])).toEqual(
      chosen.map((v) => [v.activities, v.cases]),
    );
  });
});
