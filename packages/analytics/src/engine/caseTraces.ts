import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { defineQuery, type QueryDefinition } from './defineQuery.js';
import type { SqlParams } from './SqlValue.js';

/**
 * The shared, cached "ordered events" set of one scope + filter: two temp tables, built once and reused by
 * every query whose SQL names `{{traces}}` or `{{activities}}` until the store changes.
 *
 * - `{{activities}}` (activity VARCHAR, act INTEGER): a dense code per activity, numbered in the
 *   activities' sort order, so that ordering code lists orders the activity names the same way.
 * - `{{traces}}` (acts INTEGER[], ts_ms BIGINT[]): one row per case (its `rowid` identifies it), its activity
 *   codes and epoch-millisecond timestamps in event order `(ts, seq)`.
 */
export interface CaseTraces {
  traces: string;
  activities: string;
}

/** How many sets one store keeps (least recently used dropped first). */
export const maxCachedTraceSets = 3;

/** Events per partition of the traces build (one aggregate per partition), and the most partitions. */
export const eventsPerTracePart = 5_000_000;
const maxTraceParts = 4;

const activitiesQuery = defineQuery('caseActivities', import.meta.url);
const tracesTableQuery = defineQuery('caseTracesTable', import.meta.url);
const tracesQuery = defineQuery('caseTraces', import.meta.url);

interface Entry {
  key: string;
  tables: CaseTraces;
  ready: Promise<void>;
  users: number;
  dropped: boolean;
}

interface StoreCache {
  /** Least recently used first. */
  entries: Entry[];
  changeCount: number;
  fingerprint: string;
  next: number;
}

const caches = new WeakMap<EventStore, StoreCache>();

/** Runs a SQL text with the parameters it names (the adapter's binding). */
export type RunSql = (sql: string, params: SqlParams) => Promise<unknown>;

/**
 * What the events table holds now: its row count and highest `seq` (the store is append-only and numbers
 * every new event above the highest `seq`, so any write outside an import changes it too).
 */
async function readFingerprint(store: EventStore): Promise<{ key: string; events: number }> {
  const reader = await store.connection.runAndReadAll('SELECT count(*) AS n, max(seq) AS s FROM events');
  const row = reader.getRows()[0] ?? [];
  return { key: `${String(row[0])}/${String(row[1])}`, events: Number(row[0]) };
}

async function dropTables(store: EventStore, tables: CaseTraces): Promise<void> {
  await store.connection.run(`DROP TABLE IF EXISTS ${tables.traces}`);
  await store.connection.run(`DROP TABLE IF EXISTS ${tables.activities}`);
}

function retire(store: EventStore, entry: Entry): void {
  entry.dropped = true;
  if (entry.users === 0) void dropTables(store, entry.tables).catch(() => undefined);
}

/**
 * Calls `use` with the trace tables of `scope` + `filter`, building them first when no valid cached set
 * exists. `compile` gives the `{{events}}` SQL and parameters; `run` executes a statement.
 */
export async function withCaseTraces<T>(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter,
  compile: (sql: string) => { sql: string; params: SqlParams },
  run: RunSql,
  use: (tables: CaseTraces) => Promise<T>,
): Promise<T> {
  try {
    return await useCaseTraces(store, scope, filter, compile, run, use);
  } catch (error) {
    // A set's tables can vanish under the cache (a rolled-back transaction around its build, a DROP):
    // forget every set of the store and build once more.
    if (!(error instanceof Error) || !/trailmap_(traces|activities)_\d+/.test(error.message)) throw error;
    const cache = caches.get(store);
    if (cache) {
      for (const entry of cache.entries) retire(store, entry);
      cache.entries = [];
    }
    return useCaseTraces(store, scope, filter, compile, run, use);
  }
}

async function useCaseTraces<T>(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter,
  compile: (sql: string) => { sql: string; params: SqlParams },
  run: RunSql,
  use: (tables: CaseTraces) => Promise<T>,
): Promise<T> {
  let cache = caches.get(store);
  if (!cache) {
    cache = { entries: [], changeCount: -1, fingerprint: '', next: 0 };
    caches.set(store, cache);
  }
  const changeCount = store.changeCount;
  const fingerprint = await readFingerprint(store);
  if (cache.changeCount !== changeCount || cache.fingerprint !== fingerprint.key) {
    for (const entry of cache.entries) retire(store, entry);
    cache.entries = [];
    cache.changeCount = changeCount;
    cache.fingerprint = fingerprint.key;
  }
  const key = JSON.stringify([scope.dataset, scope.version ?? null, filter]);
  let entry = cache.entries.find((e) => e.key === key);
  if (entry) {
    cache.entries.splice(cache.entries.indexOf(entry), 1);
  } else {
    const id = cache.next++;
    const tables = { traces: `trailmap_traces_${id}`, activities: `trailmap_activities_${id}` };
    const build = async (): Promise<void> => {
      try {
        const runStatement = (query: QueryDefinition, part = 0, parts = 1) => {
          const text = substituteTables(query.readSql('duckdb'), tables)
            .replaceAll('{{parts}}', String(parts))
            .replaceAll('{{part}}', String(part));
          const { sql, params } = compile(text);
          return run(sql, params);
        };
        await runStatement(activitiesQuery);
        await runStatement(tracesTableQuery);
        // The store's size (all datasets) bounds the scope's: a cheap guess at how many parts pay off.
        const parts = Math.min(
          maxTraceParts,
          Math.max(1, Math.ceil(fingerprint.events / eventsPerTracePart)),
        );
        for (let part = 0; part < parts; part++) await runStatement(tracesQuery, part, parts);
      } catch (error) {
        await dropTables(store, tables).catch(() => undefined);
        throw error;
      }
    };
    entry = { key, tables, ready: build(), users: 0, dropped: false };
    const failed = entry;
    entry.ready.catch(() => {
      failed.dropped = true;
      const list = caches.get(store)?.entries;
      if (list?.includes(failed)) list.splice(list.indexOf(failed), 1);
    });
  }
  cache.entries.push(entry);
  while (cache.entries.length > maxCachedTraceSets) retire(store, cache.entries.shift() as Entry);
  entry.users++;
  try {
    await entry.ready;
    return await use(entry.tables);
  } finally {
    entry.users--;
    if (entry.dropped && entry.users === 0) await dropTables(store, entry.tables).catch(() => undefined);
  }
}

/** Replaces `{{traces}}` and `{{activities}}` with the tables' names. */
export function substituteTables(sql: string, tables: CaseTraces): string {
  return sql.replaceAll('{{traces}}', tables.traces).replaceAll('{{activities}}', tables.activities);
}

/** Whether a query's SQL reads the trace tables. */
export function usesCaseTraces(sql: string): boolean {
  return sql.includes('{{traces}}') || sql.includes('{{activities}}');
}
