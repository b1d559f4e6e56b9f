import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { listCachedTables, maxCachedTables } from '../engine/withCachedTables.js';
import { compareWindows, type ComparedMetric } from './compareWindows.js';
import {
  answer,
  billingCall,
  daySeconds as day,
  importFixture,
  order,
  visit,
  windowA,
  windowB,
} from './fixtures.test-helpers.js';

// Days since the epoch; window A = days 0–10, B = days 10–20. A journey belongs to the window of its first
// event, with all its events.
// W1: Visit d1, Call (billing) d2, Call (billing) d5, NPS 10 d6 → A; its first call is followed up.
// W2: Visit d3, Order d4, NPS 3 d5 → A.
// W3: Visit d12, Call (billing) d13, NPS 9 d14 → B; its call is not followed up.
// W4: Visit d15, Order d16 → B.
const scope = { dataset: 'windows' };
const rows = [
  ...[visit('W1', 1), billingCall('W1', 2), billingCall('W1', 5), answer('W1', 6, 10)],
  ...[visit('W2', 3), order('W2', 4), answer('W2', 5, 3)],
  ...[visit('W3', 12), billingCall('W3', 13), answer('W3', 14, 9)],
  ...[visit('W4', 15), order('W4', 16)],
];
const metrics: ComparedMetric[] = [
  { kind: 'firstContactRepeatRate', service: { contactActivities: ['Call'] } },
  { kind: 'nps' },
  { kind: 'conversion', to: 'Order' },
];

let store: EventStore;

/** The cached CX tables that exist in the store's connection, by kind. */
async function listTempTables(): Promise<Record<'journeys' | 'contacts' | 'answers', string[]>> {
  const reader = await store.connection.runAndReadAll(
    "SELECT table_name FROM duckdb_tables() WHERE regexp_matches(table_name, '^trailmap_(journeys|contacts|answers)_') ORDER BY table_name",
  );
  const names = reader.getRows().map((row) => String(row[0]));
  return {
    journeys: names.filter((n) => n.startsWith('trailmap_journeys_')),
    contacts: names.filter((n) => n.startsWith('trailmap_contacts_')),
    answers: names.filter((n) => n.startsWith('trailmap_answers_')),
  };
}

async function compare(filter = {}) {
  const [repeat, nps, conversion] = await compareWindows(
    store,
    scope,
    { a: windowA, b: windowB, metrics },
    filter,
  );
  return { repeat, nps, conversion };
}

beforeEach(async () => {
  store = await openEventStore();
  await importFixture(store, 'windows', rows);
});
afterEach(() => store.close());

