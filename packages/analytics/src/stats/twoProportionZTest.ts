import { twoSidedPValue } from './twoSidedPValue.js';
import type { TestResult } from './types.js';
import { wilsonInterval } from './wilsonInterval.js';

export interface ProportionCount {
  successes: number;
  n: number;
}

export interface TwoProportionResult extends TestResult {
  proportionA: number;
  proportionB: number;
}

/**
 * Compares two proportions (A − B). Test: pooled two-proportion z-test,
 * z = (p_A − p_B) / √(p̄(1−p̄)(1/n_A + 1/n_B)) with p̄ = (x_A + x_B)/(n_A + n_B), two-sided p.
 * Interval for the difference: Newcombe's hybrid score interval (Newcombe 1998, method 10) built from the
 * two Wilson intervals [l_A, u_A], [l_B, u_B]:
 * d − √((p_A − l_A)² + (u_B − p_B)²) … d + √((u_A − p_A)² + (p_B − l_B)²).
 */
export function twoProportionZTest(
  a: ProportionCount,
  b: ProportionCount,
  confidence = 0.95,
): TwoProportionResult {
  const wilsonA = wilsonInterval(a.successes, a.n, confidence);
  const wilsonB = wilsonInterval(b.successes, b.n, confidence);
  const pA = wilsonA.estimate;
  const pB = wilsonB.estimate;
  const difference = pA - pB;
  const pooled = (a.successes + b.successes) / (a.n + b.n);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const statistic = a.n && b.n ? (standardError > 0 ? difference / standardError : 0) : Number.NaN;
  return {
    difference,
    low: difference - Math.hypot(pA - wilsonA.low, wilsonB.high - pB),
    high: difference + Math.hypot(wilsonA.high - pA, pB - wilsonB.low),
    statistic,
    pValue: a.n && b.n ? (standardError > 0 ? twoSidedPValue(statistic) : 1) : Number.NaN,
    proportionA: pA,
    proportionB: pB,
  };
}
