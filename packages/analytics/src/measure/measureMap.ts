import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { JourneyWindow } from '../cx/journeyWindows.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { meanWithInterval } from '../stats/meanWithInterval.js';
import { npsWithInterval, type NpsCounts } from '../stats/npsWithInterval.js';
import type { EventStore } from '../store/openEventStore.js';
import { compileMatchers, matcherParamSpec } from './compileMatchers.js';
import { flowFromSteps, type ActualFlow } from './summariseActualFlow.js';
import type {
  JourneyMeasures,
  MeasurePhase,
  MeasureTouchpoint,
  MeasuredScore,
  PhaseMeasure,
  TouchpointMeasure,
} from './types.js';

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
  /** The actual journey over the touchpoints: who goes from which touchpoint to which (`flowFromSteps`). */
  flow: ActualFlow;
}

/** The promoters, passives and detractors behind each touchpoint's NPS (by touchpoint id; none without one). */
export type TouchpointNpsCounts = Map<string, NpsCounts>;

/** Everything `measureMap` answers. */
export interface MapMeasurement {
  measures: JourneyMeasures;
  npsCounts: TouchpointNpsCounts;
  conformance: MapConformance;
}

const decodeRow = decodeColumns({
  kind: column.text('kind'),
  idx: column.number('idx'),
  idx2: column.number('idx2'),
  activity: column.text('activity'),
  journeys: column.number('journeys'),
  matchedEvents: column.number('matched_events'),
  goingOn: column.number('going_on'),
  innerJourneys: column.number('inner_journeys'),
  medianSecondsToNext: column.nullableNumber('median_seconds_to_next'),
  promoters: column.number('promoters'),
  passives: column.number('passives'),
  detractors: column.number('detractors'),
  csatN: column.number('csat_n'),
  csatMean: column.nullableNumber('csat_mean'),
  csatSd: column.nullableNumber('csat_sd'),
  cesN: column.number('ces_n'),
  cesMean: column.nullableNumber('ces_mean'),
  cesSd: column.nullableNumber('ces_sd'),
  events: column.number('events'),
});
type MeasureRow = ReturnType<typeof decodeRow>;

const query = defineQuery('measureMap', import.meta.url, {
  params: {
    ...matcherParamSpec,
    phase_position: 'textList',
    phase_index: 'textList',
    window_from: 'text',
    window_to: 'text',
    unmatched_limit: 'number',
  },
  decode: decodeRow,
});

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

function npsFigure(row: MeasureRow | undefined): MeasuredScore | null {
  if (!row) return null;
  const counts = { promoters: row.promoters, passives: row.passives, detractors: row.detractors };
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n === 0) return null;
  const estimate = npsWithInterval(counts);
  return { value: estimate.estimate, low: finite(estimate.low), high: finite(estimate.high), n };
}

function meanFigure(row: MeasureRow | undefined, kind: 'csat' | 'ces'): MeasuredScore | null {
  const n = row ? (kind === 'csat' ? row.csatN : row.cesN) : 0;
  if (!row || n === 0) return null;
  const estimate = meanWithInterval({
    n,
    mean: (kind === 'csat' ? row.csatMean : row.cesMean) ?? 0,
    standardDeviation: (kind === 'csat' ? row.csatSd : row.cesSd) ?? 0,
  });
  return {
    value: estimate.estimate,
    low: n < 2 ? null : finite(estimate.low),
    high: n < 2 ? null : finite(estimate.high),
    n,
  };
}

/** Options of `measureMap`. */
export interface MeasureMapOptions {
  /** Only the journeys that start in it (their first event in scope), with all their events. */
  window?: JourneyWindow;
  /** How many deviations (and unmatched activities) conformance keeps (default 10). */
  deviationLimit?: number;
}

/**
 * Measures a designed map on a dataset in one pass (docs/measured-map.md defines every figure): a journey is
 * a case in scope; it reaches a touchpoint when one of its events matches the touchpoint's matcher; "later"
 * is a later position in `touchpoints` (the map's designed order).
 *
 * - **Figures** per touchpoint: matched events, journeys reaching it and their share of the journeys in scope,
 *   the share of them that reach no later touchpoint (null for the last touchpoint with a matcher), the median
 *   time from its first matching event to the first later event matching any later touchpoint (over the
 *   journeys that have one), and NPS / CSAT / CES of those journeys (each journey's last answer). Per phase:
 *   journeys reaching any of its touchpoints and the same scores. A touchpoint without a matcher (a phase
 *   without one) has null figures: no data.
 * - **Conformance**: a journey's reached touchpoints in the time order of their first matching events; it
 *   follows the design when that order never goes back to an earlier position. Deviations: a touchpoint
 *   **skipped** (a measured touchpoint between the first and last one a journey reaches that it does not
 *   reach), a step **backward** (a touchpoint first reached right after a later one of the design), and
 *   **unmatched** activities between two matched events. Each counts journeys; the most frequent are kept.
 * - **Flow**: the steps between consecutive first-reached touchpoints (the actual journey drawn beside the
 *   design), with starts and ends.
 *
 * With `window`, "in scope" means in scope and starting in the window (compareWindows' journey windows).
 */