describe('compareWindows(cached tables)', () => {
  test('one journey, contact and answer table serve every metric and the next comparison', async () => {
    const first = await compare();
    // Repeat: A = W1 followed up (1 of 1), B = W3 not (0 of 1). NPS A: 10, 3 → 0; B: 9 → 100.
    // Conversion to Order: A 1 of 2 (W2), B 1 of 2 (W4).
    expect(first.repeat).toMatchObject({ a: { value: 1, n: 1 }, b: { value: 0, n: 1 } });
    expect(first.nps).toMatchObject({ a: { value: 0, n: 2 }, b: { value: 100, n: 1 } });
    expect(first.conversion).toMatchObject({ a: { value: 0.5, n: 2 }, b: { value: 0.5, n: 2 } });
    const tables = await listTempTables();
    expect(tables.journeys).toHaveLength(1);
    expect(tables.contacts).toHaveLength(1);
    expect(tables.answers).toHaveLength(1);
    const cached = (kind: string) => listCachedTables(store, kind);
    expect({
      journeys: cached('journeys'),
      contacts: cached('contacts'),
      answers: cached('answers'),
    }).toEqual(tables);
    expect(await compare()).toEqual(first);
    expect(await listTempTables()).toEqual(tables);
  });

  test('two comparisons at once build each table once and agree', async () => {
    const [one, two] = await Promise.all([compare(), compare()]);
    expect(two).toEqual(one);
    expect(one.nps).toMatchObject({ a: { value: 0, n: 2 }, b: { value: 100, n: 1 } });
    const tables = await listTempTables();
    expect([tables.journeys.length, tables.contacts.length, tables.answers.length]).toEqual([1, 1, 1]);
  });

  test('an import drops the tables, so the next comparison counts the new journeys', async () => {
    await compare();
    const before = await listTempTables();
    // W5 starts in A (day 7) with two billing calls (days 8 and 9) and answers 0 on day 11 (inside B's dates).
    await importFixture(store, 'windows', [
      visit('W5', 7),
      billingCall('W5', 8),
      billingCall('W5', 9),
      answer('W5', 11, 0),
    ]);
    const after = await compare();
    // Repeat A: W1 and W5 followed up (2 of 2). NPS A: 10, 3, 0 → (1 − 2)/3. Conversion A: 1 of 3.
    expect(after.repeat).toMatchObject({ a: { value: 1, n: 2 }, b: { value: 0, n: 1 } });
    expect(after.nps?.a.n).toBe(3);
    expect(after.nps?.a.value).toBeCloseTo(-100 / 3, 12);
    expect(after.conversion).toMatchObject({ a: { n: 3 }, b: { n: 2 } });
    const tables = await listTempTables();
    expect(tables.journeys).toHaveLength(1);
    expect(tables.journeys).not.toEqual(before.journeys);
    expect(tables.contacts).not.toEqual(before.contacts);
    expect(tables.answers).not.toEqual(before.answers);
  });

  test('a write outside an import is noticed too (row count and highest seq)', async () => {
    expect((await compare()).nps?.b.n).toBe(1);
    await store.connection.run(
      `INSERT INTO events (dataset, dataset_version, seq, event_id, case_id, ts, activity, source, nps)
       VALUES ('windows', 1, 1000, 'raw-1', 'W4', to_timestamp(${17 * day}), 'Survey', 'test', 0)`,
    );
    const nps = (await compare()).nps;
    // B: W3 9, W4 0 → (1 − 1)/2 = 0.
    expect(nps).toMatchObject({ b: { value: 0, n: 2 } });
  });

  test('a journey starts at its first event over every version the scope reads', async () => {
    const first = await compare();
    // Version 2: W3 (first event day 12, window B) gets a visit on day 9, so it now starts in window A.
    await importFixture(store, 'windows', [visit('W3', 9)]);
    const latest = await compare();
    // Repeat A: W1 followed up, W3 not (1 of 2); B: no journey with a call. NPS A: 10, 3, 9 → (2 − 1)/3.
    expect(latest.repeat).toMatchObject({ a: { value: 0.5, n: 2 }, b: { n: 0 } });
    expect(latest.nps?.a.n).toBe(3);
    expect(latest.nps?.a.value).toBeCloseTo(100 / 3, 12);
    // The same journeys when the table is aggregated from the events (a filter that keeps every event).
    expect(await compare({ channels: ['web', 'phone', 'email'] })).toEqual(latest);
    const versionOne = await compareWindows(
      store,
      { ...scope, version: 1 },
      { a: windowA, b: windowB, metrics },
    );
    expect(versionOne).toEqual([first.repeat, first.nps, first.conversion]);
  });

  test('the journey table reads the recorded starts while they cover every event', async () => {
    const first = await compare();
    // Move W3's recorded start to day 9: the comparison follows it, so the starts are what it read.
    await store.connection.run(`UPDATE journey_starts SET start_us = ${9 * day * 1e6} WHERE case_id = 'W3'`);
    store.markChanged();
    expect((await compare()).repeat).toMatchObject({ a: { value: 0.5, n: 2 }, b: { n: 0 } });
    // A write outside an import leaves them incomplete: the events are aggregated again (W3 back in B).
    await store.connection.run(
      `INSERT INTO events (dataset, dataset_version, seq, event_id, case_id, ts, activity, source)
       VALUES ('windows', 1, 1000, 'raw-2', 'W4', to_timestamp(${17 * day}), 'Visit', 'test')`,
    );
    expect(await compare()).toEqual(first);
  });

  test('a table dropped under the cache is rebuilt', async () => {
    const first = await compare();
    const [journeys] = (await listTempTables()).journeys;
    await store.connection.run(`DROP TABLE ${journeys}`);
    expect(await compare()).toEqual(first);
    expect((await listTempTables()).journeys).toHaveLength(1);
  });

  test('each filter gets its own tables and at most maxCachedTables of a kind are kept', async () => {
    const web = await compare({ channels: ['web', 'phone', 'email'] });
    for (let i = 0; i < maxCachedTables + 1; i++) await compare({ timeRange: { fromMs: i * 1000 } });
    const tables = await listTempTables();
    expect(tables.journeys).toHaveLength(maxCachedTables);
    expect(tables.contacts).toHaveLength(maxCachedTables);
    expect(tables.answers).toHaveLength(maxCachedTables);
    expect(await compare({ channels: ['web', 'phone', 'email'] })).toEqual(web);
    // Without the phone channel there are no calls: the repeat rate has no first contacts on either side.
    const noCalls = await compare({ channels: ['web', 'email'] });
    expect(noCalls.repeat).toMatchObject({ a: { n: 0 }, b: { n: 0 } });
  });
});
