import { MIN_DRIVER_SUPPORT, oddsRatio, type OddsRatioResult } from '../drivers/oddsRatio.js';
import { paretoCut } from '../drivers/paretoCut.js';
import { relativeWeights } from '../drivers/relativeWeights.js';
import { MAX_SHAPLEY_PREDICTORS, shapleyRegression } from '../drivers/shapleyRegression.js';
import {
  addObservation,
  correlationsFromMoments,
  createMoments,
  type CorrelationInput,
} from '../drivers/computeCorrelations.js';
import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { readText } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { getDriverCorrelations, type DriverTarget } from './getDriverPatterns.js';
import { propertyNeedle } from './journeyWindows.js';
import { listValues } from './listValues.js';
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
  const activities = await listValues(store, scope, 'activity', filter);
  const [outcomePatterns, npsPatterns] = await Promise.all([
    readPatterns(store, scope, activities, outcome, filter),
    outcome.kind === 'promoter'
      ? Promise.resolve(null)
      : readPatterns(store, scope, activities, { kind: 'promoter' }, filter),
  ]);
  const outcomeRows = toActivityRows(activities, outcomePatterns);
  const npsRows = npsPatterns && toActivityRows(activities, npsPatterns);
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
  // The answer patterns already hold every activity when they fit one 64-bit word; else one more query.
  const shapley = candidates.length
    ? decompose(
        activities.length <= 64
          ? correlationsFromPatterns(activities, npsPatterns ?? outcomePatterns, candidates, target)
          : await getDriverCorrelations(store, scope, candidates, target, filter),
      )
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

/** One row of `getDrivers.duckdb.sql`: journeys per answer and outcome flag, with or without pass bits. */
const query = defineQuery('getDrivers', import.meta.url, {
  params: {
    outcome: 'text',
    outcome_activity: 'text',
    complaint_activities: 'textList',
    complaint_path: 'text',
    complaint_needle: 'text',
    map_keys: 'textList',
  },
  decode: decodeColumns({
    /** The totals (every journey once) or a pattern of passed activities (journeys that passed any). */
    kind: column.custom('kind', (value): 'journeys' | 'passed' =>
      value === 'passed' ? 'passed' : 'journeys',
    ),
    word: column.number('word'),
    /** The pass bits (64-bit words arrive as text: they do not fit a double). */
    bits: column.custom('bits', (value) =>
      value === null || value === undefined ? 0n : BigInt(readText(value)),
    ),
    nps: column.nullableNumber('nps'),
    outcome: column.flag('outcome'),
    journeys: column.number('journeys'),
  }),
});
type PatternRow = ReturnType<typeof query.decode>;

async function readPatterns(
  store: EventStore,
  scope: QueryScope,
  activities: readonly string[],
  outcome: DriverOutcome,
  filter: EventFilter,
): Promise<PatternRow[]> {
  const complaintKey = outcome.kind === 'complaint' ? (outcome.property ?? 'complaint') : 'complaint';
  return runQuery(store, query, scope, filter, {
    outcome: outcome.kind,
    outcome_activity: outcome.kind === 'conversion' ? outcome.activity : '',
    complaint_activities: outcome.kind === 'complaint' ? (outcome.activities ?? ['Complaint Filed']) : [],
    complaint_path: toPropertyPath(complaintKey),
    complaint_needle: propertyNeedle(complaintKey),
    map_keys: activities,
  });
}

/** The indexes (word · 64 + bit) of the set bits of one pattern. */
function setBits(row: PatternRow): number[] {
  const indexes: number[] = [];
  for (let bit = 0, bits = row.bits; bits > 0n; bit++, bits >>= 1n)
    if (bits & 1n) indexes.push(row.word * 64 + bit);
  return indexes;
}

/** Per activity passed by any journey (in `activities` order): the passing journeys and the totals. */
function toActivityRows(activities: readonly string[], patterns: readonly PatternRow[]): ActivityRow[] {
  const totals = {
    journeys: 0,
    outcomes: 0,
    npsN: 0,
    npsSum: 0,
    npsSquareSum: 0,
    promoters: 0,
    detractors: 0,
  };
  for (const row of patterns) {
    if (row.kind !== 'journeys') continue;
    totals.journeys += row.journeys;
    if (row.outcome) totals.outcomes += row.journeys;
    if (row.nps === null) continue;
    totals.npsN += row.journeys;
    totals.npsSum += row.nps * row.journeys;
    totals.npsSquareSum += row.nps * row.nps * row.journeys;
    if (row.nps >= 9) totals.promoters += row.journeys;
    if (row.nps < 7) totals.detractors += row.journeys;
  }
  const passed = new Map<number, ActivityRow>();
  for (const row of patterns) {
    if (row.kind !== 'passed') continue;
    for (const index of setBits(row)) {
      let entry = passed.get(index);
      if (!entry) {
        entry = {
          activity: activities[index] ?? '',
          journeysPassed: 0,
          outcomesPassed: 0,
          npsNPassed: 0,
          npsSumPassed: 0,
          promotersPassed: 0,
          detractorsPassed: 0,
          ...totals,
        };
        passed.set(index, entry);
      }
      entry.journeysPassed += row.journeys;
      if (row.outcome) entry.outcomesPassed += row.journeys;
      if (row.nps === null) continue;
      entry.npsNPassed += row.journeys;
      entry.npsSumPassed += row.nps * row.journeys;
      if (row.nps >= 9) entry.promotersPassed += row.journeys;
      if (row.nps < 7) entry.detractorsPassed += row.journeys;
    }
  }
  return [...passed.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

/**
 * The correlation input of "passed X before the answer" indicators and the target from the answer
 * patterns (promoter outcome: every journey has an answer), as `getDriverCorrelations` computes it.
 */
function correlationsFromPatterns(
  activities: readonly string[],
  patterns: readonly PatternRow[],
  candidates: readonly string[],
  target: DriverTarget,
): CorrelationInput {
  const index = new Map(activities.map((activity, i) => [activity, i]));
  const candidateIndexes = candidates.map((activity) => index.get(activity) ?? -1);
  const moments = createMoments(candidates.length + 1);
  const y = (nps: number) => (target === 'promoter' ? Number(nps >= 9) : nps);
  // Journeys per answer that passed nothing: the totals minus the journeys in the pass patterns.
  const nothingPassed = new Map<number, number>();
  for (const row of patterns) {
    if (row.nps === null) continue;
    const sign = row.kind === 'journeys' ? 1 : -1;
    nothingPassed.set(row.nps, (nothingPassed.get(row.nps) ?? 0) + sign * row.journeys);
  }
  for (const row of patterns) {
    if (row.kind !== 'passed' || row.nps === null) continue;
    const passed = new Set(setBits(row));
    const x = candidateIndexes.map((i) => (passed.has(i) ? 1 : 0));
    const value = y(row.nps);
    addObservation(moments, [...x, 0], row.journeys, value * row.journeys, value * value * row.journeys);
  }
  for (const [nps, journeys] of nothingPassed) {
    if (journeys <= 0) continue;
    const value = y(nps);
    addObservation(
      moments,
      [...candidates.map(() => 0), 0],
      journeys,
      value * journeys,
      value * value * journeys,
    );
  }
  return correlationsFromMoments(moments, candidates);
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
