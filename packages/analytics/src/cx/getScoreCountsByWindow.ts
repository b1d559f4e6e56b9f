import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { withAnswerTable } from './answerTable.js';
import { bindTables } from './bindTables.js';
import { scoreCountColumns, type ScoreCount, type ScoreName } from './getScoreCounts.js';
import { withJourneyTable } from './journeyTable.js';
import { journeyWindowParams, journeyWindowSpec, type JourneyWindow } from './journeyWindows.js';

/** One row per window `w` and answer. */
const query = defineQuery('getScoreCountsByWindow', import.meta.url, {
  params: { passed: 'text', ...journeyWindowSpec },
  decode: decodeColumns({ w: column.number('w'), ...scoreCountColumns }),
});

/**
 * The score distributions of several journey windows in one query: journeys are selected whole by their
 * first event (see `JourneyWindow`; starts from the cached journey table, `journeyTable.ts`), optionally
 * only those that passed `passedActivity`. The answers come from the cached answer table of the same scope,
 * filter and score (`answerTable.ts`, built on the first call). One distribution per window.
 */
export function getScoreCountsByWindow(
  store: EventStore,
  scope: QueryScope,
  score: ScoreName,
  filter: EventFilter,
  passedActivity: string | undefined,
  windows: readonly JourneyWindow[],
): Promise<ScoreCount[][]> {
  return withJourneyTable(store, scope, filter, (journeys) =>
    withAnswerTable(store, scope, filter, score, journeys, async (answers) => {
      const rows = await runQuery(store, bindTables(query, { answers }), scope, filter, {
        passed: passedActivity ?? '',
        ...journeyWindowParams(windows),
      });
      const result: ScoreCount[][] = windows.map(() => []);
      for (const { w, ...count } of rows) result[w - 1]?.push(count);
      return result;
    }),
  );
}
