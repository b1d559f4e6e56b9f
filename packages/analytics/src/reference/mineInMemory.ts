import type { ImportRow } from '../import/types.js';
import type { CaseDurations, HistogramBin } from '../queries/getCaseDurations.js';
import type { DfgEdge } from '../queries/discoverDfg.js';
import type { LogSummary } from '../queries/getLogSummary.js';
import type { ActivityCount, StartEndResult } from '../queries/getStartEnd.js';
import type { StepTime } from '../queries/getStepTimes.js';
import type { VariantsResult } from '../queries/getVariants.js';
import { meanOfMilliseconds, orderCases, quantile, type OrderedEvent } from './orderCases.js';

/**
 * An independent in-memory implementation of the core mining queries over ImportRow arrays (arrival order
 * is the array order). It exists to check the DuckDB engine; it holds the whole log in memory.
 */
export function mineInMemory(rows: readonly ImportRow[]) {
  const cases = orderCases(rows);
  return {
    summarizeLog: (): LogSummary => summarizeLog(cases),
    discoverDfg: (): DfgEdge[] => discoverDfgInMemory(cases),
    getVariants: (): VariantsResult => getVariantsInMemory(cases),
    getStartEnd: (): StartEndResult => getStartEndInMemory(cases),
    getStepTimes: (): StepTime[] => getStepTimesInMemory(cases),
    getCaseDurations: (bins = 20): CaseDurations => getCaseDurationsInMemory(cases, bins),
  };
}

type Cases = Map<string, OrderedEvent[]>;

function summarizeLog(cases: Cases): LogSummary {
  let events = 0;
  let first = Infinity;
  let last = -Infinity;
  const activities = new Set<string>();
  for (const trace of cases.values()) {
    events += trace.length;
    for (const event of trace) {
      activities.add(event.activity);
      first = Math.min(first, event.tsMs);
      last = Math.max(last, event.tsMs);
    }
  }
  return {
    cases: cases.size,
    events,
    activities: activities.size,
    firstTimestampMs: events ? first : null,
    lastTimestampMs: events ? last : null,
  };
}

function discoverDfgInMemory(cases: Cases): DfgEdge[] {
  const edges = new Map<string, { from: string; to: string; waits: number[] }>();
  for (const trace of cases.values()) {
    for (let i = 0; i + 1 < trace.length; i++) {
      const a = trace[i] as OrderedEvent;
      const b = trace[i + 1] as OrderedEvent;
      const key = `${a.activity}\u0000${b.activity}`;
      let edge = edges.get(key);
      if (!edge) edges.set(key, (edge = { from: a.activity, to: b.activity, waits: [] }));
      edge.waits.push((b.tsMs - a.tsMs) / 1000);
    }
  }
  return [...edges.values()]
    .map((edge) => ({
      from: edge.from,
      to: edge.to,
      count: edge.waits.length,
      meanSeconds: meanOfMilliseconds(edge.waits),
      medianSeconds: quantile(edge.waits, 0.5),
    }))
    .sort((x, y) => y.count - x.count || compareText(x.from, y.from) || compareText(x.to, y.to));
}

function getVariantsInMemory(cases: Cases): VariantsResult {
  const variants = new Map<string, { activities: string[]; cases: number }>();
  for (const trace of cases.values()) {
    const activities = trace.map((event) => event.activity);
    const key = activities.join('\u0000');
    const variant = variants.get(key);
    if (variant) variant.cases++;
    else variants.set(key, { activities, cases: 1 });
  }
  const total = cases.size;
  return {
    total: variants.size,
    cases: total,
    variants: [...variants.values()]
      .sort((x, y) => y.cases - x.cases || compareLists(x.activities, y.activities))
      .map((variant) => ({ ...variant, shareOfCases: total ? variant.cases / total : 0 })),
  };
}

function getStartEndInMemory(cases: Cases): StartEndResult {
  const starts = new Map<string, number>();
  const ends = new Map<string, number>();
  for (const trace of cases.values()) {
    const first = trace[0];
    const last = trace[trace.length - 1];
    if (first) starts.set(first.activity, (starts.get(first.activity) ?? 0) + 1);
    if (last) ends.set(last.activity, (ends.get(last.activity) ?? 0) + 1);
  }
  const toList = (counts: Map<string, number>): ActivityCount[] =>
    [...counts]
      .map(([activity, n]) => ({ activity, cases: n }))
      .sort((x, y) => y.cases - x.cases || compareText(x.activity, y.activity));
  return { startActivities: toList(starts), endActivities: toList(ends) };
}

function getStepTimesInMemory(cases: Cases): StepTime[] {
  const steps = new Map<string, { events: number; waits: number[]; durations: number[] }>();
  for (const trace of cases.values()) {
    trace.forEach((event, i) => {
      let step = steps.get(event.activity);
      if (!step) steps.set(event.activity, (step = { events: 0, waits: [], durations: [] }));
      step.events++;
      const previous = trace[i - 1];
      if (previous) step.waits.push((event.tsMs - previous.tsMs) / 1000);
      if (event.startTsMs !== null) step.durations.push((event.tsMs - event.startTsMs) / 1000);
    });
  }
  const orNull = (values: number[], f: (v: number[]) => number): number | null =>
    values.length ? f(values) : null;
  return [...steps]
    .map(([activity, step]) => ({
      activity,
      events: step.events,
      meanWaitingSeconds: orNull(step.waits, meanOfMilliseconds),
      medianWaitingSeconds: orNull(step.waits, (v) => quantile(v, 0.5)),
      meanDurationSeconds: orNull(step.durations, meanOfMilliseconds),
      medianDurationSeconds: orNull(step.durations, (v) => quantile(v, 0.5)),
    }))
    .sort((x, y) => compareText(x.activity, y.activity));
}

function getCaseDurationsInMemory(cases: Cases, bins: number): CaseDurations {
  const durations: number[] = [];
  for (const trace of cases.values()) {
    let min = Infinity;
    let max = -Infinity;
    for (const event of trace) {
      min = Math.min(min, event.tsMs);
      max = Math.max(max, event.tsMs);
    }
    durations.push((max - min) / 1000);
  }
  const minSeconds = durations.length ? Math.min(...durations) : 0;
  const maxSeconds = durations.length ? Math.max(...durations) : 0;
  let histogram: HistogramBin[] = [];
  if (durations.length && maxSeconds <= minSeconds)
    histogram = [{ fromSeconds: minSeconds, toSeconds: maxSeconds, cases: durations.length }];
  else if (durations.length) {
    const width = (maxSeconds - minSeconds) / bins;
    const counts = new Array<number>(bins).fill(0);
    for (const d of durations) {
      const bin = Math.min(Math.floor((d - minSeconds) / width), bins - 1);
      counts[bin] = (counts[bin] ?? 0) + 1;
    }
    histogram = counts.map((n, i) => ({
      fromSeconds: minSeconds + i * width,
      toSeconds: i === bins - 1 ? maxSeconds : minSeconds + (i + 1) * width,
      cases: n,
    }));
  }
  return {
    cases: durations.length,
    meanSeconds: meanOfMilliseconds(durations),
    medianSeconds: quantile(durations, 0.5),
    p90Seconds: quantile(durations, 0.9),
    minSeconds,
    maxSeconds,
    histogram,
  };
}

/** Byte-wise (code point) comparison, as DuckDB compares VARCHAR. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareText(a[i] as string, b[i] as string);
    if (c) return c;
  }
  return a.length - b.length;
}
