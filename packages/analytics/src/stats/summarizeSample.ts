import type { SampleSummary } from './types.js';

/** Count, mean and sample standard deviation (n − 1) of `values` (Welford's one-pass update). */
export function summarizeSample(values: readonly number[]): SampleSummary {
  let n = 0;
  let mean = 0;
  let sumSquares = 0;
  for (const value of values) {
    n++;
    const delta = value - mean;
    mean += delta / n;
    sumSquares += delta * (value - mean);
  }
  return {
    n,
    mean: n ? mean : Number.NaN,
    standardDeviation: n > 1 ? Math.sqrt(sumSquares / (n - 1)) : Number.NaN,
  };
}
