import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import type { ImportRow } from '../import/types.js';
import { generateTiedLog } from '../testing/generateTiedLog.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { getFunnel, type FunnelOrder } from './getFunnel.js';
import { getPaths } from './getPaths.js';

// Hand-computed fixture: four cases, seconds since the epoch.
const rows = [
  ...[
    ['visit', 0],
    ['search', 60],
    ['cart', 120],
    ['pay', 300],
  ].map(([a, s]) => makeRow('A', a as string, s as number)),
  ...[
    ['visit', 0],
    ['cart', 30],
    ['search', 90],
    ['cart', 100],
    ['pay', 5000],
  ].map(([a, s]) => makeRow('B', a as string, s as number)),
  ...[
    ['search', 0],
    ['visit', 10],
    ['cart', 20],
  ].map(([a, s]) => makeRow('C', a as string, s as number)),
  ...[
    ['visit', 0],
    ['visit', 100],
    ['search', 110],
    ['cart', 200],
  ].map(([a, s]) => makeRow('D', a as string, s as number)),
];
const steps = ['visit', 'search', 'cart', 'pay'];
const scope = { dataset: 'fixture' };
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'fixture', toBatches(rows));
});
afterAll(() => store.close());

const summarize = (result: Awaited<ReturnType<typeof getFunnel>>) =>
  result.steps.map((s) => [s.cases, s.dropOffCases, s.medianSecondsFromPrevious]);

describe('getFunnel', () => {
  test('getFunnel(loose) lets other events come between steps and takes the deepest chain', async () => {
    const result = await getFunnel(store, scope, { steps, order: 'loose' });
    expect(result.casesInScope).toBe(4);
    expect(summarize(result)).toEqual([
      [4, 0, null],
      [3, 1, 90], // A 60 s, B 90 s, D 110 s
      [3, 0, 60], // A 60 s, B 10 s, D 90 s
      [2, 1, 2540], // A 180 s, B 4900 s
    ]);
    expect(result.steps[3]?.conversionFromStart).toBe(0.5);
  });

  test('getFunnel(loose, window) drops steps later than the window after step 1', async () => {
    const result = await getFunnel(store, scope, { steps, order: 'loose', windowSeconds: 1000 });
    expect(summarize(result)).toEqual([
      [4, 0, null],
      [3, 1, 90],
      [3, 0, 60],
      [1, 2, 180],
    ]);
  });

  test('getFunnel(strict) needs each step to be the very next event, from any occurrence of step 1', async () => {
    const result = await getFunnel(store, scope, { steps, order: 'strict' });
    expect(summarize(result)).toEqual([
      [4, 0, null],
      [2, 2, 35], // A 60 s, D (from its second visit) 10 s
      [2, 0, 75], // A 60 s, D 90 s
      [1, 1, 180],
    ]);
  });

  test('getFunnel(strict, window) counts only chains inside the window', async () => {
    const result = await getFunnel(store, scope, { steps, order: 'strict', windowSeconds: 100 });
    expect(summarize(result)).toEqual([
      [4, 0, null],
      [2, 2, 35],
      [1, 1, 90], // D: cart 100 s after its visit at 100 s (inside), 90 s after search; A: cart at 120 s (outside)
      [0, 1, null],
    ]);
  });

  test('getFunnel(filter) applies the shared filter first', async () => {
    const result = await getFunnel(store, scope, { steps }, { variants: [['search', 'visit', 'cart']] });
    expect(result.casesInScope).toBe(1);
    expect(result.steps.map((s) => s.cases)).toEqual([1, 0, 0, 0]);
  });
});

describe('getPaths', () => {
  test('getPaths(from) follows each case from the first occurrence of the anchor', async () => {
    const result = await getPaths(store, scope, { anchor: 'cart', direction: 'from', depth: 2 });
    expect(result.nodes).toEqual([
      { offset: 0, activity: 'cart', cases: 4 },
      { offset: 1, activity: 'pay', cases: 1 },
      { offset: 1, activity: 'search', cases: 1 },
      { offset: 2, activity: 'cart', cases: 1 },
    ]);
    expect(result.links).toEqual([
      { fromOffset: 0, fromActivity: 'cart', toOffset: 1, toActivity: 'pay', cases: 1 },
      { fromOffset: 0, fromActivity: 'cart', toOffset: 1, toActivity: 'search', cases: 1 },
      { fromOffset: 1, fromActivity: 'search', toOffset: 2, toActivity: 'cart', cases: 1 },
    ]);
  });

  test('getPaths(to) shows what leads to the last occurrence of the anchor', async () => {
    const result = await getPaths(store, scope, { anchor: 'cart', direction: 'to', depth: 1 });
    expect(result.nodes).toEqual([
      { offset: -1, activity: 'search', cases: 3 },
      { offset: -1, activity: 'visit', cases: 1 },
      { offset: 0, activity: 'cart', cases: 4 },
    ]);
    expect(result.links).toEqual([
      { fromOffset: -1, fromActivity: 'search', toOffset: 0, toActivity: 'cart', cases: 3 },
      { fromOffset: -1, fromActivity: 'visit', toOffset: 0, toActivity: 'cart', cases: 1 },
    ]);
  });
});

