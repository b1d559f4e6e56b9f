import { compareNps } from '../stats/compareNps.js';
import { mannWhitneyUFromCounts } from '../stats/mannWhitneyU.js';
import { meanWithInterval } from '../stats/meanWithInterval.js';
import { npsWithInterval, type NpsCounts } from '../stats/npsWithInterval.js';
import { twoProportionZTest } from '../stats/twoProportionZTest.js';
import { welchTTest } from '../stats/welchTTest.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import { medianWithInterval } from './medianWithInterval.js';
import type { KpiFigure, KpiSample } from './types.js';

/** A KPI's two periods compared: each figure, the change after − before and the test's p. */
export interface KpiComparison {
  before: KpiFigure;
  after: KpiFigure;
  change: { value: number | null; low: number | null; high: number | null };
  /** Null when a period has nothing to test. */
  pValue: number | null;
  /** Which way the test found the after period: +1 higher, −1 lower, 0 no difference (Mann–Whitney: its ranks). */
  shift: -1 | 0 | 1;
}

const orNull = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;
const npsN = (c: NpsCounts) => c.promoters + c.passives + c.detractors;
const signOf = (x: number | null): -1 | 0 | 1 => (x === null || x === 0 ? 0 : x > 0 ? 1 : -1);

/**
 * Compares a KPI's before and after samples with the metric's test (compareWindows' tests, after − before):
 * shares → pooled two-proportion z-test with Newcombe's interval (each period: Wilson); NPS → the NPS
 * variance z-test (each period: the variance interval); means → Welch's t (each period: t interval); times →
 * Mann–Whitney U on the distributions (each period: the median with its distribution-free interval; the
 * change is the difference of the medians, without an interval). Intervals at `confidence`.
 */
export function compareKpiSamples(before: KpiSample, after: KpiSample, confidence = 0.95): KpiComparison {
  if (before.kind === 'proportion' && after.kind === 'proportion') {
    const figure = (s: { successes: number; n: number }): KpiFigure => {
      if (s.n === 0) return { value: null, low: null, high: null, n: 0 };
      const w = wilsonInterval(s.successes, s.n, confidence);
      return { value: w.estimate, low: w.low, high: w.high, n: s.n };
    };
    if (before.n === 0 || after.n === 0) return untestable(figure(before), figure(after));
    const test = twoProportionZTest(after, before, confidence);
    return {
      before: figure(before),
      after: figure(after),
      change: { value: test.difference, low: orNull(test.low), high: orNull(test.high) },
      pValue: orNull(test.pValue),
      shift: signOf(test.difference),
    };
  }
  if (before.kind === 'nps' && after.kind === 'nps') {
    const figure = (c: NpsCounts): KpiFigure => {
      const n = npsN(c);
      if (n === 0) return { value: null, low: null, high: null, n: 0 };
      const e = npsWithInterval(c, confidence);
      return { value: e.estimate, low: orNull(e.low), high: orNull(e.high), n };
    };
    if (npsN(before.counts) === 0 || npsN(after.counts) === 0)
      return untestable(figure(before.counts), figure(after.counts));
    const test = compareNps(after.counts, before.counts, confidence);
    return {
      before: figure(before.counts),
      after: figure(after.counts),
      change: { value: test.difference, low: orNull(test.low), high: orNull(test.high) },
      pValue: orNull(test.pValue),
      shift: signOf(test.difference),
    };
  }
  if (before.kind === 'mean' && after.kind === 'mean') {
    const figure = (s: typeof before.summary): KpiFigure => {
      if (s.n === 0) return { value: null, low: null, high: null, n: 0 };
      const e = meanWithInterval(s, confidence);
      return { value: e.estimate, low: orNull(e.low), high: orNull(e.high), n: s.n };
    };
    if (before.summary.n === 0 || after.summary.n === 0)
      return untestable(figure(before.summary), figure(after.summary));
    const test = welchTTest(after.summary, before.summary, confidence);
    return {
      before: figure(before.summary),
      after: figure(after.summary),
      change: { value: test.difference, low: orNull(test.low), high: orNull(test.high) },
      pValue: orNull(test.pValue),
      shift: signOf(test.difference),
    };
  }
  if (before.kind === 'times' && after.kind === 'times') {
    const figure = (s: typeof before.times): KpiFigure =>
      medianWithInterval(
        s.map((t) => ({ value: t.seconds, count: t.journeys })),
        confidence,
      );
    const a = figure(before.times);
    const b = figure(after.times);
    if (a.n === 0 || b.n === 0) return untestable(a, b);
    // The test's sample A is the after period: a positive statistic means the after times rank higher.
    const table = new Map<number, { value: number; countA: number; countB: number }>();
    for (const t of after.times) table.set(t.seconds, { value: t.seconds, countA: t.journeys, countB: 0 });
    for (const t of before.times) {
      const row = table.get(t.seconds) ?? { value: t.seconds, countA: 0, countB: 0 };
      row.countB += t.journeys;
      table.set(t.seconds, row);
    }
    const test = mannWhitneyUFromCounts([...table.values()]);
    return {
      before: a,
      after: b,
      change: { value: (b.value ?? 0) - (a.value ?? 0), low: null, high: null },
      pValue: orNull(test.pValue),
      shift: signOf(test.uA - (test.nA * test.nB) / 2),
    };
  }
  throw new Error(`compareKpiSamples: samples of different kinds (${before.kind}, ${after.kind})`);
}

function untestable(before: KpiFigure, after: KpiFigure): KpiComparison {
  const value = before.value !== null && after.value !== null ? after.value - before.value : null;
  return { before, after, change: { value, low: null, high: null }, pValue: null, shift: 0 };
}
