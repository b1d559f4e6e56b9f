import { defineQuery } from '../engine/defineQuery.js';
import { readNullableNumber, readNumber } from '../engine/readRow.js';
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

const query = defineQuery('getCaseDurations', import.meta.url);

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
  const cases = readNumber(first?.cases);
  const minSeconds = readNumber(first?.min_seconds);
  const maxSeconds = readNumber(first?.max_seconds);
  return {
    cases,
    meanSeconds: readNumber(first?.mean_seconds),
    medianSeconds: readNumber(first?.median_seconds),
    p90Seconds: readNumber(first?.p90_seconds),
    minSeconds,
    maxSeconds,
    histogram: toHistogram(rows, bins, cases, minSeconds, maxSeconds),
  };
}

function toHistogram(
  rows: Record<string, unknown>[],
  bins: number,
  cases: number,
  min: number,
  max: number,
): HistogramBin[] {
  if (cases === 0) return [];
  if (max <= min) return [{ fromSeconds: min, toSeconds: max, cases }];
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const row of rows) {
    const bin = readNullableNumber(row.bin);
    if (bin !== null) counts[bin] = readNumber(row.bin_cases);
  }
  return counts.map((count, i) => ({
    fromSeconds: min + i * width,
    toSeconds: i === bins - 1 ? max : min + (i + 1) * width,
    cases: count,
  }));
}
