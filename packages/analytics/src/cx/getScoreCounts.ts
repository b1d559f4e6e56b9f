import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { SampleSummary } from '../stats/types.js';
import type { EventStore } from '../store/openEventStore.js';

export type ScoreName = 'nps' | 'csat' | 'ces';

/** One answer value and how many journeys gave it (their last answer). */
export interface ScoreCount {
  score: number;
  journeys: number;
}

/** The columns of an answer count (`score`, `journeys`). */
export const scoreCountColumns = { score: column.number('score'), journeys: column.number('journeys') };

const query = defineQuery('getScoreCounts', import.meta.url, {
  params: { score: 'text', passed: 'text' },
  decode: decodeColumns(scoreCountColumns),
});

/** The distribution of one score over journeys (last answer per journey), optionally of journeys that passed an activity. */
export async function getScoreCounts(
  store: EventStore,
  scope: QueryScope,
  score: ScoreName,
  filter: EventFilter = {},
  passedActivity?: string,
): Promise<ScoreCount[]> {
  return runQuery(store, query, scope, filter, { score, passed: passedActivity ?? '' });
}

/** Count, mean and sample standard deviation of a frequency table. */
export function summarizeCounts(counts: readonly ScoreCount[]): SampleSummary {
  const n = counts.reduce((sum, c) => sum + c.journeys, 0);
  if (n === 0) return { n, mean: Number.NaN, standardDeviation: Number.NaN };
  const mean = counts.reduce((sum, c) => sum + c.score * c.journeys, 0) / n;
  const squares = counts.reduce((sum, c) => sum + c.journeys * (c.score - mean) ** 2, 0);
  return { n, mean, standardDeviation: n > 1 ? Math.sqrt(squares / (n - 1)) : Number.NaN };
}
