import { ignoreRow } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { bindTables } from './bindTables.js';

const fromEvents = defineQuery('journeyTable', import.meta.url, { decode: ignoreRow });
const fromStarts = defineQuery('journeyTableFromStarts', import.meta.url, {
  params: { single_version: 'boolean' },
  decode: ignoreRow,
});

/**
 * Calls `use` with the journey table of `scope` + `filter` (`journeyTable.duckdb.sql`: `case_id`, `start_us`
 * — the first event, epoch µs), built once and cached (the backend's `withCachedTables`) for every windowed
 * metric of `compareWindows`. Queries name it `{{journeys}}`. Without a filter it is read from the starts
 * recorded at import (`journeyTableFromStarts.duckdb.sql`, while `readJourneyStartsCoverage` says they cover
 * every event); a filter can change which event comes first, so then (and after a write outside an import)
 * the events are aggregated.
 */
export function withJourneyTable<T>(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter,
  use: (table: string) => Promise<T>,
): Promise<T> {
  const key = JSON.stringify([scope.dataset, scope.version ?? null, filter]);
  const build = async ({ journeys: table }: { journeys: string }) => {
    const starts = isUnfiltered(filter) ? await store.backend.readJourneyStartsCoverage(scope) : undefined;
    if (!starts?.complete) return runQuery(store, bindTables(fromEvents, { journeys: table }), scope, filter);
    return runQuery(store, bindTables(fromStarts, { journeys: table }), scope, filter, {
      single_version: starts.versions <= 1,
    });
  };
  return store.backend.withCachedTables({ kind: 'journeys', key, names: ['journeys'], build }, (tables) =>
    use(tables.journeys),
  );
}

/** True when `filter` keeps every event of the scope (no condition set). */
function isUnfiltered(filter: EventFilter): boolean {
  return Object.values(filter).every((value) => value === undefined);
}
