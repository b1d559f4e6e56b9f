import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventStore } from '../store/openEventStore.js';
import type { EventFilter, QueryScope } from './EventFilter.js';

export interface HistogramBin {
  fromSeconds: number;
  toSeconds: number;
  cases: number;
}

export interface CaseDurations {
  cases: number;
  meanSeconds: number;
  medianSeconds: number;
  p90Seconds: number;
  minSeconds: number;
  maxSeconds: number;
  /** Equal-width bins from min to max (the last bin includes max); one bin when all durations are equal. */
  histogram: HistogramBin[];
}

/** The summary (the same on every row) and one histogram bin per row (`bin` null: no bin on this row). */
const query = defineQuery('getCaseDurations', import.meta.url, {
  params: { bins: 'number' },
  decode: decodeColumns({
    cases: column.number('cases'),
    meanSeconds: column.number('mean_seconds'),
    medianSeconds: column.number('median_seconds'),
    p90Seconds: column.number('p90_seconds'),
    minSeconds: column.number('min_seconds'),
    maxSeconds: column.number('max_seconds'),
    bin: column.nullableNumber('bin'),
    binCases: column.number('bin_cases'),
  }),
});
type DurationRow = ReturnType<typeof query.decode>;

/** How long cases take from their first to their last event. */
export async function getCaseDurations(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
  options: { bins?: number } = {},
): Promise<CaseDurations> {
  const bins = options.bins ?? 20;
  const rows = await runQuery(store, query, scope, filter, { bins });
  const first = rows[0];
  const cases = first?.cases ?? 0;
  const minSeconds = first?.minSeconds ?? 0;
  const maxSeconds = first?.maxSeconds ?? 0;
  return {
    cases,
    meanSeconds: first?.meanSeconds ?? 0,
    medianSeconds: first?.medianSeconds ?? 0,
    p90Seconds: first?.p90Seconds ?? 0,
    minSeconds,
    maxSeconds,
    histogram: toHistogram(rows, bins, cases, minSeconds, maxSeconds),
  };
}

function toHistogram(
  rows: readonly DurationRow[],
  bins: number,
  cases: number,
  min: number,
  max: number,
): HistogramBin[] {
  if (cases === 0) return [];
  if (max <= min) return [{ fromSeconds: min, toSeconds: max, cases }];
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const row of rows) if (row.bin !== null) counts[row.bin] = row.binCases;
  return counts.map((count, i) => ({
    fromSeconds: min + i * width,
    toSeconds: i === bins - 1 ? max : min + (i + 1) * width,
    cases: count,
  }));
}
