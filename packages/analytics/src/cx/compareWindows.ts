import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { getFunnel } from '../queries/getFunnel.js';
import { benjaminiHochberg } from '../stats/benjaminiHochberg.js';
import { compareNps } from '../stats/compareNps.js';
import { mannWhitneyUFromCounts } from '../stats/mannWhitneyU.js';
import { countNps, type NpsCounts } from '../stats/npsWithInterval.js';
import { twoProportionZTest, type ProportionCount } from '../stats/twoProportionZTest.js';
import { welchTTest } from '../stats/welchTTest.js';
import type { EventStore } from '../store/openEventStore.js';
import { getDurationSummary } from './getDurationSummary.js';
import { getScoreCounts, summarizeCounts, type ScoreCount } from './getScoreCounts.js';
import { getServiceCounts, type ServiceCounts, type ServiceMetricsOptions } from './getServiceMetrics.js';
import { mergeFilters } from './mergeFilters.js';

/** A metric to compare between two windows or segments. */
export type ComparedMetric =
  | {
      kind: 'repeatContactRate' | 'firstContactRepeatRate' | 'firstContactResolution' | 'complaintRate';
      service?: ServiceMetricsOptions;
      label?: string;
    }
  /** Share of journeys (that reached `from`, when given) reaching `to` later. */
  | { kind: 'conversion'; to: string; from?: string; label?: string }
  /** `passed`: only journeys that passed this touchpoint (compare many touchpoints in one call for BH). */
  | { kind: 'nps'; passed?: string; label?: string }
  | { kind: 'csat' | 'ces'; test?: 'welch' | 'mannWhitney'; passed?: string; label?: string }
  | { kind: 'journeyDuration'; label?: string };

export type ComparisonTest = 'two-proportion z' | 'NPS variance z' | 'Welch t' | 'Mann–Whitney U';

export interface CompareOptions {
  /** The first window or segment (e.g. before the change). */
  a: EventFilter;
  /** The second (e.g. after the change); differences are B − A. */
  b: EventFilter;
  metrics: readonly ComparedMetric[];
  confidence?: number;
  /** False discovery rate for `significant` (Benjamini–Hochberg q ≤ alpha); default 0.05. */
  alpha?: number;
}

export interface MetricComparison {
  metric: string;
  test: ComparisonTest;
  /** The metric in A and B (a rate 0–1, NPS points, a mean score, or seconds) and the n behind it. */
  a: { value: number; n: number };
  b: { value: number; n: number };
  /** B − A, in the metric's units. */
  difference: number;
  /** Interval for B − A (null for Mann–Whitney, which tests ranks, not a mean). */
  low: number | null;
  high: number | null;
  statistic: number;
  pValue: number;
  /** Benjamini–Hochberg adjusted p-value across the metrics of this call. */
  qValue: number;
  significant: boolean;
  /** Either side below 30 observations. */
  smallSample: boolean;
}

/**
 * Compares metrics between two windows (before/after) or two segments, each with the right test:
 * rates → pooled two-proportion z-test with Newcombe's interval; NPS → the NPS variance formula;
 * CSAT/CES → Welch's t (default) or Mann–Whitney U; journey duration → Welch's t. With several metrics the
 * p-values are adjusted with Benjamini–Hochberg.
 */
export async function compareWindows(
  store: EventStore,
  scope: QueryScope,
  options: CompareOptions,
  filter: EventFilter = {},
): Promise<MetricComparison[]> {
  const confidence = options.confidence ?? 0.95;
  const filterA = mergeFilters(filter, options.a);
  const filterB = mergeFilters(filter, options.b);
  const results: Omit<MetricComparison, 'qValue' | 'significant'>[] = [];
  for (const metric of options.metrics) {
    results.push(await compareMetric(store, scope, metric, filterA, filterB, confidence));
  }
  const qValues = benjaminiHochberg(results.map((r) => r.pValue));
  return results.map((result, i) => {
    const qValue = qValues[i] ?? Number.NaN;
    return { ...result, qValue, significant: qValue <= (options.alpha ?? 0.05) };
  });
}

async function compareMetric(
  store: EventStore,
  scope: QueryScope,
  metric: ComparedMetric,
  filterA: EventFilter,
  filterB: EventFilter,
  confidence: number,
): Promise<Omit<MetricComparison, 'qValue' | 'significant'>> {
  const label = metric.label ?? defaultLabel(metric);
  switch (metric.kind) {
    case 'repeatContactRate':
    case 'firstContactRepeatRate':
    case 'firstContactResolution':
    case 'complaintRate': {
      const [a, b] = await Promise.all(
        [filterA, filterB].map((f) => getServiceCounts(store, scope, metric.service, f)),
      );
      return compareRates(
        label,
        toRate(metric.kind, a as ServiceCounts),
        toRate(metric.kind, b as ServiceCounts),
        confidence,
      );
    }
    case 'conversion': {
      const [a, b] = await Promise.all(
        [filterA, filterB].map((f) => readConversion(store, scope, metric.to, metric.from, f)),
      );
      return compareRates(label, a as ProportionCount, b as ProportionCount, confidence);
    }
    case 'nps': {
      const [a, b] = await Promise.all(
        [filterA, filterB].map((f) => getScoreCounts(store, scope, 'nps', f, metric.passed)),
      );
      const countsA = toNpsCounts(a as ScoreCount[]);
      const countsB = toNpsCounts(b as ScoreCount[]);
      const test = compareNps(countsB, countsA, confidence);
      const nA = countsA.promoters + countsA.passives + countsA.detractors;
      const nB = countsB.promoters + countsB.passives + countsB.detractors;
      return {
        metric: label,
        test: 'NPS variance z',
        a: { value: test.npsB, n: nA },
        b: { value: test.npsA, n: nB },
        difference: test.difference,
        low: test.low,
        high: test.high,
        statistic: test.statistic,
        pValue: test.pValue,
        smallSample: nA < 30 || nB < 30,
      };
    }
    case 'csat':
    case 'ces': {
      const [a, b] = (await Promise.all(
        [filterA, filterB].map((f) => getScoreCounts(store, scope, metric.kind, f, metric.passed)),
      )) as [ScoreCount[], ScoreCount[]];
      return compareScores(label, a, b, metric.test ?? 'welch', confidence);
    }
    case 'journeyDuration': {
      const [a, b] = await Promise.all([filterA, filterB].map((f) => getDurationSummary(store, scope, f)));
      if (!a || !b) throw new Error('unreachable');
      const test = welchTTest(b, a, confidence);
      return {
        metric: label,
        test: 'Welch t',
        a: { value: a.mean, n: a.n },
        b: { value: b.mean, n: b.n },
        difference: test.difference,
        low: test.low,
        high: test.high,
        statistic: test.statistic,
        pValue: test.pValue,
        smallSample: a.n < 30 || b.n < 30,
      };
    }
  }
}

