import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventStore } from '../store/openEventStore.js';
import type { EventFilter, QueryScope } from './EventFilter.js';

export interface LogSummary {
  cases: number;
  events: number;
  activities: number;
  /** Epoch milliseconds; null when the scope holds no events. */
  firstTimestampMs: number | null;
  lastTimestampMs: number | null;
}

const query = defineQuery('getLogSummary', import.meta.url, {
  decode: decodeColumns({
    cases: column.number('cases'),
    events: column.number('events'),
    activities: column.number('activities'),
    firstTimestampMs: column.nullableNumber('first_ms'),
    lastTimestampMs: column.nullableNumber('last_ms'),
  }),
});

/** How many cases, events and activities the scope holds, and its time span. */
export async function getLogSummary(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
): Promise<LogSummary> {
  const [row] = await runQuery(store, query, scope, filter);
  return row ?? { cases: 0, events: 0, activities: 0, firstTimestampMs: null, lastTimestampMs: null };
}
