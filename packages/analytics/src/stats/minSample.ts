/**
 * The minimum sample size for a figure to be reported without a warning. Below 30 observations a
 * normal-approximation interval is unreliable and a single answer moves an NPS by more than 3 points,
 * so every estimate with n < 30 carries `smallSample: true` (it is still shown, with its wide interval).
 */
export const MIN_SAMPLE = 30;

/** True when `n` is below `MIN_SAMPLE`. */
export function isSmallSample(n: number, minimum: number = MIN_SAMPLE): boolean {
  return n < minimum;
}
