import { defineQuery } from '../engine/defineQuery.js';
import { readNullableNumber, readNumber } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { SqlRow } from '../engine/SqlValue.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { SampleSummary } from '../stats/types.js';
import type { EventStore } from '../store/openEventStore.js';

const query = defineQuery('getDurationSummary', import.meta.url);

/** Count, mean and standard deviation of journey durations in seconds. */
export async function getDurationSummary(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
): Promise<SampleSummary> {
  const [row] = await runQuery(store, query, scope, filter);
  if (!row) throw new Error('getDurationSummary returned no row');
  return readDurationSummary(row);
}

/** Reads a row of `n`, `mean_seconds`, `sd_seconds`. */
export function readDurationSummary(row: SqlRow): SampleSummary {
  return {
    n: readNumber(row.n),
    mean: readNullableNumber(row.mean_seconds) ?? Number.NaN,
    standardDeviation: readNullableNumber(row.sd_seconds) ?? Number.NaN,
  };
}
