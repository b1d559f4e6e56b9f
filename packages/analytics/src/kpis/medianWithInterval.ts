import { zForConfidence } from '../stats/zForConfidence.js';

/** Values with how often each occurs (seconds and journeys). */
export interface CountedValue {
  value: number;
  count: number;
}

/**
 * The median of a sample given as counted values (the mean of the two middle values when n is even) and its
 * distribution-free interval: the order statistics of ranks ⌊n/2 − z·√n/2⌋ and ⌈1 + n/2 + z·√n/2⌉ (the
 * binomial interval of the median with the normal approximation of its ranks; clamped to 1…n). Null values
 * when n is 0.
 */
export function medianWithInterval(
  values: readonly CountedValue[],
  confidence = 0.95,
): { value: number | null; low: number | null; high: number | null; n: number } {
  const sorted = values.filter((v) => v.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, v) => sum + v.count, 0);
  if (n === 0) return { value: null, low: null, high: null, n };
  /** The value of rank r (1-based) of the sorted sample. */
  const at = (rank: number): number => {
    let seen = 0;
    for (const v of sorted) {
      seen += v.count;
      if (seen >= rank) return v.value;
    }
    return sorted[sorted.length - 1]?.value ?? Number.NaN;
  };
  const value = n % 2 === 1 ? at((n + 1) / 2) : (at(n / 2) + at(n / 2 + 1)) / 2;
  const spread = (zForConfidence(confidence) * Math.sqrt(n)) / 2;
  const lowRank = Math.min(n, Math.max(1, Math.floor(n / 2 - spread)));
  const highRank = Math.min(n, Math.max(1, Math.ceil(1 + n / 2 + spread)));
  return { value, low: at(lowRank), high: at(highRank), n };
}
