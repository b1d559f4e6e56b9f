import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
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

/** The answers of one score in a group: how many, their mean and standard deviation, how many top-box. */
const scoreColumns = (score: 'csat' | 'ces') => ({
  n: column.number(`${score}_n`),
  mean: column.nullableNumber(`${score}_mean`),
  sd: column.nullableNumber(`${score}_sd`),
  top: column.number(`${score}_top`),
});

const decodeGroup = decodeColumns({
  group: column.text('grp'),
  journeys: column.number('journeys'),
  promoters: column.number('promoters'),
  passives: column.number('passives'),
  detractors: column.number('detractors'),
  npsMean: column.nullableNumber('nps_mean'),
});
const decodeCsat = decodeColumns(scoreColumns('csat'));
const decodeCes = decodeColumns(scoreColumns('ces'));
type ScoreRow = ReturnType<typeof decodeCsat>;

/** One row per group: its journeys, NPS counts and mean, CSAT and CES answers. */
const query = defineQuery('getSatisfaction', import.meta.url, {
  params: {
    group_by: 'text',
    group_names: 'textList',
    single_word: 'boolean',
    map_keys: 'textList',
    map_groups: 'textList',
    attribute_path: 'text',
    attribute_needle: 'text',
    csat_top: 'number',
    ces_top: 'number',
  },
  decode: (row) => ({ ...decodeGroup(row), csat: decodeCsat(row), ces: decodeCes(row) }),
});

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
    group: row.group,
    journeys: row.journeys,
    nps: npsWithInterval(
      { promoters: row.promoters, passives: row.passives, detractors: row.detractors },
      confidence,
    ),
    npsMeanScore: row.npsMean,
    csat: summarizeScore(row.csat, confidence),
    ces: summarizeScore(row.ces, confidence),
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

function summarizeScore(score: ScoreRow, confidence: number): ScoreSummary {
  return {
    mean: meanWithInterval(
      { n: score.n, mean: score.mean ?? Number.NaN, standardDeviation: score.sd ?? Number.NaN },
      confidence,
    ),
    topBox: topBoxShare(score.top, score.n, confidence),
  };
}
