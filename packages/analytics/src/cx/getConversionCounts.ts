import { defineQuery } from '../engine/defineQuery.js';
import { readNumber } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { ProportionCount } from '../stats/twoProportionZTest.js';
import type { EventStore } from '../store/openEventStore.js';
import { journeyWindowParams, type JourneyWindow } from './journeyWindows.js';

const query = defineQuery('getConversionCounts', import.meta.url);

/**
 * Conversion to `to` per journey window (journeys selected whole by their first event; one entry for all
 * journeys without windows): of all journeys, or of those that reached `from`, how many reach `to` (after
 * their first `from`) — the counts of the loose funnel `[from, to]` of `getFunnel` without a time limit.
 */
export async function getConversionCounts(
  store: EventStore,
  scope: QueryScope,
  to: string,
  from: string | undefined,
  filter: EventFilter = {},
  windows?: readonly JourneyWindow[],
): Promise<ProportionCount[]> {
  const rows = await runQuery(store, query, scope, filter, {
    to_activity: to,
    from_activity: from ?? '',
    has_from: from !== undefined,
    ...journeyWindowParams(windows),
  });
  return rows.map((row) => ({ successes: readNumber(row.successes), n: readNumber(row.n) }));
}
