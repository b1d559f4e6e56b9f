import type { ImportRow } from '../import/types.js';

export interface OrderedEvent {
  activity: string;
  tsMs: number;
  startTsMs: number | null;
}

/** Groups rows by case (rows without a case are left out), each ordered by (timestamp, arrival order). */
export function orderCases(rows: readonly ImportRow[]): Map<string, OrderedEvent[]> {
  const cases = new Map<string, { event: OrderedEvent; seq: number }[]>();
  rows.forEach((row, seq) => {
    if (row.caseId === null) return;
    let list = cases.get(row.caseId);
    if (!list) cases.set(row.caseId, (list = []));
    list.push({ event: { activity: row.activity, tsMs: row.tsMs, startTsMs: row.startTsMs }, seq });
  });
  const ordered = new Map<string, OrderedEvent[]>();
  for (const [caseId, list] of cases) {
    list.sort((a, b) => a.event.tsMs - b.event.tsMs || a.seq - b.seq);
    ordered.set(
      caseId,
      list.map((item) => item.event),
    );
  }
  return ordered;
}

/** The continuous quantile (linear interpolation between closest ranks), as DuckDB's quantile_cont. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const lowValue = sorted[low] as number;
  const highValue = sorted[high] as number;
  return lowValue + (highValue - lowValue) * (position - low);
}

/**
 * The mean of durations given in seconds that are whole milliseconds, summed exactly in milliseconds and
 * divided once — as the engine computes its means, so both give the same bits.
 */
export function meanOfMilliseconds(seconds: readonly number[]): number {
  let totalMs = 0;
  for (const s of seconds) totalMs += Math.round(s * 1000);
  return totalMs / seconds.length / 1000;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return 0;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
