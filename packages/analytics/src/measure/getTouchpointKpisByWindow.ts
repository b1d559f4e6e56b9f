import { column, decodeColumns } from '../engine/columns.js';
import { readNumber } from '../engine/readRow.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { JourneyWindow } from '../cx/journeyWindows.js';
import { compileMatchers, matcherParamSpec } from './compileMatchers.js';
import type { MeasureTouchpoint } from './types.js';
import type { NpsCounts } from '../stats/npsWithInterval.js';
import type { SampleSummary } from '../stats/types.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';

const query = defineQuery('getTouchpointKpisByWindow', import.meta.url, {
  params: {
    ...matcherParamSpec,
    window_from: 'text',
    window_to: 'text',
    period_from: 'textList',
    period_to: 'textList',
    kpi_from: 'textList',
    kpi_to: 'textList',
    kpi_from_bit: 'textList',
    kpi_to_bit: 'textList',
    bit_position: 'textList',
    with_answers: 'boolean',
  },
  decode: decodeColumns({
    kind: column.text('kind'),
    w: column.number('w'),
    k: column.number('k'),
    journeys: column.number('journeys'),
    reached: column.number('reached'),
    dropped: column.number('dropped'),
    converted: column.number('converted'),
    seconds: column.custom('seconds', readNumbers),
    secondsJourneys: column.custom('seconds_journeys', readNumbers),
    promoters: column.number('promoters'),
    passives: column.number('passives'),
    detractors: column.number('detractors'),
    csatN: column.number('csat_n'),
    csatMean: column.nullableNumber('csat_mean'),
    csatSd: column.nullableNumber('csat_sd'),
    cesN: column.number('ces_n'),
    cesMean: column.nullableNumber('ces_mean'),
    cesSd: column.nullableNumber('ces_sd'),
  }),
});

/** A list of numbers (null: none). */
function readNumbers(value: unknown): number[] {
  return Array.isArray(value) ? value.map(readNumber) : [];
}

/** Distinct KPI positions one query can tell apart (the bits of one BIGINT per event, sign bit aside). */
export const maxPositionsPerPass = 62;

/** The KPIs in runs whose distinct positions (from and to, -1 aside) are at most `maxPositionsPerPass`. */
function splitByPositions(kpis: readonly { from: number; to: number }[]): { from: number; to: number }[][] {
  const runs: { from: number; to: number }[][] = [];
  let run: { from: number; to: number }[] = [];
  let positions = new Set<number>();
  for (const kpi of kpis) {
    const added = [kpi.from, kpi.to].filter((p) => p >= 0 && !positions.has(p));
    if (positions.size + new Set(added).size > maxPositionsPerPass) {
      runs.push(run);
      run = [];
      positions = new Set();
    }
    run.push(kpi);
    for (const p of [kpi.from, kpi.to]) if (p >= 0) positions.add(p);
  }
  runs.push(run);
  return runs;
}

/** A KPI's touchpoint figures over the journeys that start in one window. */
export interface TouchpointKpiCounts {
  /** Journeys in scope starting in the window. */
  journeys: number;
  /** Of those, the journeys reaching the touchpoint (all of them without a touchpoint). */
  reached: number;
  /** Reaching journeys that reach no later touchpoint of the map (at any time). */
  dropped: number;
  /** Reaching journeys with an event matching `toPosition` after their first match of the touchpoint. */
  converted: number;
  /** How long the converted journeys took (seconds from the first match to the first later `to` match). */
  times: { seconds: number; journeys: number }[];
  /** The reaching journeys' last NPS answers, in groups, and their last CSAT and CES answers. */
  nps: NpsCounts;
  csat: SampleSummary;
  ces: SampleSummary;
}

/**
 * The figures touchpoint KPIs need, per KPI and journey window, in one pass over the case traces with the
 * measured map's matching (`traceMatches.duckdb.sql`): `touchpoints` are the map's, in designed order; each
 * KPI's `from` is its touchpoint's position (-1: none, every journey counts) and `to` the conversion target's
 * (-1: none). `withAnswers` reads the journeys' last NPS / CSAT / CES answers (else they are empty).
 * Result: `[kpi][window]`.
 */
export async function getTouchpointKpisByWindow(
  store: EventStore,
  scope: QueryScope,
  touchpoints: readonly MeasureTouchpoint[],
  kpis: readonly { from: number; to: number }[],
  windows: readonly JourneyWindow[],
  filter: EventFilter = {},
  withAnswers = false,
): Promise<TouchpointKpiCounts[][]> {
  if (kpis.length === 0) return [];
  const runs = splitByPositions(kpis);
  if (runs.length > 1) {
    const parts = [];
    for (const run of runs)
      parts.push(
        await getTouchpointKpisByWindow(store, scope, touchpoints, run, windows, filter, withAnswers),
      );
    return parts.flat();
  }
  // bit b of an event's BIGINT: it matches position bits[b]
  const bits = [...new Set(kpis.flatMap((k) => [k.from, k.to]).filter((p) => p >= 0))];
  const bitOf = (position: number) => String(position < 0 ? 0 : bits.indexOf(position));
  const rows = await runQuery(store, query, scope, filter, {
    ...compileMatchers(touchpoints.map((t) => t.matcher)),
    window_from: '-inf',
    window_to: 'inf',
    period_from: windows.map((w) => (w.fromMs === undefined ? '-inf' : String(w.fromMs))),
    period_to: windows.map((w) => (w.toMs === undefined ? 'inf' : String(w.toMs))),
    kpi_from: kpis.map((k) => String(k.from)),
    kpi_to: kpis.map((k) => String(k.to)),
    kpi_from_bit: kpis.map((k) => bitOf(k.from)),
    kpi_to_bit: kpis.map((k) => bitOf(k.to)),
    bit_position: bits.map(String),
    with_answers: withAnswers,
  });
  const result = kpis.map(() =>
    windows.map((): TouchpointKpiCounts => ({
      journeys: 0,
      reached: 0,
      dropped: 0,
      converted: 0,
      times: [],
      nps: { promoters: 0, passives: 0, detractors: 0 },
      csat: { n: 0, mean: 0, standardDeviation: 0 },
      ces: { n: 0, mean: 0, standardDeviation: 0 },
    })),
  );
  for (const row of rows) {
    const counts = result[row.k - 1]?.[row.w - 1];
    if (!counts) continue;
    if (row.kind === 'time') {
      counts.times = row.seconds.map((seconds, i) => ({ seconds, journeys: row.secondsJourneys[i] ?? 0 }));
      continue;
    }
    Object.assign(counts, {
      journeys: row.journeys,
      reached: row.reached,
      dropped: row.dropped,
      converted: row.converted,
      nps: { promoters: row.promoters, passives: row.passives, detractors: row.detractors },
      csat: { n: row.csatN, mean: row.csatMean ?? 0, standardDeviation: row.csatSd ?? 0 },
      ces: { n: row.cesN, mean: row.cesMean ?? 0, standardDeviation: row.cesSd ?? 0 },
    });
  }
  return result;
}
