import { defineQuery } from '../engine/defineQuery.js';
import { readNumber } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { SqlParams, SqlRow } from '../engine/SqlValue.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { ProportionCount } from '../stats/twoProportionZTest.js';
import type { EventStore } from '../store/openEventStore.js';

const query = defineQuery('getConversionCounts', import.meta.url);

/** The parameters of the conversion queries (this one and `getConversionCountsByWindow`). */
export function toConversionParams(to: string, from: string | undefined): SqlParams {
  return { to_activity: to, from_activity: from ?? '', has_from: from !== undefined };
}

/** Reads a row of `successes`, `n`. */
export function readConversionCount(row: SqlRow): ProportionCount {
  return { successes: readNumber(row.successes), n: readNumber(row.n) };
}

/**
 * Conversion to `to` of the journeys in scope: of all journeys, or of those that reached `from`, how many
 * reach `to` (after their first `from`) — the counts of the loose funnel `[from, to]` of `getFunnel` without
 * a time limit.
 */
export async function getConversionCounts(
  store: EventStore,
  scope: QueryScope,
  to: string,
  from: string | undefined,
  filter: EventFilter = {},
): Promise<ProportionCount> {
  const [row] = await runQuery(store, query, scope, filter, toConversionParams(to, from));
  if (!row) throw new Error('getConversionCounts returned no row');
  return readConversionCount(row);
}
