import { defineQuery } from '../engine/defineQuery.js';
import { readNullableNumber, readNumber } from '../engine/readRow.js';
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

const query = defineQuery('getLogSummary', import.meta.url);

/** How many cases, events and activities the scope holds, and its time span. */
export async function getLogSummary(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
): Promise<LogSummary> {
  const [row] = await runQuery(store, query, scope, filter);
  return {
    cases: readNumber(row?.cases),
    events: readNumber(row?.events),
    activities: readNumber(row?.activities),
    firstTimestampMs: readNullableNumber(row?.first_ms),
    lastTimestampMs: readNullableNumber(row?.last_ms),
  };
}
