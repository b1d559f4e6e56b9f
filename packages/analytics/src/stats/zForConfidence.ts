import { normalQuantile } from './normalQuantile.js';

/** The two-sided critical z for a confidence level (0.95 → 1.959964). */
export function zForConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`confidence must lie in (0, 1), got ${confidence}`);
  return normalQuantile(1 - (1 - confidence) / 2);
}
