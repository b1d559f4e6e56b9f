import { normalQuantile } from '../stats/normalQuantile.js';
import type { CountedValue } from './medianWithInterval.js';
import type { KpiSample } from './types.js';

/** The power calculation's settings: two-sided α and power (defaults 5 % and 80 %). */
export interface PowerSettings {
  alpha?: number;
  power?: number;
}

/**
 * How many observations each period needs for the KPI's test to find a change of `effect` (in the metric's
 * units, in the good `direction` from the baseline) with the given power at two-sided α — the textbook
 * normal-approximation formulas, K = (z₁₋α/₂ + z_power)² (7.85 at 5 % and 80 %):
 *
 * - a share p₁ (before) → p₂ = p₁ ± effect: n = K·[p₁(1−p₁) + p₂(1−p₂)] / effect²;
 * - NPS (points): each answer is a −1/0/+1 variable with variance v = p_P + p_D − (p_P − p_D)² (both
 *   periods' answers pooled): n = K·2·v·100² / effect²;
 * - a mean (CSAT, CES, contacts per journey) with standard deviation s (the baseline's; the after period's
 *   when the baseline has fewer than 2): n = K·2·s² / effect²;
 * - times (Mann–Whitney): Noether's formula n = K / (6·(P − ½)²), where P is the probability that a baseline
 *   time scaled by (median − effect)/median lies below an independent baseline time (ties ½), computed on
 *   the baseline's own distribution.
 *
 * Null when it cannot be computed (no baseline to base it on, no spread, or no effect).
 */
export function computeNeededJourneys(
  before: KpiSample,
  after: KpiSample,
  effect: number,
  direction: 1 | -1,
  { alpha = 0.05, power = 0.8 }: PowerSettings = {},
): number | null {
  if (!(effect > 0)) return null;
  const k = (normalQuantile(1 - alpha / 2) + normalQuantile(power)) ** 2;
  const finish = (n: number) => (Number.isFinite(n) && n > 0 ? Math.ceil(n) : null);
  switch (before.kind) {
    case 'proportion': {
      const base = before.n > 0 ? before : after.kind === 'proportion' && after.n > 0 ? after : null;
      if (!base) return null;
      const p1 = base.successes / base.n;
      let p2 = p1 + direction * effect;
      if (p2 < 0 || p2 > 1) p2 = p1 - direction * effect;
      if (p2 < 0 || p2 > 1) return null;
      return finish((k * (p1 * (1 - p1) + p2 * (1 - p2))) / effect ** 2);
    }
    case 'nps': {
      const counts = [before.counts, after.kind === 'nps' ? after.counts : null];
      let promoters = 0;
      let detractors = 0;
      let n = 0;
      for (const c of counts) {
        if (!c) continue;
        promoters += c.promoters;
        detractors += c.detractors;
        n += c.promoters + c.passives + c.detractors;
      }
      if (n === 0) return null;
      const variance = promoters / n + detractors / n - (promoters / n - detractors / n) ** 2;
      return finish((k * 2 * variance * 100 ** 2) / effect ** 2);
    }
    case 'mean': {
      const base = before.summary.n >= 2 ? before.summary : after.kind === 'mean' ? after.summary : null;
      if (!base || base.n < 2) return null;
      return finish((k * 2 * base.standardDeviation ** 2) / effect ** 2);
    }
    case 'times': {
      const values = before.times.map((t): CountedValue => ({ value: t.seconds, count: t.journeys }));
      const median = medianOf(values);
      if (median === null || !(median > 0)) return null;
      const scale = Math.max(0, (median + direction * effect) / median);
      const p = probabilityScaledBelow(values, scale);
      return p === null ? null : finish(k / (6 * (p - 0.5) ** 2));
    }
  }
}

function medianOf(values: readonly CountedValue[]): number | null {
  const sorted = values.filter((v) => v.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, v) => sum + v.count, 0);
  if (n === 0) return null;
  let seen = 0;
  for (const v of sorted) {
    seen += v.count;
    if (seen >= n / 2) return v.value;
  }
  return null;
}

/** P(scale·X′ < X) + ½·P(scale·X′ = X) for X, X′ independent draws of `values`. */
function probabilityScaledBelow(values: readonly CountedValue[], scale: number): number | null {
  const sorted = values.filter((v) => v.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, v) => sum + v.count, 0);
  if (n === 0) return null;
  // cumulative[i]: how many values lie before sorted[i]
  const cumulative: number[] = [];
  let running = 0;
  for (const v of sorted) {
    cumulative.push(running);
    running += v.count;
  }
  let total = 0;
  for (const x of sorted) {
    // X′ < x / scale (and = x / scale): a binary search over the sorted values.
    const bound = scale > 0 ? x.value / scale : Number.POSITIVE_INFINITY;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid]?.value ?? 0) < bound) lo = mid + 1;
      else hi = mid;
    }
    const below = lo < sorted.length ? (cumulative[lo] ?? n) : n;
    const equal = sorted[lo]?.value === bound ? (sorted[lo]?.count ?? 0) : 0;
    total += x.count * (below + equal / 2);
  }
  return total / (n * n);
}
