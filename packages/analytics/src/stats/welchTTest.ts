import { studentTCdf } from './studentTCdf.js';
import { studentTQuantile } from './studentTQuantile.js';
import type { SampleSummary, TestResult } from './types.js';

export interface WelchResult extends TestResult {
  /** Welch–Satterthwaite degrees of freedom (fractional). */
  degreesOfFreedom: number;
}

/**
 * Welch's unequal-variance t-test of mean A − mean B: t = (m_A − m_B)/√(s_A²/n_A + s_B²/n_B),
 * df = (s_A²/n_A + s_B²/n_B)² / [(s_A²/n_A)²/(n_A − 1) + (s_B²/n_B)²/(n_B − 1)], two-sided p from Student's t,
 * interval diff ± t(1 − α/2, df)·SE.
 */
export function welchTTest(a: SampleSummary, b: SampleSummary, confidence = 0.95): WelchResult {
  const difference = a.mean - b.mean;
  const varianceA = a.standardDeviation ** 2 / a.n;
  const varianceB = b.standardDeviation ** 2 / b.n;
  const standardError = Math.sqrt(varianceA + varianceB);
  if (a.n < 2 || b.n < 2 || !(standardError > 0)) {
    const same = standardError === 0 && difference === 0;
    return {
      difference,
      low: Number.NaN,
      high: Number.NaN,
      statistic: same ? 0 : Number.NaN,
      pValue: same ? 1 : Number.NaN,
      degreesOfFreedom: Number.NaN,
    };
  }
  const degreesOfFreedom =
    (varianceA + varianceB) ** 2 / (varianceA ** 2 / (a.n - 1) + varianceB ** 2 / (b.n - 1));
  const statistic = difference / standardError;
  const halfWidth = studentTQuantile(1 - (1 - confidence) / 2, degreesOfFreedom) * standardError;
  return {
    difference,
    low: difference - halfWidth,
    high: difference + halfWidth,
    statistic,
    pValue: Math.min(1, 2 * studentTCdf(-Math.abs(statistic), degreesOfFreedom)),
    degreesOfFreedom,
  };
}
