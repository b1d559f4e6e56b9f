import { twoSidedPValue } from '../stats/twoSidedPValue.js';
import { zForConfidence } from '../stats/zForConfidence.js';

/** Journeys that passed a touchpoint and that did not, with and without the outcome (a 2 × 2 table). */
export interface TwoByTwo {
  passedWithOutcome: number;
  passedWithoutOutcome: number;
  notPassedWithOutcome: number;
  notPassedWithoutOutcome: number;
}

/** The minimum journeys on each side (passing and not passing) for an odds ratio to be reported as supported. */
export const MIN_DRIVER_SUPPORT = 30;

export interface OddsRatioResult {
  oddsRatio: number;
  low: number;
  high: number;
  /** Wald test of log OR = 0. */
  pValue: number;
  /** True when 0.5 was added to every cell because one was zero (Haldane–Anscombe). */
  corrected: boolean;
  /** Both sides reach `minSupport` journeys. */
  supported: boolean;
  journeysPassed: number;
  journeysNotPassed: number;
}

/**
 * Odds ratio (a·d)/(b·c) of the outcome for journeys passing vs not passing a touchpoint, with Woolf's
 * interval exp(ln OR ± z·√(1/a + 1/b + 1/c + 1/d)). When a cell is zero, 0.5 is added to all four
 * (Haldane–Anscombe correction).
 */
export function oddsRatio(
  table: TwoByTwo,
  confidence = 0.95,
  minSupport = MIN_DRIVER_SUPPORT,
): OddsRatioResult {
  const cells = [
    table.passedWithOutcome,
    table.passedWithoutOutcome,
    table.notPassedWithOutcome,
    table.notPassedWithoutOutcome,
  ];
  const corrected = cells.some((cell) => cell === 0);
  const [a, b, c, d] = cells.map((cell) => (corrected ? cell + 0.5 : cell)) as [
    number,
    number,
    number,
    number,
  ];
  const logOdds = Math.log((a * d) / (b * c));
  const standardError = Math.sqrt(1 / a + 1 / b + 1 / c + 1 / d);
  const z = zForConfidence(confidence);
  const journeysPassed = table.passedWithOutcome + table.passedWithoutOutcome;
  const journeysNotPassed = table.notPassedWithOutcome + table.notPassedWithoutOutcome;
  return {
    oddsRatio: Math.exp(logOdds),
    low: Math.exp(logOdds - z * standardError),
    high: Math.exp(logOdds + z * standardError),
    pValue: twoSidedPValue(logOdds / standardError),
    corrected,
    supported: journeysPassed >= minSupport && journeysNotPassed >= minSupport,
    journeysPassed,
    journeysNotPassed,
  };
}
