import { defineQuery } from '../engine/defineQuery.js';
import { readNumber } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { SampleSummary } from '../stats/types.js';
import type { EventStore } from '../store/openEventStore.js';
import { journeyWindowParams, type JourneyWindow } from './journeyWindows.js';

export type ScoreName = 'nps' | 'csat' | 'ces';

/** One answer value and how many journeys gave it (their last answer). */
export interface ScoreCount {
  score: number;
  journeys: number;
}

const query = defineQuery('getScoreCounts', import.meta.url);

/** The distribution of one score over journeys (last answer per journey), optionally of journeys that passed an activity. */
export async function getScoreCounts(
  store: EventStore,
  scope: QueryScope,
  score: ScoreName,
  filter: EventFilter = {},
  passedActivity?: string,
): Promise<ScoreCount[]> {
  const [counts] = await getScoreCountsByWindow(store, scope, score, filter, passedActivity);
  return counts ?? [];
}

/**
 * The score distributions of several journey windows in one query: journeys are selected whole by their
 * first event (see `JourneyWindow`). Without windows: one distribution of all journeys in scope.
 */
export async function getScoreCountsByWindow(
  store: EventStore,
  scope: QueryScope,
  score: ScoreName,
  filter: EventFilter = {},
  passedActivity?: string,
  windows?: readonly JourneyWindow[],
): Promise<ScoreCount[][]> {
  const rows = await runQuery(store, query, scope, filter, {
    score,
    passed: passedActivity ?? '',
    ...journeyWindowParams(windows),
  });
  const result: ScoreCount[][] = Array.from({ length: windows?.length || 1 }, () => []);
  for (const row of rows)
    result[readNumber(row.w) - 1]?.push({ score: readNumber(row.score), journeys: readNumber(row.journeys) });
  return result;
}

/** Count, mean and sample standard deviation of a frequency table. */
export function summarizeCounts(counts: readonly ScoreCount[]): SampleSummary {
  const n = counts.reduce((sum, c) => sum + c.journeys, 0);
  if (n === 0) return { n, mean: Number.NaN, standardDeviation: Number.NaN };
  const mean = counts.reduce((sum, c) => sum + c.score * c.journeys, 0) / n;
  const squares = counts.reduce((sum, c) => sum + c.journeys * (c.score - mean) ** 2, 0);
  return { n, mean, standardDeviation: n > 1 ? Math.sqrt(squares / (n - 1)) : Number.NaN };
}
