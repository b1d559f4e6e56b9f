import { normalCdf } from './normalCdf.js';

/** Two-sided p-value of a standard normal statistic: 2·(1 − Φ(|z|)), computed in the tail for accuracy. */
export function twoSidedPValue(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}
