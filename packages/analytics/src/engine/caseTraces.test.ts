import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { discoverDfg } from '../queries/discoverDfg.js';
import { getFunnel } from '../queries/getFunnel.js';
import { getVariants } from '../queries/getVariants.js';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { measureMap } from '../measure/measureMap.js';
import { maxCachedTraceSets } from './caseTraces.js';

const scope = { dataset: 'log' };
let store: EventStore;

async function traceTables(stem = 'traces'): Promise<number> {
  const reader = await store.connection.runAndReadAll(
    `SELECT count(*) FROM duckdb_tables() WHERE regexp_matches(table_name, '^trailmap_${stem}_[0-9]+$')`,
  );
  return Number(reader.getRows()[0]?.[0]);
}

beforeEach(async () => {
  store = await openEventStore();
  await importEvents(
    store,
    'log',
    toBatches([
      makeRow('A', 'visit', 0, { channel: 'web' }),
      makeRow('A', 'pay', 60, { channel: 'web' }),
      makeRow('B', 'visit', 0, { channel: 'app' }),
      makeRow('B', 'search', 30, { channel: 'app' }),
    ]),
  );
});
afterEach(() => store.close());

describe('caseTraces', () => {
  test('withCaseTraces reuses one set for the queries of a scope and filter', async () => {
    const first = await discoverDfg(store, scope);
    expect(await traceTables()).toBe(1);
    expect(await discoverDfg(store, scope)).toEqual(first);
    await getVariants(store, scope);
    await getFunnel(store, scope, { steps: ['visit', 'pay'] });
    expect(await traceTables()).toBe(1);
  });

  test('an import drops the cached sets, so queries see the new events', async () => {
    expect((await discoverDfg(store, scope)).map((e) => `${e.from}>${e.to}`)).toEqual([
      'visit>pay',
      'visit>search',
    ]);
    await importEvents(store, 'log', toBatches([makeRow('C', 'visit', 0), makeRow('C', 'pay', 10)]));
    expect((await discoverDfg(store, scope)).map((e) => [e.from, e.to, e.count])).toEqual([
      ['visit', 'pay', 2],
      ['visit', 'search', 1],
    ]);
    expect(await traceTables()).toBe(1);
  });

  test('a write outside an import is noticed too (row count and highest seq)', async () => {
    expect((await getVariants(store, scope)).cases).toBe(2);
    await store.connection.run(
      "INSERT INTO events (dataset, dataset_version, seq, event_id, case_id, ts, activity, source) VALUES ('log', 1, 100, 'x', 'D', TIMESTAMPTZ '2024-01-01 00:00:00+00', 'visit', 'test')",
    );
    expect((await getVariants(store, scope)).cases).toBe(3);
  });

  test('a filter without attribute conditions is a cut of the one base set; at most maxCachedTraceSets of each', async () => {
    const web = await getVariants(store, scope, { channels: ['web'] });
    const app = await getVariants(store, scope, { channels: ['app'], caseContains: ['search'] });
    expect(web.variants.map((v) => v.activities)).toEqual([['visit', 'pay']]);
    expect(app.variants.map((v) => v.activities)).toEqual([['visit', 'search']]);
    expect(await traceTables()).toBe(1);
    expect(await traceTables('traceCut')).toBe(2);
    for (let i = 0; i < maxCachedTraceSets + 2; i++)
      await getVariants(store, scope, { timeRange: { fromMs: i } });
    expect(await traceTables()).toBe(1);
    expect(await traceTables('traceCut')).toBe(maxCachedTraceSets);
    expect(await getVariants(store, scope, { channels: ['web'] })).toEqual(web);
  });

  test('attribute conditions build a base set of their own', async () => {
    await getVariants(store, scope);
    const gold = { attributes: [{ key: 'tier', op: 'exists' as const }] };
    expect((await getVariants(store, scope, gold)).cases).toBe(0);
    expect(await traceTables()).toBe(2);
    expect(await traceTables('traceCut')).toBe(0);
  });

  test('a set whose tables vanished is rebuilt', async () => {
    const before = await getVariants(store, scope);
    const reader = await store.connection.runAndReadAll(
      "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'trailmap_traces_%'",
    );
    await store.connection.run(`DROP TABLE ${String(reader.getRows()[0]?.[0])}`);
    expect(await getVariants(store, scope)).toEqual(before);
  });

  test('a time range that holds every event of the base set reads the base set (no cut), one that ends at the last event cuts', async () => {
    const all = await getVariants(store, scope);
    expect(await getVariants(store, scope, { timeRange: { fromMs: 0, toMs: 60_001 } })).toEqual(all);
    expect(await getVariants(store, scope, { timeRange: { fromMs: -5_000 } })).toEqual(all);
    expect(await cutTables()).toHaveLength(0);
    // the last event is at 60 s: a range ending there (exclusive) drops it
    const cut = await getVariants(store, scope, { timeRange: { toMs: 60_000 } });
    expect(cut.variants.map((v) => v.activities)).toEqual([['visit'], ['visit', 'search']]);
    expect(await cutTables()).toHaveLength(1);
    const first = await getVariants(store, scope, { timeRange: { fromMs: 1 } });
    expect(first.variants.map((v) => v.activities)).toEqual([['pay'], ['search']]);
    expect(await cutTables()).toHaveLength(2);
  });

  test('after an import a time range is checked against the new events', async () => {
    const range = { timeRange: { fromMs: 0, toMs: 60_001 } };
    expect((await getVariants(store, scope, range)).cases).toBe(2);
    expect(await cutTables()).toHaveLength(0);
    await importEvents(store, 'log', toBatches([makeRow('C', 'visit', 100)]));
    expect((await getVariants(store, scope, range)).cases).toBe(2);
    expect((await getVariants(store, scope)).cases).toBe(3);
    expect(await cutTables()).toHaveLength(1);
  });

  test('a cut keeps channel codes and seqs only for the queries that name {{fullTraces}}', async () => {
    const filter = { timeRange: { fromMs: 1 } };
    await getVariants(store, scope, filter);
    const lean = await store.connection.runAndReadAll(
      `SELECT count(*) FILTER (WHERE chs IS NULL AND ss IS NULL) FROM ${(await cutTables())[0]}`,
    );
    expect(Number(lean.getRows()[0]?.[0])).toBe(2);
    const measured = await measureMap(
      store,
      scope,
      [{ id: 'pay', matcher: { activities: ['pay'], channels: ['web'] } }],
      [],
      filter,
    );
    expect(measured.measures.touchpoints[0]!.journeys).toBe(1);
    expect(await cutTables()).toHaveLength(2);
  });
});

async function cutTables(): Promise<string[]> {
  const reader = await store.connection.runAndReadAll(
    `SELECT table_name FROM duckdb_tables() WHERE regexp_matches(table_name, '^trailmap_traceCut_[0-9]+$') ORDER BY table_name`,
  );
  return reader.getRows().map((row) => String(row[0]));
}
