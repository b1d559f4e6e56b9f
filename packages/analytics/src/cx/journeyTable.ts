import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { bindTables } from './bindTables.js';
import { withCachedTables } from '../engine/withCachedTables.js';

const tableQuery = defineQuery('journeyTable', import.meta.url);

/**
 * Calls `use` with the journey table of `scope` + `filter` (`journeyTable.duckdb.sql`: `case_id`, `start_us`
 * — the first event, epoch µs), built once and cached (`engine/withCachedTables.ts`) for every windowed metric of
 * `compareWindows`. Queries name it `{{journeys}}`.
 */
export function withJourneyTable<T>(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter,
  use: (table: string) => Promise<T>,
): Promise<T> {
  const key = JSON.stringify([scope.dataset, scope.version ?? null, filter]);
  const build = ({ journeys: table }: { journeys: string }) =>
    runQuery(store, bindTables(tableQuery, { journeys: table }), scope, filter);
  return withCachedTables(store, { kind: 'journeys', key, names: ['journeys'], build }, (tables) =>
    use(tables.journeys),
  );
}
