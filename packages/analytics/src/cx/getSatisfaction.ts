import { defineQuery } from '../engine/defineQuery.js';
import { readNullableNumber, readNumber, readText } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { meanWithInterval, type MeanEstimate } from '../stats/meanWithInterval.js';
import { npsWithInterval, type NpsEstimate } from '../stats/npsWithInterval.js';
import { TOP_BOX_MIN_SCORE, topBoxShare } from '../stats/topBoxShare.js';
import type { Estimate } from '../stats/types.js';
import type { EventStore } from '../store/openEventStore.js';
import { toPropertyPath } from './propertyPath.js';

/** How journeys are grouped: one group, per touchpoint (activity passed), channel, phase or attribute. */
export type SatisfactionGrouping =
  | { by: 'none' }
  | { by: 'activity' }
  | { by: 'channel' }
  | { by: 'phase'; phases: Readonly<Record<string, readonly string[]>> }
  | { by: 'attribute'; key: string };

export interface ScoreSummary {
  mean: MeanEstimate;
  /** Share of answers in the top box (CSAT 4–5, CES 5–7) with its Wilson interval. */
  topBox: Estimate;
}

export interface SatisfactionGroup {
  group: string;
  /** Journeys in the group (with or without answers). */
  journeys: number;
  nps: NpsEstimate;
  /** Mean NPS answer (0–10), null without answers. */
  npsMeanScore: number | null;
  csat: ScoreSummary;
  ces: ScoreSummary;
}

const query = defineQuery('getSatisfaction', import.meta.url);

/**
 * NPS (with its variance-based interval), CSAT and CES (mean with t interval, top-box share with Wilson
 * interval) per group of journeys; every figure carries its n and a `smallSample` flag (n < 30).
 */
export async function getSatisfaction(
  store: EventStore,
  scope: QueryScope,
  grouping: SatisfactionGrouping = { by: 'none' },
  filter: EventFilter = {},
  confidence = 0.95,
): Promise<SatisfactionGroup[]> {
  const phases =
    grouping.by === 'phase'
      ? Object.entries(grouping.phases).flatMap(([phase, activities]) =>
          activities.map((a) => [a, phase] as const),
        )
      : [];
  const rows = await runQuery(store, query, scope, filter, {
    group_by: grouping.by,
    attribute_path: toPropertyPath(grouping.by === 'attribute' ? grouping.key : 'unused'),
    phase_activities: phases.map(([activity]) => activity),
    phase_names: phases.map(([, phase]) => phase),
    csat_top: TOP_BOX_MIN_SCORE.csat,
    ces_top: TOP_BOX_MIN_SCORE.ces,
  });
  return rows.map((row) => ({
    group: readText(row.grp),
    journeys: readNumber(row.journeys),
    nps: npsWithInterval(
      {
        promoters: readNumber(row.promoters),
        passives: readNumber(row.passives),
        detractors: readNumber(row.detractors),
      },
      confidence,
    ),
    npsMeanScore: readNullableNumber(row.nps_mean),
    csat: summarizeScore(row.csat_n, row.csat_mean, row.csat_sd, row.csat_top, confidence),
    ces: summarizeScore(row.ces_n, row.ces_mean, row.ces_sd, row.ces_top, confidence),
  }));
}

function summarizeScore(
  n: unknown,
  mean: unknown,
  sd: unknown,
  top: unknown,
  confidence: number,
): ScoreSummary {
  const count = readNumber(n);
  return {
    mean: meanWithInterval(
      {
        n: count,
        mean: readNullableNumber(mean) ?? Number.NaN,
        standardDeviation: readNullableNumber(sd) ?? Number.NaN,
      },
      confidence,
    ),
    topBox: topBoxShare(readNumber(top), count, confidence),
  };
}
