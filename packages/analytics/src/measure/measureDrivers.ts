import { addObservation, correlationsFromMoments, createMoments } from '../drivers/computeCorrelations.js';
import { MIN_DRIVER_SUPPORT, oddsRatio } from '../drivers/oddsRatio.js';
import { paretoCut } from '../drivers/paretoCut.js';
import { relativeWeights } from '../drivers/relativeWeights.js';
import { MAX_SHAPLEY_PREDICTORS, shapleyRegression } from '../drivers/shapleyRegression.js';
import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { compileMatchers, matcherParamSpec } from './compileMatchers.js';
import type { MeasureTouchpoint } from './types.js';

/** What the drivers explain: a score (each journey's last answer) or reaching a touchpoint. */
export type MapDriverOutcome =
  { kind: 'nps' | 'csat' | 'ces' } | { kind: 'conversion'; touchpointId: string };

export interface MapDriver {
  touchpointId: string;
  /** Shapley (or relative-weight) share of R² for scores; |ln odds ratio| for conversion; 0 outside the model. */
  importance: number;
  /** importance / the sum over all drivers. */
  share: number;
  /** Running sum of `share` in this order. */
  cumulativeShare: number;
  /** One of the vital few: the smallest set, largest first, holding `paretoShare` of the importance. */
  vitalFew: boolean;
}

export interface MapDrivers {
  outcome: MapDriverOutcome;
  /** Journeys analysed: with an answer for a score; all in scope for conversion. */
  journeys: number;
  /** Importance held by the vital few (the sentence "4 of 17 touchpoints explain 81 %"). */
  vitalFewShare: number;
  /** Touchpoints with a matcher (but the conversion target), most important first. */
  drivers: MapDriver[];
}

export interface MapDriversOptions {
  /** Journeys needed on each side (reached and not) for a touchpoint to enter the model; default 30. */
  minSupport?: number;
  paretoShare?: number;
}

const query = defineQuery('measureDrivers', import.meta.url, {
  params: { ...matcherParamSpec, outcome: 'text', target_pos: 'number' },
  decode: decodeColumns({
    positions: column.custom('positions', (value) => new Set(Array.isArray(value) ? value.map(Number) : [])),
    y: column.number('y'),
    journeys: column.number('journeys'),
  }),
});
const MAX_RELATIVE_WEIGHT_PREDICTORS = 40;

/**
 * Key drivers on a measured map (docs/measured-map.md): which touchpoints go with the outcome. For a score,
 * the indicators "reached touchpoint t before the last answer" explain the answer by Shapley value regression
 * (up to 12 touchpoints; Johnson's relative weights up to 40 — the strongest by correlation); a touchpoint
 * enters the model when at least `minSupport` answering journeys reached it and as many did not. For
 * conversion to a touchpoint, importance is the strength of the odds ratio (|ln OR|) of converting for the
 * journeys that reached t before (supported touchpoints only). The vital few: the Pareto cut at 80 %.
 */
export async function measureDrivers(
  store: EventStore,
  scope: QueryScope,
  touchpoints: readonly MeasureTouchpoint[],
  outcome: MapDriverOutcome,
  filter: EventFilter = {},
  options: MapDriversOptions = {},
): Promise<MapDrivers> {
  const minSupport = options.minSupport ?? MIN_DRIVER_SUPPORT;
  const compiled = compileMatchers(touchpoints.map((t) => t.matcher));
  const targetPos =
    outcome.kind === 'conversion' ? touchpoints.findIndex((t) => t.id === outcome.touchpointId) : -1;
  if (outcome.kind === 'conversion' && targetPos < 0)
    throw new RangeError(`no touchpoint ${outcome.touchpointId}`);
  const patterns = await runQuery(store, query, scope, filter, {
    ...compiled,
    outcome: outcome.kind,
    target_pos: targetPos,
  });
  const journeys = patterns.reduce((sum, p) => sum + p.journeys, 0);
  const candidates = touchpoints.flatMap((t, pos) =>
    t.matcher?.activities.length && pos !== targetPos ? [pos] : [],
  );
  const reachedBy = (pos: number) =>
    patterns.reduce((sum, p) => sum + (p.positions.has(pos) ? p.journeys : 0), 0);
  const supported = candidates.filter((pos) => {
    const passed = reachedBy(pos);
    return passed >= minSupport && journeys - passed >= minSupport;
  });

  const importance = new Map<number, number>();
  if (outcome.kind === 'conversion') {
    for (const pos of supported) {
      const cell = (passed: boolean, converted: boolean) =>
        patterns.reduce(
          (sum, p) => sum + (p.positions.has(pos) === passed && (p.y === 1) === converted ? p.journeys : 0),
          0,
        );
      const ratio = oddsRatio(
        {
          passedWithOutcome: cell(true, true),
          passedWithoutOutcome: cell(true, false),
          notPassedWithOutcome: cell(false, true),
          notPassedWithoutOutcome: cell(false, false),
        },
        0.95,
        minSupport,
      );
      importance.set(pos, Math.abs(Math.log(ratio.oddsRatio)));
    }
  } else if (supported.length) {
    const moments = createMoments(supported.length + 1);
    for (const p of patterns)
      addObservation(moments, [...supported.map((pos) => (p.positions.has(pos) ? 1 : 0)), p.y], p.journeys);
    const all = correlationsFromMoments(
      moments,
      supported.map((pos) => String(pos)),
    );
    const strongest = supported
      .map((pos, i) => ({ pos, i, strength: Math.abs(all.outcomeCorrelations[i] ?? 0) }))
      .filter((c) => c.strength > 0)
      .sort((a, b) => b.strength - a.strength || a.pos - b.pos);
    const useShapley = strongest.length <= MAX_SHAPLEY_PREDICTORS;
    const model = strongest.slice(0, useShapley ? MAX_SHAPLEY_PREDICTORS : MAX_RELATIVE_WEIGHT_PREDICTORS);
    if (model.length) {
      const input = {
        predictors: model.map((c) => String(c.pos)),
        correlations: model.map((a) => model.map((b) => all.correlations[a.i]?.[b.i] ?? 0)),
        outcomeCorrelations: model.map((c) => all.outcomeCorrelations[c.i] ?? 0),
      };
      const result = (useShapley ? shapleyRegression : relativeWeights)(input);
      result.importances.forEach((item) =>
        importance.set(Number(item.name), Math.max(0, item.rSquaredContribution)),
      );
    }
  }
  const total = [...importance.values()].reduce((sum, x) => sum + x, 0);
  const ranked = candidates
    .map((pos) => ({ pos, importance: importance.get(pos) ?? 0 }))
    .sort((a, b) => b.importance - a.importance || a.pos - b.pos);
  const vital = new Set(
    paretoCut(
      ranked.map((r) => ({ name: String(r.pos).padStart(6, '0'), importance: r.importance })),
      options.paretoShare ?? 0.8,
    ).map(Number),
  );
  let running = 0;
  let vitalFewShare = 0;
  const drivers = ranked.map((r): MapDriver => {
    const share = total > 0 ? r.importance / total : 0;
    running += share;
    if (vital.has(r.pos)) vitalFewShare += share;
    return {
      touchpointId: touchpoints[r.pos]?.id ?? '',
      importance: r.importance,
      share,
      cumulativeShare: total > 0 ? running : 0,
      vitalFew: vital.has(r.pos),
    };
  });
  return { outcome, journeys, vitalFewShare, drivers };
}
