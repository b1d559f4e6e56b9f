import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import type { Backend, QueryDefinition } from './defineQuery.js';
import { runDuckdbQuery } from './duckdbAdapter.js';
import type { SqlParams, SqlRow } from './SqlValue.js';

/** The backend a store runs on (one today; ClickHouse joins here with its own adapter). */
export function getBackend(_store: EventStore): Backend {
  return 'duckdb';
}

/** Runs a logical query on the store's backend: the one place that picks the backend. */
export function runQuery(
  store: EventStore,
  query: QueryDefinition,
  scope: QueryScope,
  filter: EventFilter = {},
  params: SqlParams = {},
): Promise<SqlRow[]> {
  const backend = getBackend(store);
  switch (backend) {
    case 'duckdb':
      return runDuckdbQuery(store, query, scope, filter, params);
  }
}
