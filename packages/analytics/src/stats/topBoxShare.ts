import type { Estimate } from './types.js';
import { wilsonInterval } from './wilsonInterval.js';

/** The survey scales with a top box: CSAT 1–5 and CES 1–7. */
export type TopBoxScale = 'csat' | 'ces';

/**
 * The lowest score counted in the top box. CSAT (1–5): 4 and 5 ("satisfied" or "very satisfied"), the
 * usual top-2-box. CES (1–7, 7 = "very easy", as in Gartner's CES 2.0 agreement scale): 5, 6 and 7 — every
 * answer on the "agree it was easy" side of the neutral 4.
 */
export const TOP_BOX_MIN_SCORE: Readonly<Record<TopBoxScale, number>> = { csat: 4, ces: 5 };

/** True when a score on `scale` lies in the top box. */
export function isTopBox(scale: TopBoxScale, score: number): boolean {
  return score >= TOP_BOX_MIN_SCORE[scale];
}

/** Share of answers in the top box, with its Wilson interval. */
export function topBoxShare(topBoxCount: number, n: number, confidence = 0.95): Estimate {
  return wilsonInterval(topBoxCount, n, confidence);
}
