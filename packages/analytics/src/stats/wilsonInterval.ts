import { isSmallSample } from './minSample.js';
import type { Estimate } from './types.js';
import { zForConfidence } from './zForConfidence.js';

/**
 * A proportion `successes / n` with the Wilson score interval (no continuity correction; Newcombe 1998,
 * method 3): centre (p + z²/2n)/(1 + z²/n), half-width z·√(p(1−p)/n + z²/4n²)/(1 + z²/n).
 * With n = 0 the estimate is 0 and the interval the uninformative [0, 1].
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Estimate {
  if (n === 0) return { estimate: 0, low: 0, high: 1, n: 0, smallSample: true };
  if (successes < 0 || successes > n) throw new RangeError(`successes ${successes} outside 0..${n}`);
  const z = zForConfidence(confidence);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return {
    estimate: p,
    low: successes === 0 ? 0 : Math.max(0, centre - halfWidth),
    high: successes === n ? 1 : Math.min(1, centre + halfWidth),
    n,
    smallSample: isSmallSample(n),
  };
}
