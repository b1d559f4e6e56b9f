import { defineQuery } from '../engine/defineQuery.js';
import { readNullableNumber, readNumber, readText } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { meanWithInterval, type MeanEstimate } from '../stats/meanWithInterval.js';
import { npsWithInterval, type NpsEstimate } from '../stats/npsWithInterval.js';
import { TOP_BOX_MIN_SCORE, topBoxShare } from '../stats/topBoxShare.js';
import type { Estimate } from '../stats/types.js';
import type { EventStore } from '../store/openEventStore.js';
import { propertyNeedle } from './journeyWindows.js';
import { listValues } from './listValues.js';
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
  const groups = await groupKeys(store, scope, grouping, filter);
  const attributeKey = grouping.by === 'attribute' ? grouping.key : 'unused';
  const rows = await runQuery(store, query, scope, filter, {
    group_by: grouping.by,
    group_names: groups.names,
    single_word: groups.names.length <= 64,
    map_keys: groups.keys,
    map_groups: groups.groups.map(String),
    attribute_path: toPropertyPath(attributeKey),
    attribute_needle: propertyNeedle(attributeKey),
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

/** The group names and which activity (or channel) puts a journey in which group (index into `names`). */
async function groupKeys(
  store: EventStore,
  scope: QueryScope,
  grouping: SatisfactionGrouping,
  filter: EventFilter,
): Promise<{ names: string[]; keys: string[]; groups: number[] }> {
  switch (grouping.by) {
    case 'none':
      return { names: ['(all)'], keys: [], groups: [] };
    case 'attribute':
      return { names: [], keys: [], groups: [] };
    case 'activity':
    case 'channel': {
      const names = await listValues(store, scope, grouping.by, filter);
      return { names, keys: names, groups: names.map((_, i) => i) };
    }
    case 'phase': {
      // Sorted like the other groupings (code-unit order, as DuckDB sorts text).
      const names = [...new Set(Object.keys(grouping.phases))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const pairs = names.flatMap((phase, g) =>
        [...new Set(grouping.phases[phase])].map((activity) => [activity, g] as const),
      );
      return { names, keys: pairs.map(([a]) => a), groups: pairs.map(([, g]) => g) };
    }
  }
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
