import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { defineQuery, type QueryDefinition } from './defineQuery.js';
import { maxCachedTables, withCachedTables } from './withCachedTables.js';
import type { SqlParams } from './SqlValue.js';

/**
 * The shared, cached "ordered events" set of one scope + filter: two temp tables, built once and reused by
 * every query whose SQL names `{{traces}}` or `{{activities}}` until the store changes (`withCachedTables`).
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
export const maxCachedTraceSets = maxCachedTables;

/** Events per partition of the traces build (one aggregate per partition), and the most partitions. */
export const eventsPerTracePart = 5_000_000;
const maxTraceParts = 4;

const activitiesQuery = defineQuery('caseActivities', import.meta.url);
const tracesTableQuery = defineQuery('caseTracesTable', import.meta.url);
const tracesQuery = defineQuery('caseTraces', import.meta.url);

/** Runs a SQL text with the parameters it names (the adapter's binding). */
export type RunSql = (sql: string, params: SqlParams) => Promise<unknown>;

/**
 * Calls `use` with the trace tables of `scope` + `filter`, building them first when no valid cached set
 * exists. `compile` gives the `{{events}}` SQL and parameters; `run` executes a statement.
 */
export function withCaseTraces<T>(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter,
  compile: (sql: string) => { sql: string; params: SqlParams },
  run: RunSql,
  use: (tables: CaseTraces) => Promise<T>,
): Promise<T> {
  const build = async (tables: CaseTraces, storeEvents: number): Promise<void> => {
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
    const parts = Math.min(maxTraceParts, Math.max(1, Math.ceil(storeEvents / eventsPerTracePart)));
    for (let part = 0; part < parts; part++) await runStatement(tracesQuery, part, parts);
  };
  const key = JSON.stringify([scope.dataset, scope.version ?? null, filter]);
  return withCachedTables(store, { kind: 'traces', key, names: ['traces', 'activities'], build }, use);
}

/** Replaces `{{traces}}` and `{{activities}}` with the tables' names. */
export function substituteTables(sql: string, tables: CaseTraces): string {
  return sql.replaceAll('{{traces}}', tables.traces).replaceAll('{{activities}}', tables.activities);
}

/** Whether a query's SQL reads the trace tables. */
export function usesCaseTraces(sql: string): boolean {
  return sql.includes('{{traces}}') || sql.includes('{{activities}}');
}
