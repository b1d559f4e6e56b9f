import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import type { SqlQuery } from './defineQuery.js';
import type { EventBackend } from './EventBackend.js';
import { expandEventOrder } from './eventOrder.js';
import { createTableCache, maxCachedTables } from './withCachedTables.js';

const scope = { dataset: 'log' };
let store: EventStore;
let backend: EventBackend;

beforeEach(async () => {
  store = await openEventStore();
  backend = store.backend;
  await importEvents(
    store,
    'log',
    toBatches([
      makeRow('A', 'visit', 0, { channel: 'web' }),
      makeRow('A', 'pay', 60, { channel: 'web' }),
      makeRow('B', 'visit', 30, { channel: 'app' }),
    ]),
  );
});
afterEach(() => store.close());

/** SQL for the backend: any `SqlQuery` (a `defineQuery` is one; its reader expands the event order). */
function sql(text: string, params: SqlQuery['params'] = {}): SqlQuery {
  return { name: 'inline', params, readSql: (kind) => expandEventOrder(text, kind) };
}

/** A cached set of one table holding the scope's case ids; counts its builds. */
function caseTable(key: string, builds: string[]) {
  return {
    kind: 'cases',
    key,
    names: ['cases'] as const,
    build: async (tables: Record<'cases', string>) => {
      builds.push(key);
      await backend.run(
        sql(`CREATE TEMP TABLE ${tables.cases} AS SELECT DISTINCT case_id FROM {{events}} e`),
        scope,
        {},
        {},
      );
    },
  };
}

async function countRows(table: string): Promise<number> {
  const [row] = await backend.run(sql(`SELECT count(*) AS n FROM ${table}`), scope, {}, {});
  return Number(row?.n);
}

describe('the DuckDB backend (store.backend)', () => {
  test('the store is opened on it and delegates to it', () => {
    expect(backend.kind).toBe('duckdb');
    expect(store.connection).toBe(store.backend.connection);
    const before = backend.changeCount;
    store.markChanged();
    expect(backend.changeCount).toBe(before + 1);
    expect(store.changeCount).toBe(backend.changeCount);
  });

  test('run: a query’s SQL over scope + filter with its parameters, rows normalised but not decoded', async () => {
    const rows = await backend.run(
      sql(
        'SELECT case_id, count(*) AS events, list(activity ORDER BY {{eventOrder}}) AS acts FROM {{events}} e WHERE activity <> $skip GROUP BY case_id ORDER BY case_id',
        { skip: 'text' },
      ),
      scope,
      { channels: ['web'] },
      { skip: 'none' },
    );
    expect(rows).toEqual([{ case_id: 'A', events: 2, acts: ['visit', 'pay'] }]);
  });

  test('cached tables: built once per key, reused until the store changes, at most maxCachedTables per kind', async () => {
    const builds: string[] = [];
    const read = (key: string) => backend.withCachedTables(caseTable(key, builds), (t) => countRows(t.cases));
    expect(await read('a')).toBe(2);
    expect(await read('a')).toBe(2);
    expect(builds).toEqual(['a']);
    expect(backend.listCachedTables('cases')).toHaveLength(1);

    await importEvents(store, 'log', toBatches([makeRow('C', 'visit', 90)]));
    expect(await read('a')).toBe(3);
    expect(builds).toEqual(['a', 'a']);

    for (let i = 0; i < maxCachedTables + 2; i++) await read(`k${i}`);
    expect(backend.listCachedTables('cases')).toHaveLength(maxCachedTables);
    // a write outside an import (row count, highest seq) drops them too
    await store.connection.run(
      "INSERT INTO events (dataset, dataset_version, seq, event_id, case_id, ts, activity, source) VALUES ('log', 2, 100, 'x', 'D', TIMESTAMPTZ '2024-01-01 00:00:00+00', 'visit', 'test')",
    );
    expect(await read('a')).toBe(4);
  });

  test('journey starts: recorded in a version’s write, read back as their coverage of the scope', async () => {
    expect(await backend.readJourneyStartsCoverage(scope)).toEqual({ complete: true, versions: 1 });
    await importEvents(store, 'log', toBatches([makeRow('C', 'visit', 90)]));
    expect(await backend.readJourneyStartsCoverage(scope)).toEqual({ complete: true, versions: 2 });
    expect(await backend.readJourneyStartsCoverage({ dataset: 'log', version: 1 })).toEqual({
      complete: true,
      versions: 1,
    });

    // A version written by hand is not covered until its starts are recorded (as writeVersion does).
    const connection = store.backend.connection;
    await connection.run(
      "INSERT INTO events (dataset, dataset_version, seq, event_id, case_id, ts, activity, source) VALUES ('log', 3, 100, 'x', 'D', TIMESTAMPTZ '2024-01-01 00:00:00+00', 'visit', 'test'), ('log', 3, 101, 'y', 'D', TIMESTAMPTZ '2023-12-31 00:00:00+00', 'ad', 'test')",
    );
    expect((await backend.readJourneyStartsCoverage(scope)).complete).toBe(false);
    await store.backend.recordJourneyStarts(connection, 'log', 3, 2);
    expect(await backend.readJourneyStartsCoverage(scope)).toEqual({ complete: true, versions: 3 });
    const starts = await backend.run(
      sql("SELECT case_id, start_us FROM journey_starts WHERE dataset = 'log' AND dataset_version = 3"),
      scope,
      {},
      {},
    );
    expect(starts).toEqual([{ case_id: 'D', start_us: Date.UTC(2023, 11, 31) * 1000 }]);
  });
});

describe('createTableCache (backend-agnostic)', () => {
  test('a backend needs only its change count, a fingerprint of its events and a way to drop a table', async () => {
    const host = { changeCount: 0, events: 10, dropped: [] as string[] };
    const cache = createTableCache({
      get changeCount() {
        return host.changeCount;
      },
      readFingerprint: async () => ({ key: String(host.events), events: host.events }),
      dropTable: async (table) => {
        host.dropped.push(table);
      },
    });
    const built: string[] = [];
    const use = (key: string) =>
      cache.withCachedTables(
        {
          kind: 'k',
          key,
          names: ['t'],
          build: async (tables, events) => {
            built.push(`${tables.t}:${events}`);
          },
        },
        async (tables) => tables.t,
      );
    expect(await use('a')).toBe('trailmap_t_0');
    expect(await use('a')).toBe('trailmap_t_0');
    host.events = 11;
    expect(await use('a')).toBe('trailmap_t_1');
    host.changeCount++;
    expect(await use('a')).toBe('trailmap_t_2');
    expect(built).toEqual(['trailmap_t_0:10', 'trailmap_t_1:11', 'trailmap_t_2:11']);
    expect(host.dropped).toEqual(['trailmap_t_0', 'trailmap_t_1']);
    expect(cache.listCachedTables('k')).toEqual(['trailmap_t_2']);
  });
});
