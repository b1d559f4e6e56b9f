import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import {
  addObservation,
  correlationsFromMoments,
  createMoments,
  type CorrelationInput,
} from '../drivers/computeCorrelations.js';

/** What the Shapley regression explains: the 0–10 answer, or the promoter flag (answer 9–10). */
export type DriverTarget = 'nps' | 'promoter';

const query = defineQuery('getDriverPatterns', import.meta.url, {
  params: { activities: 'textList', target: 'text' },
  decode: decodeColumns({
    passed: column.textList('passed'),
    journeys: column.number('journeys'),
    ySum: column.number('y_sum'),
    ySquareSum: column.number('y_square_sum'),
  }),
});

/**
 * The correlation input of "passed activity X before the NPS answer" indicators and the target, built from
 * the distinct pass patterns (at most 2^p rows, never one row per journey).
 */
export async function getDriverCorrelations(
  store: EventStore,
  scope: QueryScope,
  activities: readonly string[],
  target: DriverTarget,
  filter: EventFilter = {},
): Promise<CorrelationInput & { journeys: number }> {
  const rows = await runQuery(store, query, scope, filter, { activities, target });
  const moments = createMoments(activities.length + 1);
  for (const row of rows) {
    const passed = new Set(row.passed);
    addObservation(
      moments,
      [...activities.map((a) => (passed.has(a) ? 1 : 0)), 0],
      row.journeys,
      row.ySum,
      row.ySquareSum,
    );
  }
  return { ...correlationsFromMoments(moments, activities), journeys: moments.weight };
}