export async function measureMap(
  store: EventStore,
  scope: QueryScope,
  touchpoints: readonly MeasureTouchpoint[],
  phases: readonly MeasurePhase[],
  filter: EventFilter = {},
  options: MeasureMapOptions = {},
): Promise<MapMeasurement> {
  const limit = options.deviationLimit ?? 10;
  const positionOf = new Map(touchpoints.map((t, i) => [t.id, i]));
  const phasePositions: string[] = [];
  const phaseIndexes: string[] = [];
  phases.forEach((phase, index) => {
    for (const id of phase.touchpointIds) {
      const pos = positionOf.get(id);
      if (pos === undefined) continue;
      phasePositions.push(String(pos));
      phaseIndexes.push(String(index));
    }
  });
  const rows = await runQuery(store, query, scope, filter, {
    ...compileMatchers(touchpoints.map((t) => t.matcher)),
    phase_position: phasePositions,
    phase_index: phaseIndexes,
    window_from: options.window?.fromMs === undefined ? '-inf' : String(options.window.fromMs),
    window_to: options.window?.toMs === undefined ? 'inf' : String(options.window.toMs),
    unmatched_limit: limit,
  });
  const byKey = new Map(
    rows
      .filter((row) => row.kind !== 'edge' && row.kind !== 'span')
      .map((row) => [`${row.kind}/${row.idx}`, row]),
  );
  const scopeRow = byKey.get('scope/0');
  const journeys = scopeRow?.journeys ?? 0;
  const share = (n: number) => (journeys ? n / journeys : 0);
  const measured = touchpoints.map((t) => Boolean(t.matcher?.activities.length));
  const lastMeasured = measured.lastIndexOf(true);

  const touchpointMeasures = touchpoints.map((t, pos): TouchpointMeasure => {
    if (!measured[pos])
      return {
        touchpointId: t.id,
        matchedEvents: null,
        journeys: null,
        reachShare: null,
        dropOffShare: null,
        medianSecondsToNext: null,
        nps: null,
        csat: null,
        ces: null,
      };
    const row = byKey.get(`touchpoint/${pos}`);
    const reached = row?.journeys ?? 0;
    return {
      touchpointId: t.id,
      matchedEvents: row?.matchedEvents ?? 0,
      journeys: reached,
      reachShare: share(reached),
      dropOffShare: pos === lastMeasured || reached === 0 ? null : (reached - (row?.goingOn ?? 0)) / reached,
      medianSecondsToNext: row?.medianSecondsToNext ?? null,
      nps: npsFigure(row),
      csat: meanFigure(row, 'csat'),
      ces: meanFigure(row, 'ces'),
    };
  });
  const phaseMeasures = phases.map((phase, index): PhaseMeasure => {
    const hasData = phase.touchpointIds.some((id) => measured[positionOf.get(id) ?? -1]);
    const row = byKey.get(`phase/${index}`);
    const reached = row?.journeys ?? 0;
    return {
      phaseId: phase.id,
      journeys: hasData ? reached : null,
      reachShare: hasData ? share(reached) : null,
      nps: hasData ? npsFigure(row) : null,
      csat: hasData ? meanFigure(row, 'csat') : null,
      ces: hasData ? meanFigure(row, 'ces') : null,
    };
  });
  const npsCounts: TouchpointNpsCounts = new Map();
  touchpoints.forEach((t, pos) => {
    const row = byKey.get(`touchpoint/${pos}`);
    if (measured[pos] && row)
      npsCounts.set(t.id, { promoters: row.promoters, passives: row.passives, detractors: row.detractors });
  });

  const idOf = (pos: number) => touchpoints[pos]?.id ?? '';
  const reaching = scopeRow?.matchedEvents ?? 0;
  const reachShareOf = (n: number) => (reaching ? n / reaching : 0);
  const edgeRows = rows.filter((row) => row.kind === 'edge');
  const spans = rows.filter((row) => row.kind === 'span');
  const deviations: ConformanceDeviation[] = [];
  touchpoints.forEach((t, pos) => {
    if (!measured[pos]) return;
    const around = spans.reduce((sum, s) => (s.idx < pos && pos < s.idx2 ? sum + s.journeys : sum), 0);
    const skipped = around - (byKey.get(`touchpoint/${pos}`)?.innerJourneys ?? 0);
    if (skipped > 0)
      deviations.push({
        kind: 'skipped',
        touchpointId: t.id,
        journeys: skipped,
        share: reachShareOf(skipped),
      });
  });
  for (const edge of edgeRows)
    if (edge.idx >= 0 && edge.idx2 >= 0 && edge.idx2 < edge.idx)
      deviations.push({
        kind: 'backward',
        fromTouchpointId: idOf(edge.idx),
        toTouchpointId: idOf(edge.idx2),
        journeys: edge.journeys,
        share: reachShareOf(edge.journeys),
      });
  for (const row of rows)
    if (row.kind === 'unmatched')
      deviations.push({
        kind: 'unmatched',
        activity: row.activity,
        afterTouchpointId: idOf(row.idx),
        beforeTouchpointId: idOf(row.idx2),
        journeys: row.journeys,
        events: row.events,
        share: reachShareOf(row.journeys),
      });
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
    measures: { journeys, touchpoints: touchpointMeasures, phases: phaseMeasures },
    npsCounts,
    conformance: {
      journeys: reaching,
      followShare: reaching ? (scopeRow?.innerJourneys ?? 0) / reaching : null,
      deviations: deviations.slice(0, limit),
      flow: flowFromSteps(
        edgeRows.map((row) => ({ from: row.idx, to: row.idx2, journeys: row.journeys })),
        touchpoints,
      ),
    },
  };
}
