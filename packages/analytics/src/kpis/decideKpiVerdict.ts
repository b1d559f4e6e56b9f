import { MIN_SAMPLE } from '../stats/minSample.js';
import type { KpiVerdict } from './types.js';

/**
 * The verdict of a KPI (docs/improvements.md): `improved` / `worsened` when the Benjamini–Hochberg adjusted
 * p is at most `alpha` — by the direction the test found (`shift`) against the metric's good `direction`;
 * otherwise `no-change` when the smaller period has at least the `needed` n of the power calculation (at
 * least `MIN_SAMPLE`, 30, when it could not be computed), and `too-few` when it has fewer or there is nothing
 * to test.
 */
export function decideKpiVerdict({
  adjustedPValue,
  shift,
  direction,
  n,
  needed,
  alpha = 0.05,
}: {
  adjustedPValue: number | null;
  shift: -1 | 0 | 1;
  direction: 1 | -1;
  n: number;
  needed: number | null;
  alpha?: number;
}): KpiVerdict {
  if (adjustedPValue === null) return 'too-few';
  if (adjustedPValue <= alpha && shift !== 0) return shift === direction ? 'improved' : 'worsened';
  return n >= (needed ?? MIN_SAMPLE) ? 'no-change' : 'too-few';
}
