import { MIN_DRIVER_SUPPORT, oddsRatio, type OddsRatioResult } from '../drivers/oddsRatio.js';
import { paretoCut } from '../drivers/paretoCut.js';
import { relativeWeights } from '../drivers/relativeWeights.js';
import { MAX_SHAPLEY_PREDICTORS, shapleyRegression } from '../drivers/shapleyRegression.js';
import { defineQuery } from '../engine/defineQuery.js';
import { readNumber, readText } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { getDriverCorrelations, type DriverTarget } from './getDriverPatterns.js';
import { toPropertyPath } from './propertyPath.js';

/** The yes/no outcome odds ratios are computed against. */
export type DriverOutcome =
  | { kind: 'promoter' }
  | { kind: 'conversion'; activity: string }
  | { kind: 'complaint'; activities?: readonly string[]; property?: string };

export interface DriversOptions {
  /** What the Shapley importance explains; default the NPS answer. */
  target?: DriverTarget;
  /** The outcome of the odds ratios; default promoter. */
  outcome?: DriverOutcome;
  /** Journeys needed on each side (passed and not passed); default 30. */
  minSupport?: number;
  /**
   * How importance is split: exact Shapley regression (default; at most 12 activities) or Johnson's
   * relative weights (an approximation of it that scales to many activities; at most 40).
   */
  method?: 'shapley' | 'relativeWeights';
  /** The most activities in the model (the strongest by correlation); default 12 (Shapley) or 40. */
  maxPredictors?: number;
  /** Share of importance the Pareto cut must reach; default 0.8. */
  paretoShare?: number;
  confidence?: number;
}

export interface Driver {
  activity: string;
  journeysPassed: number;
  journeysNotPassed: number;
  /** Share of the explained NPS variance (Shapley); 0 for activities outside the model. */
  importance: number;
  /** Shapley R² contribution (sums to `rSquared` over the model's activities). */
  rSquaredContribution: number;
  inModel: boolean;
  /** Mean NPS answer (0–10) of journeys passing minus those not passing; null without answers on a side. */
  effect: number | null;
  /** NPS (−100…100) of journeys passing minus those not passing. */
  npsDifference: number | null;
  /** Odds of the outcome for journeys passing vs not passing. */
  oddsRatio: OddsRatioResult;
  /** Both sides reach `minSupport` journeys. */
  supported: boolean;
}

export interface DriversResult {
  /** Journeys analysed (with an NPS answer for the NPS figures; all for conversion and complaint outcomes). */
  journeys: number;
  journeysWithNps: number;
  /** R² of the Shapley model (passed-activity indicators → target). */
  rSquared: number;
  /** Supported activities by importance (descending), then the unsupported ones by name. */
  drivers: Driver[];
  /** The vital few: the smallest set of activities holding `paretoShare` of the importance. */
  paretoCut: string[];
}

const query = defineQuery('getDrivers', import.meta.url);
const MAX_RELATIVE_WEIGHT_PREDICTORS = 40;

/**
 * Key drivers: which touchpoints (activities passed before the NPS answer, or before the outcome) go with
 * satisfaction. Shapley regression of "passed X" indicators on the NPS answer (or promoter flag), signed
 * effects in NPS, odds ratios against an outcome with a minimum support, and the Pareto cut.
 */
