import type { DatasetFilter } from '@trailmap/domain';
import { combineFilters } from '../combineFilters.js';

export interface HistogramBin {
  fromSeconds: number;
  toSeconds: number;
  cases: number;
}

/** A run of histogram bars, first to last (in either order). */
export interface BinRange {
  from: number;
  to: number;
}

/** The range's bars in order, clamped to the histogram. */
export function orderRange(range: BinRange, bins: number): BinRange {
  const clamp = (i: number) => Math.max(0, Math.min(bins - 1, i));
  const a = clamp(range.from);
  const b = clamp(range.to);
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/**
 * The durations a run of bars covers, widened to whole seconds (the first bar's start rounded down, the
 * last bar's end rounded up, so no case of those bars is lost), and the cases in them.
 */
export function durationsOfRange(
  histogram: readonly HistogramBin[],
  range: BinRange,
): { minSeconds: number; maxSeconds: number; cases: number } | null {
  if (histogram.length === 0) return null;
  const { from, to } = orderRange(range, histogram.length);
  let cases = 0;
  for (let i = from; i <= to; i++) cases += histogram[i]!.cases;
  return {
    minSeconds: Math.floor(histogram[from]!.fromSeconds),
    maxSeconds: Math.ceil(histogram[to]!.toSeconds),
    cases,
  };
}

/** The filter that keeps the cases of a run of bars, on top of the filter the histogram was made with. */
export function filterOfRange(
  filter: DatasetFilter,
  histogram: readonly HistogramBin[],
  range: BinRange,
): DatasetFilter {
  const durations = durationsOfRange(histogram, range);
  if (!durations) return filter;
  const caseDuration = { minSeconds: durations.minSeconds, maxSeconds: durations.maxSeconds };
  return combineFilters(filter, { caseDuration }) ?? { ...filter, caseDuration };
}

/** The bar under a point, from its distance to the plot's left edge. */
export function binAt(x: number, plotWidth: number, bins: number): number {
  if (plotWidth <= 0 || bins <= 0) return 0;
  return Math.max(0, Math.min(bins - 1, Math.floor((x / plotWidth) * bins)));
}
