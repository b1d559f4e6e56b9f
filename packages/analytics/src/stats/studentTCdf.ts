import { normalCdf } from './normalCdf.js';
import { regularizedIncompleteBeta } from './regularizedIncompleteBeta.js';

/** P(T ≤ t) for Student's t with `degreesOfFreedom` (> 0, not necessarily whole: Welch uses fractional df). */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  if (Number.isNaN(t) || !(degreesOfFreedom > 0)) return Number.NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  // Beyond 1e8 df the t and normal CDFs differ by < 1e-9, less than the beta route loses to rounding.
  if (degreesOfFreedom > 1e8) return normalCdf(t);
  const x = degreesOfFreedom / (degreesOfFreedom + t * t);
  const tail = 0.5 * regularizedIncompleteBeta(x, degreesOfFreedom / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}
