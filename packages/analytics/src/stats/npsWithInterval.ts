import { isSmallSample } from './minSample.js';
import type { Estimate } from './types.js';
import { zForConfidence } from './zForConfidence.js';

/** How many answers fall in each NPS group: promoters 9–10, passives 7–8, detractors 0–6. */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

export interface NpsEstimate extends Estimate {
  /** Standard error of the NPS, in NPS points. */
  standardError: number;
  promoterShare: number;
  detractorShare: number;
}

/** Counts the NPS groups of 0–10 scores. */
export function countNps(scores: readonly number[]): NpsCounts {
  const counts: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const score of scores) {
    if (score >= 9) counts.promoters++;
    else if (score >= 7) counts.passives++;
    else counts.detractors++;
  }
  return counts;
}

/**
 * Net Promoter Score in points (−100 … 100): NPS = 100·(p_P − p_D). Its sampling variance (answers as a
 * −1/0/+1 variable) is var = [(p_P + p_D) − (p_P − p_D)²] / n; the interval is NPS ± z·100·√var.
 */
export function npsWithInterval(counts: NpsCounts, confidence = 0.95): NpsEstimate {
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n === 0) {
    return {
      estimate: 0,
      low: -100,
      high: 100,
      n,
      smallSample: true,
      standardError: Number.NaN,
      promoterShare: 0,
      detractorShare: 0,
    };
  }
  const pP = counts.promoters / n;
  const pD = counts.detractors / n;
  const standardError = 100 * Math.sqrt(npsVariance(pP, pD, n));
  const estimate = 100 * (pP - pD);
  const z = zForConfidence(confidence);
  return {
    estimate,
    low: Math.max(-100, estimate - z * standardError),
    high: Math.min(100, estimate + z * standardError),
    n,
    smallSample: isSmallSample(n),
    standardError,
    promoterShare: pP,
    detractorShare: pD,
  };
}

/** The variance of an NPS estimate (as a proportion difference): [(p_P + p_D) − (p_P − p_D)²] / n. */
export function npsVariance(promoterShare: number, detractorShare: number, n: number): number {
  return (promoterShare + detractorShare - (promoterShare - detractorShare) ** 2) / n;
}
