import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { SampleSummary } from '../stats/types.js';
import type { EventStore } from '../store/openEventStore.js';
import { durationSummaryColumns } from './getDurationSummary.js';
import { journeyWindowParams, journeyWindowSpec, type JourneyWindow } from './journeyWindows.js';

/** One row per window `w` (in window order). */
const query = defineQuery('getDurationSummaryByWindow', import.meta.url, {
  params: journeyWindowSpec,
  decode: decodeColumns({ w: column.number('w'), ...durationSummaryColumns }),
});

/**
 * The duration summaries of several journey windows (journeys selected whole by their first event). One
 * summary per window. Durations need all events of every journey, so this query makes its own pass over
 * them (no journey table).
 */
export async function getDurationSummaryByWindow(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter,
  windows: readonly JourneyWindow[],
): Promise<SampleSummary[]> {
  const rows = await runQuery(store, query, scope, filter, journeyWindowParams(windows));
  return rows.map(({ w: _, ...summary }): SampleSummary => summary);
}