function defaultLabel(metric: ComparedMetric): string {
  if (metric.kind === 'conversion') return `conversion ${metric.from ?? '(start)'} → ${metric.to}`;
  if ((metric.kind === 'nps' || metric.kind === 'csat' || metric.kind === 'ces') && metric.passed)
    return `${metric.kind} | ${metric.passed}`;
  return metric.kind;
}

function compareRates(
  label: string,
  a: ProportionCount,
  b: ProportionCount,
  confidence: number,
): Omit<MetricComparison, 'qValue' | 'significant'> {
  const test = twoProportionZTest(b, a, confidence);
  return {
    metric: label,
    test: 'two-proportion z',
    a: { value: test.proportionB, n: a.n },
    b: { value: test.proportionA, n: b.n },
    difference: test.difference,
    low: test.low,
    high: test.high,
    statistic: test.statistic,
    pValue: test.pValue,
    smallSample: a.n < 30 || b.n < 30,
  };
}

function compareScores(
  label: string,
  a: readonly ScoreCount[],
  b: readonly ScoreCount[],
  kind: 'welch' | 'mannWhitney',
  confidence: number,
): Omit<MetricComparison, 'qValue' | 'significant'> {
  const summaryA = summarizeCounts(a);
  const summaryB = summarizeCounts(b);
  const common = {
    metric: label,
    a: { value: summaryA.mean, n: summaryA.n },
    b: { value: summaryB.mean, n: summaryB.n },
    difference: summaryB.mean - summaryA.mean,
    smallSample: summaryA.n < 30 || summaryB.n < 30,
  };
  if (kind === 'welch') {
    const test = welchTTest(summaryB, summaryA, confidence);
    return {
      ...common,
      test: 'Welch t',
      low: test.low,
      high: test.high,
      statistic: test.statistic,
      pValue: test.pValue,
    };
  }
  // The test's "A" is window B here, so that a positive statistic means B ranks higher.
  const table = new Map<number, { value: number; countA: number; countB: number }>();
  for (const c of b) table.set(c.score, { value: c.score, countA: c.journeys, countB: 0 });
  for (const c of a)
    table.set(c.score, { value: c.score, countA: table.get(c.score)?.countA ?? 0, countB: c.journeys });
  const test = mannWhitneyUFromCounts([...table.values()]);
  return {
    ...common,
    test: 'Mann–Whitney U',
    low: null,
    high: null,
    statistic: test.statistic,
    pValue: test.pValue,
  };
}

function toRate(
  kind: 'repeatContactRate' | 'firstContactRepeatRate' | 'firstContactResolution' | 'complaintRate',
  counts: ServiceCounts,
): ProportionCount {
  switch (kind) {
    case 'repeatContactRate':
      return { successes: counts.repeatContacts, n: counts.contacts };
    case 'firstContactRepeatRate':
      return { successes: counts.firstContactsFollowedUp, n: counts.journeysWithContact };
    case 'firstContactResolution':
      return { successes: counts.resolvedFirstContacts, n: counts.journeysWithContact };
    case 'complaintRate':
      return { successes: counts.journeysWithComplaint, n: counts.journeys };
  }
}

async function readConversion(
  store: EventStore,
  scope: QueryScope,
  to: string,
  from: string | undefined,
  filter: EventFilter,
): Promise<ProportionCount> {
  if (from === undefined) {
    const [funnel, journeys] = await Promise.all([
      getFunnel(store, scope, { steps: [to] }, filter),
      getDurationSummary(store, scope, filter),
    ]);
    return { successes: funnel.steps[0]?.cases ?? 0, n: journeys.n };
  }
  const funnel = await getFunnel(store, scope, { steps: [from, to] }, filter);
  return { successes: funnel.steps[1]?.cases ?? 0, n: funnel.steps[0]?.cases ?? 0 };
}

/** NPS groups from a frequency table of answers. */
function toNpsCounts(counts: readonly ScoreCount[]): NpsCounts {
  const groups: NpsCounts = { promoters: 0, passives: 0, detractors: 0 };
  for (const c of counts) {
    const group = countNps([c.score]);
    groups.promoters += group.promoters * c.journeys;
    groups.passives += group.passives * c.journeys;
    groups.detractors += group.detractors * c.journeys;
  }
  return groups;
}
