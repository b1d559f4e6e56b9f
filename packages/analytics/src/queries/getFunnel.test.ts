import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { getFunnel } from './getFunnel.js';
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
