import { defineQuery } from '../engine/defineQuery.js';
import { readNullableNumber, readNumber } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { SampleSummary } from '../stats/types.js';
import type { EventStore } from '../store/openEventStore.js';
import { journeyWindowParams, type JourneyWindow } from './journeyWindows.js';

const query = defineQuery('getDurationSummary', import.meta.url);

/** Count, mean and standard deviation of journey durations in seconds. */
export async function getDurationSummary(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
): Promise<SampleSummary> {
  const [summary] = await getDurationSummaryByWindow(store, scope, filter);
  if (!summary) throw new Error('getDurationSummary returned no row');
  return summary;
}

/** The duration summaries of several journey windows (journeys selected whole by their first event). */
export async function getDurationSummaryByWindow(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
  windows?: readonly JourneyWindow[],
): Promise<SampleSummary[]> {
  const rows = await runQuery(store, query, scope, filter, journeyWindowParams(windows));
  return rows.map((row) => ({
    n: readNumber(row.n),
    mean: readNullableNumber(row.mean_seconds) ?? Number.NaN,
    standardDeviation: readNullableNumber(row.sd_seconds) ?? Number.NaN,
  }));
}
