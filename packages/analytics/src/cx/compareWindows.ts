import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { benjaminiHochberg } from '../stats/benjaminiHochberg.js';
import { compareNps } from '../stats/compareNps.js';
import { mannWhitneyUFromCounts } from '../stats/mannWhitneyU.js';
import { countNps, type NpsCounts } from '../stats/npsWithInterval.js';
import { twoProportionZTest, type ProportionCount } from '../stats/twoProportionZTest.js';
import { welchTTest } from '../stats/welchTTest.js';
import type { EventStore } from '../store/openEventStore.js';
import { getConversionCounts } from './getConversionCounts.js';
import { getConversionCountsByWindow } from './getConversionCountsByWindow.js';
import { getDurationSummary } from './getDurationSummary.js';
import { getDurationSummaryByWindow } from './getDurationSummaryByWindow.js';
import { getScoreCounts, summarizeCounts, type ScoreCount } from './getScoreCounts.js';
import { getScoreCountsByWindow } from './getScoreCountsByWindow.js';
import { getServiceCounts, type ServiceCounts, type ServiceMetricsOptions } from './getServiceMetrics.js';
import { getServiceCountsByWindow } from './getServiceCountsByWindow.js';
import type { JourneyWindow } from './journeyWindows.js';
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
  /**
   * The first window or segment (e.g. before the change). Its time range selects whole journeys: those
   * whose first event (in scope) lies in it, with all their events, also after its end. Its other parts
   * (channels, attributes, variants, duration) filter like the shared filter.
   */
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
 * p-values are adjusted with Benjamini–Hochberg. Windowed metrics read the journeys' starts (and the
 * contacts and answers they count) from temp tables built once per dataset version and filter and kept
 * until the store changes (`engine/withCachedTables.ts`).
 */
export async function compareWindows(
  store: EventStore,
  scope: QueryScope,
  options: CompareOptions,
  filter: EventFilter = {},
): Promise<MetricComparison[]> {
  const confidence = options.confidence ?? 0.95;
  const plan = planSides(filter, options.a, options.b);
  const results: Omit<MetricComparison, 'qValue' | 'significant'>[] = [];
  for (const metric of options.metrics) {
    results.push(await compareMetric(store, scope, metric, plan, confidence));
  }
  const qValues = benjaminiHochberg(results.map((r) => r.pValue));
  return results.map((result, i) => {
    const qValue = qValues[i] ?? Number.NaN;
    return { ...result, qValue, significant: qValue <= (options.alpha ?? 0.05) };
  });
}

/** One query of a comparison: an event-level filter and the journey windows of the sides it serves. */
interface SideQuery {
  filter: EventFilter;
  /** Undefined: no side of this query has a time range (all journeys, one result). */
  windows?: JourneyWindow[];
  /** Which side reads which result (index into the query's results). */
  sides: { side: 'a' | 'b'; index: number }[];
}

/**
 * Plans the queries of a comparison: each side's time range becomes a journey window, the rest of it joins
 * the shared filter; sides with the same remaining filter (before/after windows) share one query, which
 * computes both windows in one scan.
 */
function planSides(filter: EventFilter, a: EventFilter, b: EventFilter): SideQuery[] {
  const queries = new Map<string, SideQuery & { timed: boolean }>();
  for (const [side, value] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const { timeRange, ...rest } = value;
    const eventFilter = mergeFilters(filter, rest);
    const key = JSON.stringify(eventFilter);
    const query = queries.get(key) ?? { filter: eventFilter, windows: [], sides: [], timed: false };
    queries.set(key, query);
    query.timed ||= timeRange !== undefined;
    query.sides.push({ side, index: query.windows?.length ?? 0 });
    query.windows?.push({ fromMs: timeRange?.fromMs, toMs: timeRange?.toMs });
  }
  return [...queries.values()].map(({ timed, ...query }) =>
    timed ? query : { ...query, windows: undefined, sides: query.sides.map((s) => ({ ...s, index: 0 })) },
  );
}

/** How a metric reads its counts: of all journeys of a filter, or per journey window. */
interface SideReader<T> {
  all: (filter: EventFilter) => Promise<T>;
  byWindow: (filter: EventFilter, windows: readonly JourneyWindow[]) => Promise<T[]>;
}

/** Runs a metric's reader for the planned queries and hands each side its result. */
async function readSides<T>(plan: readonly SideQuery[], reader: SideReader<T>): Promise<[T, T]> {
  const out: Partial<Record<'a' | 'b', T>> = {};
  for (const query of plan) {
    const results = query.windows
      ? await reader.byWindow(query.filter, query.windows)
      : [await reader.all(query.filter)];
    for (const { side, index } of query.sides) out[side] = results[index];
  }
  if (out.a === undefined || out.b === undefined) throw new Error('compareWindows: a side has no result');
  return [out.a, out.b];
}

async function compareMetric(
  store: EventStore,
  scope: QueryScope,
  metric: ComparedMetric,
  plan: readonly SideQuery[],
  confidence: number,
): Promise<Omit<MetricComparison, 'qValue' | 'significant'>> {
  const label = metric.label ?? defaultLabel(metric);
  switch (metric.kind) {
    case 'repeatContactRate':
    case 'firstContactRepeatRate':
    case 'firstContactResolution':
    case 'complaintRate': {
      const only = { contactsOnly: metric.kind !== 'complaintRate' };
      const [a, b] = await readSides(plan, {
        all: (f) => getServiceCounts(store, scope, metric.service, f, only),
        byWindow: (f, windows) =>
          getServiceCountsByWindow(store, scope, metric.service ?? {}, f, windows, only),
      });
      return compareRates(label, toRate(metric.kind, a), toRate(metric.kind, b), confidence);
    }
    case 'conversion': {
      const [a, b] = await readSides(plan, {
        all: (f) => getConversionCounts(store, scope, metric.to, metric.from, f),
        byWindow: (f, windows) =>
          getConversionCountsByWindow(store, scope, metric.to, metric.from, f, windows),
      });
      return compareRates(label, a, b, confidence);
    }
    case 'nps': {
      const [a, b] = await readSides(plan, createScoreReader(store, scope, 'nps', metric.passed));
      const countsA = toNpsCounts(a);
      const countsB = toNpsCounts(b);
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
      const [a, b] = await readSides(plan, createScoreReader(store, scope, metric.kind, metric.passed));
      return compareScores(label, a, b, metric.test ?? 'welch', confidence);
    }
    case 'journeyDuration': {
      const [a, b] = await readSides(plan, {
        all: (f) => getDurationSummary(store, scope, f),
        byWindow: (f, windows) => getDurationSummaryByWindow(store, scope, f, windows),
      });
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

/** Reads one score's answer distribution per side (all journeys, or per journey window). */
function createScoreReader(
  store: EventStore,
  scope: QueryScope,
  score: 'nps' | 'csat' | 'ces',
  passed: string | undefined,
): SideReader<ScoreCount[]> {
  return {
    all: (f) => getScoreCounts(store, scope, score, f, passed),
    byWindow: (f, windows) => getScoreCountsByWindow(store, scope, score, f, passed, windows),
  };
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
