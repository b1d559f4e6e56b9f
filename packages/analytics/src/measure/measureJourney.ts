import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { meanWithInterval } from '../stats/meanWithInterval.js';
import { npsWithInterval, type NpsCounts } from '../stats/npsWithInterval.js';
import type { JourneyWindow } from '../cx/journeyWindows.js';
import type { EventStore } from '../store/openEventStore.js';
import { compileMatchers, matcherParamSpec } from './compileMatchers.js';
import type {
  JourneyMeasures,
  MeasurePhase,
  MeasureTouchpoint,
  PhaseMeasure,
  MeasuredScore,
  TouchpointMeasure,
} from './types.js';

const decodeRow = decodeColumns({
  kind: column.text('kind'),
  idx: column.number('idx'),
  journeys: column.number('journeys'),
  matchedEvents: column.number('matched_events'),
  goingOn: column.number('going_on'),
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
  journeysInScope: column.number('journeys_in_scope'),
});
type MeasureRow = ReturnType<typeof decodeRow>;

const query = defineQuery('measureJourney', import.meta.url, {
  params: { ...matcherParamSpec, phase_position: 'textList', phase_index: 'textList' },
  decode: decodeRow,
});

const windowQuery = defineQuery('measureJourneyInWindow', import.meta.url, {
  params: {
    ...matcherParamSpec,
    phase_position: 'textList',
    phase_index: 'textList',
    window_from: 'text',
    window_to: 'text',
  },
  decode: decodeRow,
});

/** The promoters, passives and detractors behind each touchpoint's NPS (by touchpoint id; none without one). */
export type TouchpointNpsCounts = Map<string, NpsCounts>;

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

/**
 * Measures a designed map on a dataset (issue "The measured map", docs/measured-map.md): a journey is a
 * case in scope; it reaches a touchpoint when one of its events matches the touchpoint's matcher; "later"
 * is a later position in `touchpoints` (the map's designed order). Per touchpoint: matched events, journeys
 * reaching it and their share of the journeys in scope, the share of them that reach no later touchpoint
 * (null for the last touchpoint with a matcher), the median time from its first matching event to the first
 * later event that matches any later touchpoint (over the journeys that have one), and NPS / CSAT / CES of
 * those journeys (each journey's last answer). Per phase: journeys reaching any of its touchpoints and the
 * same scores. A touchpoint without a matcher (or a phase without one) has null figures: no data.
 */
export async function measureJourney(
  store: EventStore,
  scope: QueryScope,
  touchpoints: readonly MeasureTouchpoint[],
  phases: readonly MeasurePhase[],
  filter: EventFilter = {},
): Promise<JourneyMeasures> {
  return (await measureJourneyWithCounts(store, scope, touchpoints, phases, filter)).measures;
}

/**
 * `measureJourney`, with the NPS answer counts of each touchpoint (what `compareMeasures` tests), and with
 * `window`: only the journeys that start in it (their first event in scope, `fromMs <= ts < toMs`, the rule
 * of compareWindows' journey windows), with all their events; "in scope" then means in scope and in window.
 */
export async function measureJourneyWithCounts(
  store: EventStore,
  scope: QueryScope,
  touchpoints: readonly MeasureTouchpoint[],
  phases: readonly MeasurePhase[],
  filter: EventFilter = {},
  window?: JourneyWindow,
): Promise<{ measures: JourneyMeasures; npsCounts: TouchpointNpsCounts }> {
  const compiled = compileMatchers(touchpoints.map((t) => t.matcher));
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
  const params = { ...compiled, phase_position: phasePositions, phase_index: phaseIndexes };
  const rows = window
    ? await runQuery(store, windowQuery, scope, filter, {
        ...params,
        window_from: window.fromMs === undefined ? '-inf' : String(window.fromMs),
        window_to: window.toMs === undefined ? 'inf' : String(window.toMs),
      })
    : await runQuery(store, query, scope, filter, params);
  const byKey = new Map(rows.map((row) => [`${row.kind}/${row.idx}`, row]));
  const journeys = byKey.get('scope/0')?.journeysInScope ?? 0;
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
  return { measures: { journeys, touchpoints: touchpointMeasures, phases: phaseMeasures }, npsCounts };
}
