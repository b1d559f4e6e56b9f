import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import type { QueryDefinition } from './defineQuery.js';
import type { Backend } from './EventBackend.js';
import type { SqlParams } from './SqlValue.js';

/** The backend a store runs on (`store.backend`, picked when the store was opened). */
export function getBackend(store: EventStore): Backend {
  return store.backend.kind;
}

/** The parameters argument of `runQuery`: for a query without parameters, nothing (or `{}`). */
export type QueryParamsArg<Params extends SqlParams> = keyof Params extends never
  ? [params?: Record<string, never>]
  : [params: NoInfer<Params>];

/**
 * Runs a logical query on the store's backend (`store.backend`): checks the parameters against the query's
 * (`encodeParams`), runs its SQL for that backend over `scope` + `filter`, and decodes every row with the
 * query's decoder — the caller gets typed rows.
 */
export async function runQuery<Params extends SqlParams, Row>(
  store: EventStore,
  query: QueryDefinition<Params, Row>,
  scope: QueryScope,
  filter: EventFilter = {},
  ...[params]: QueryParamsArg<Params>
): Promise<Row[]> {
  // Without params the query has none (the type says so, encodeParams checks it).
  const bound = query.encodeParams((params ?? {}) as Params);
  const rows = await store.backend.run(query, scope, filter, bound);
  return rows.map((row) => query.decode(row));
}
