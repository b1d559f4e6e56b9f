import { normalQuantile } from './normalQuantile.js';
import { studentTCdf } from './studentTCdf.js';

/** The quantile t such that P(T ≤ t) = p for Student's t (bisection on `studentTCdf`, |error| < 1e-12). */
export function studentTQuantile(p: number, degreesOfFreedom: number): number {
  if (!(p > 0 && p < 1) || !(degreesOfFreedom > 0)) return Number.NaN;
  if (degreesOfFreedom === Infinity) return normalQuantile(p);
  if (p === 0.5) return 0;
  let low = -1;
  let high = 1;
  while (studentTCdf(low, degreesOfFreedom) > p) low *= 2;
  while (studentTCdf(high, degreesOfFreedom) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-13; i++) {
    const middle = (low + high) / 2;
    if (studentTCdf(middle, degreesOfFreedom) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
