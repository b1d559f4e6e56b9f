import { npsWithInterval, type NpsCounts } from './npsWithInterval.js';
import { twoSidedPValue } from './twoSidedPValue.js';
import type { TestResult } from './types.js';
import { zForConfidence } from './zForConfidence.js';

export interface NpsComparison extends TestResult {
  npsA: number;
  npsB: number;
}

/**
 * Difference of two independent NPS (A − B, in points): var(diff) = var_A + var_B (each by the NPS
 * variance formula), z = diff / √var(diff), two-sided p, interval diff ± z·√var(diff).
 */
export function compareNps(a: NpsCounts, b: NpsCounts, confidence = 0.95): NpsComparison {
  const npsA = npsWithInterval(a, confidence);
  const npsB = npsWithInterval(b, confidence);
  const difference = npsA.estimate - npsB.estimate;
  const standardError = Math.hypot(npsA.standardError, npsB.standardError);
  const z = zForConfidence(confidence);
  const statistic = standardError > 0 ? difference / standardError : difference === 0 ? 0 : Number.NaN;
  return {
    difference,
    low: difference - z * standardError,
    high: difference + z * standardError,
    statistic,
    pValue: Number.isNaN(statistic) ? Number.NaN : twoSidedPValue(statistic),
    npsA: npsA.estimate,
    npsB: npsB.estimate,
  };
}
