import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';

const query = defineQuery('listValues', import.meta.url, {
  params: { column: 'text' },
  decode: decodeColumns({ value: column.text('value') }),
});

/**
 * The distinct activities or channels in scope, sorted (DuckDB's order). The CX queries number them and
 * track what a journey passed as bits of integers, which is far cheaper than distinct (journey, activity)
 * pairs at millions of events.
 */
export async function listValues(
  store: EventStore,
  scope: QueryScope,
  column: 'activity' | 'channel',
  filter: EventFilter = {},
): Promise<string[]> {
  const rows = await runQuery(store, query, scope, filter, { column });
  return rows.map((row) => row.value);
}
