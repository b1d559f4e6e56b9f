import { isSmallSample } from './minSample.js';
import { studentTQuantile } from './studentTQuantile.js';
import type { Estimate, SampleSummary } from './types.js';

export interface MeanEstimate extends Estimate {
  standardDeviation: number;
}

/** A mean with its t-based interval: mean ± t(1 − α/2, n − 1)·s/√n (no interval below n = 2). */
export function meanWithInterval(sample: SampleSummary, confidence = 0.95): MeanEstimate {
  const { n, mean, standardDeviation } = sample;
  if (n < 2) {
    return {
      estimate: n ? mean : Number.NaN,
      low: Number.NaN,
      high: Number.NaN,
      n,
      smallSample: true,
      standardDeviation,
    };
  }
  const halfWidth = (studentTQuantile(1 - (1 - confidence) / 2, n - 1) * standardDeviation) / Math.sqrt(n);
  return {
    estimate: mean,
    low: mean - halfWidth,
    high: mean + halfWidth,
    n,
    smallSample: isSmallSample(n),
    standardDeviation,
  };
}
