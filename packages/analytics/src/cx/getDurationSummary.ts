import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { readNullableNumber } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { SampleSummary } from '../stats/types.js';
import type { EventStore } from '../store/openEventStore.js';

/** The columns of a duration summary (`n`, `mean_seconds`, `sd_seconds`; no mean or deviation: NaN). */
export const durationSummaryColumns = {
  n: column.number('n'),
  mean: column.custom('mean_seconds', (value) => readNullableNumber(value) ?? Number.NaN),
  standardDeviation: column.custom('sd_seconds', (value) => readNullableNumber(value) ?? Number.NaN),
};

const query = defineQuery('getDurationSummary', import.meta.url, {
  decode: decodeColumns(durationSummaryColumns),
});

/** Count, mean and standard deviation of journey durations in seconds. */
export async function getDurationSummary(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
): Promise<SampleSummary> {
  const [row] = await runQuery(store, query, scope, filter);
  if (!row) throw new Error('getDurationSummary returned no row');
  return row;
}