/** A plain reference of the funnel rules: per case, greedy chains from step 1, the deepest (earliest) counts. */
function referenceFunnel(
  log: readonly ImportRow[],
  steps: readonly string[],
  strict: boolean,
  windowMs: number,
): { cases: number[]; medians: (number | null)[] } {
  const byCase = new Map<string, { activity: string; tsMs: number; seq: number }[]>();
  log.forEach((row, seq) => {
    const list = byCase.get(row.caseId as string) ?? [];
    list.push({ activity: row.activity, tsMs: row.tsMs, seq });
    byCase.set(row.caseId as string, list);
  });
  const gaps: number[][] = steps.map(() => []);
  const cases = steps.map(() => 0);
  for (const events of byCase.values()) {
    events.sort((a, b) => a.tsMs - b.tsMs || a.seq - b.seq);
    let best: number[] = [];
    events.forEach((event, start) => {
      if (event.activity !== steps[0]) return;
      if (!strict && windowMs === Infinity && best.length > 0) return;
      const chain = [start];
      for (let k = 1; k < steps.length; k++) {
        const from = chain[chain.length - 1] as number;
        const next = strict
          ? events[from + 1]?.activity === steps[k]
            ? from + 1
            : -1
          : events.findIndex((e, j) => j > from && e.activity === steps[k]);
        if (next < 0 || (events[next]?.tsMs as number) - event.tsMs > windowMs) break;
        chain.push(next);
      }
      if (chain.length > best.length) best = chain;
    });
    best.forEach((pos, k) => {
      cases[k] = (cases[k] as number) + 1;
      if (k > 0)
        gaps[k]?.push(
          ((events[pos]?.tsMs as number) - (events[best[k - 1] as number]?.tsMs as number)) / 1000,
        );
    });
  }
  const median = (values: number[]): number | null => {
    if (values.length === 0) return null;
    const sorted = [...values].sort((a, b) => a - b);
    const at = (sorted.length - 1) / 2;
    const lo = sorted[Math.floor(at)] as number;
    return lo + ((sorted[Math.ceil(at)] as number) - lo) * (at - Math.floor(at));
  };
  return { cases, medians: gaps.map((g, k) => (k === 0 ? null : median(g))) };
}

describe('getFunnel on a generated log with timestamp ties', () => {
  const log = generateTiedLog({ cases: 600, seed: 11 });
  let tied: EventStore;
  beforeAll(async () => {
    tied = await openEventStore();
    await importEvents(tied, 'tied', toBatches(log));
  });
  afterAll(() => tied.close());

  const funnels: [string[], FunnelOrder, number | undefined][] = [
    [['visit', 'search', 'cart', 'pay'], 'loose', undefined],
    [['visit', 'search', 'cart', 'pay'], 'loose', 240],
    [['visit', 'search', 'cart', 'pay'], 'strict', undefined],
    [['search', 'search', 'call'], 'strict', 120],
    [['visit', 'mail', 'visit', 'nowhere'], 'loose', undefined],
    [['cart'], 'loose', undefined],
  ];
  test.each(funnels)(
    'getFunnel(%j, %s, window %s) matches a plain reference',
    async (steps, order, windowSeconds) => {
      const result = await getFunnel(tied, { dataset: 'tied' }, { steps, order, windowSeconds });
      const expected = referenceFunnel(
        log,
        steps,
        order === 'strict',
        windowSeconds === undefined ? Infinity : windowSeconds * 1000,
      );
      expect(result.steps.map((s) => s.cases)).toEqual(expected.cases);
      expect(result.steps.map((s) => s.medianSecondsFromPrevious)).toEqual(expected.medians);
      expect(result.casesInScope).toBe(600);
    },
  );
});