export async function getDrivers(
  store: EventStore,
  scope: QueryScope,
  options: DriversOptions = {},
  filter: EventFilter = {},
): Promise<DriversResult> {
  const minSupport = options.minSupport ?? MIN_DRIVER_SUPPORT;
  const outcome = options.outcome ?? { kind: 'promoter' };
  const [outcomeRows, npsRows] = await Promise.all([
    readActivityRows(store, scope, outcome, filter),
    outcome.kind === 'promoter'
      ? Promise.resolve(null)
      : readActivityRows(store, scope, { kind: 'promoter' }, filter),
  ]);
  const npsByActivity = new Map((npsRows ?? outcomeRows).map((row) => [row.activity, row]));
  const npsTotals = (npsRows ?? outcomeRows)[0];
  const journeysWithNps = npsTotals?.npsN ?? 0;

  const method = options.method ?? 'shapley';
  const maxPredictors = method === 'shapley' ? MAX_SHAPLEY_PREDICTORS : MAX_RELATIVE_WEIGHT_PREDICTORS;
  const candidates = [...npsByActivity.values()]
    .filter((row) => row.npsNPassed >= minSupport && row.npsN - row.npsNPassed >= minSupport)
    .map((row) => ({ activity: row.activity, strength: Math.abs(pointBiserial(row)) }))
    .filter((row) => Number.isFinite(row.strength) && row.strength > 0)
    .sort((a, b) => b.strength - a.strength || (a.activity < b.activity ? -1 : 1))
    .slice(0, Math.min(options.maxPredictors ?? maxPredictors, maxPredictors))
    .map((row) => row.activity);
  const target = options.target ?? 'nps';
  const decompose = method === 'shapley' ? shapleyRegression : relativeWeights;
  const shapley = candidates.length
    ? decompose(await getDriverCorrelations(store, scope, candidates, target, filter))
    : { rSquared: 0, importances: [] };
  const importanceOf = new Map(shapley.importances.map((item) => [item.name, item]));

  const drivers = outcomeRows.map((row): Driver => {
    const nps = npsByActivity.get(row.activity);
    const shap = importanceOf.get(row.activity);
    const journeysNotPassed = row.journeys - row.journeysPassed;
    return {
      activity: row.activity,
      journeysPassed: row.journeysPassed,
      journeysNotPassed,
      importance: shap?.share ?? 0,
      rSquaredContribution: shap?.rSquaredContribution ?? 0,
      inModel: shap !== undefined,
      effect: nps ? meanDifference(nps) : null,
      npsDifference: nps ? npsDifference(nps) : null,
      oddsRatio: oddsRatio(
        {
          passedWithOutcome: row.outcomesPassed,
          passedWithoutOutcome: row.journeysPassed - row.outcomesPassed,
          notPassedWithOutcome: row.outcomes - row.outcomesPassed,
          notPassedWithoutOutcome: journeysNotPassed - (row.outcomes - row.outcomesPassed),
        },
        options.confidence ?? 0.95,
        minSupport,
      ),
      supported: row.journeysPassed >= minSupport && journeysNotPassed >= minSupport,
    };
  });
  drivers.sort(
    (a, b) =>
      Number(b.supported) - Number(a.supported) ||
      b.importance - a.importance ||
      (a.activity < b.activity ? -1 : a.activity > b.activity ? 1 : 0),
  );
  return {
    journeys: outcomeRows[0]?.journeys ?? 0,
    journeysWithNps,
    rSquared: shapley.rSquared,
    drivers,
    paretoCut: paretoCut(
      shapley.importances.map((item) => ({ name: item.name, importance: item.share })),
      options.paretoShare ?? 0.8,
    ),
  };
}

interface ActivityRow {
  activity: string;
  journeysPassed: number;
  outcomesPassed: number;
  npsNPassed: number;
  npsSumPassed: number;
  promotersPassed: number;
  detractorsPassed: number;
  journeys: number;
  outcomes: number;
  npsN: number;
  npsSum: number;
  npsSquareSum: number;
  promoters: number;
  detractors: number;
}

async function readActivityRows(
  store: EventStore,
  scope: QueryScope,
  outcome: DriverOutcome,
  filter: EventFilter,
): Promise<ActivityRow[]> {
  const rows = await runQuery(store, query, scope, filter, {
    outcome: outcome.kind,
    outcome_activity: outcome.kind === 'conversion' ? outcome.activity : '',
    complaint_activities: outcome.kind === 'complaint' ? (outcome.activities ?? ['Complaint Filed']) : [],
    complaint_path: toPropertyPath(
      outcome.kind === 'complaint' ? (outcome.property ?? 'complaint') : 'complaint',
    ),
  });
  return rows.map((row) => ({
    activity: readText(row.activity),
    journeysPassed: readNumber(row.journeys_passed),
    outcomesPassed: readNumber(row.outcomes_passed),
    npsNPassed: readNumber(row.nps_n_passed),
    npsSumPassed: readNumber(row.nps_sum_passed),
    promotersPassed: readNumber(row.promoters_passed),
    detractorsPassed: readNumber(row.detractors_passed),
    journeys: readNumber(row.journeys),
    outcomes: readNumber(row.outcomes),
    npsN: readNumber(row.nps_n),
    npsSum: readNumber(row.nps_sum),
    npsSquareSum: readNumber(row.nps_square_sum),
    promoters: readNumber(row.promoters),
    detractors: readNumber(row.detractors),
  }));
}

/** Mean answer of journeys passing minus not passing (0–10 scale). */
function meanDifference(row: ActivityRow): number | null {
  const notPassed = row.npsN - row.npsNPassed;
  if (row.npsNPassed === 0 || notPassed === 0) return null;
  return row.npsSumPassed / row.npsNPassed - (row.npsSum - row.npsSumPassed) / notPassed;
}

function npsDifference(row: ActivityRow): number | null {
  const notPassed = row.npsN - row.npsNPassed;
  if (row.npsNPassed === 0 || notPassed === 0) return null;
  const passedNps = (row.promotersPassed - row.detractorsPassed) / row.npsNPassed;
  const otherNps =
    (row.promoters - row.promotersPassed - (row.detractors - row.detractorsPassed)) / notPassed;
  return 100 * (passedNps - otherNps);
}

/** Point-biserial correlation of "passed" with the NPS answer, from the aggregated sums. */
function pointBiserial(row: ActivityRow): number {
  const n = row.npsN;
  const share = row.npsNPassed / n;
  const mean = row.npsSum / n;
  const sd = Math.sqrt(Math.max(0, row.npsSquareSum / n - mean * mean));
  const difference = meanDifference(row);
  return difference === null || sd === 0 ? 0 : (difference * Math.sqrt(share * (1 - share))) / sd;
}
