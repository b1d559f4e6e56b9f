import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { compileMatchers, matcherParamSpec } from './compileMatchers.js';
import { summariseActualFlow, type ActualFlow } from './summariseActualFlow.js';
import type { MeasureTouchpoint } from './types.js';

/** A way the journeys leave the designed order (shares are of the journeys that reach any touchpoint). */
export type ConformanceDeviation =
  | { kind: 'skipped'; touchpointId: string; journeys: number; share: number }
  | { kind: 'backward'; fromTouchpointId: string; toTouchpointId: string; journeys: number; share: number }
  | {
      kind: 'unmatched';
      activity: string;
      afterTouchpointId: string;
      beforeTouchpointId: string;
      journeys: number;
      events: number;
      share: number;
    };

export interface MapConformance {
  /** Journeys in scope that reach at least one touchpoint (the base of every share). */
  journeys: number;
  /** Of those, the share whose reached touchpoints never go back to an earlier designed position. */
  followShare: number | null;
  /** The most frequent deviations, most journeys first. */
  deviations: ConformanceDeviation[];
  /** The actual journey over the touchpoints: who goes from which touchpoint to which (summariseActualFlow). */
  flow: ActualFlow;
}

const query = defineQuery('measureConformance', import.meta.url, {
  params: { ...matcherParamSpec, unmatched_limit: 'number' },
  decode: decodeColumns({
    kind: column.text('kind'),
    positions: column.custom('positions', (value) => (Array.isArray(value) ? value.map(Number) : [])),
    journeys: column.number('journeys'),
    activity: column.text('activity'),
    beforePos: column.number('before_pos'),
    afterPos: column.number('after_pos'),
    events: column.number('events'),
  }),
});

/**
 * Conformance of the journeys in scope to a map's designed order (docs/measured-map.md). A journey's
 * reached touchpoints are taken in the time order of their first matching events: it **follows** the design
 * when that order never goes back to an earlier position. Deviations: a touchpoint **skipped** (a measured
 * touchpoint between the first and last one a journey reaches that it does not reach), a step **backward**
 * (a touchpoint first reached right after a later one of the design), and **unmatched** activities between
 * two matched touchpoints. Each counts journeys; the `limit` most frequent are returned.
 */
export async function measureConformance(
  store: EventStore,
  scope: QueryScope,
  touchpoints: readonly MeasureTouchpoint[],
  filter: EventFilter = {},
  limit = 10,
): Promise<MapConformance> {
  const compiled = compileMatchers(touchpoints.map((t) => t.matcher));
  const rows = await runQuery(store, query, scope, filter, {
    ...compiled,
    unmatched_limit: limit,
  });
  const measured = touchpoints.flatMap((t, pos) => (t.matcher?.activities.length ? [pos] : []));
  const idOf = (pos: number) => touchpoints[pos]?.id ?? '';
  let journeys = 0;
  let following = 0;
  const skipped = new Map<number, number>();
  const backward = new Map<string, number>();
  for (const row of rows) {
    if (row.kind !== 'pattern') continue;
    const { positions, journeys: count } = row;
    journeys += count;
    if (positions.every((pos, i) => i === 0 || pos > (positions[i - 1] as number))) following += count;
    const reached = new Set(positions);
    const first = Math.min(...positions);
    const last = Math.max(...positions);
    for (const pos of measured)
      if (pos > first && pos < last && !reached.has(pos)) skipped.set(pos, (skipped.get(pos) ?? 0) + count);
    const steps = new Set<string>();
    positions.forEach((pos, i) => {
      const before = positions[i - 1];
      if (before !== undefined && pos < before) steps.add(`${before}>${pos}`);
    });
    for (const step of steps) backward.set(step, (backward.get(step) ?? 0) + count);
  }
  const share = (n: number) => (journeys ? n / journeys : 0);
  const deviations: ConformanceDeviation[] = [
    ...[...skipped].map(([pos, n]) => ({
      kind: 'skipped' as const,
      touchpointId: idOf(pos),
      journeys: n,
      share: share(n),
    })),
    ...[...backward].map(([step, n]) => {
      const [from, to] = step.split('>').map(Number) as [number, number];
      return {
        kind: 'backward' as const,
        fromTouchpointId: idOf(from),
        toTouchpointId: idOf(to),
        journeys: n,
        share: share(n),
      };
    }),
    ...rows
      .filter((row) => row.kind === 'unmatched')
      .map((row) => ({
        kind: 'unmatched' as const,
        activity: row.activity,
        afterTouchpointId: idOf(row.beforePos),
        beforeTouchpointId: idOf(row.afterPos),
        journeys: row.journeys,
        events: row.events,
        share: share(row.journeys),
      })),
  ];
  const order = (d: ConformanceDeviation) => ['skipped', 'backward', 'unmatched'].indexOf(d.kind);
  const key = (d: ConformanceDeviation) =>
    d.kind === 'skipped'
      ? d.touchpointId
      : d.kind === 'backward'
        ? `${d.fromTouchpointId}>${d.toTouchpointId}`
        : `${d.activity}/${d.afterTouchpointId}/${d.beforeTouchpointId}`;
  deviations.sort(
    (a, b) =>
      b.journeys - a.journeys || order(a) - order(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
  );
  return {
    journeys,
    followShare: journeys ? following / journeys : null,
    deviations: deviations.slice(0, limit),
    flow: summariseActualFlow(
      rows.filter((row) => row.kind === 'pattern'),
      touchpoints,
    ),
  };
}
