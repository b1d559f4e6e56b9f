import { ignoreRow } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { bindTables } from './bindTables.js';
import type { ScoreName } from './getScoreCounts.js';

const tableQuery = defineQuery('answerTable', import.meta.url, {
  params: { score: 'text' },
  decode: ignoreRow,
});

/**
 * Calls `use` with the answer table of `scope` + `filter` and `score` (`answerTable.duckdb.sql`: per answered
 * journey its last answer and its start from `journeys`, the journey table of the same scope and filter),
 * built once and cached (the backend's `withCachedTables`). Queries name it `{{answers}}`.
 */
export function withAnswerTable<T>(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter,
  score: ScoreName,
  journeys: string,
  use: (table: string) => Promise<T>,
): Promise<T> {
  const key = JSON.stringify([scope.dataset, scope.version ?? null, filter, score]);
  const build = ({ answers: table }: { answers: string }) =>
    runQuery(store, bindTables(tableQuery, { answers: table, journeys }), scope, filter, { score });
  return store.backend.withCachedTables({ kind: 'answers', key, names: ['answers'], build }, (tables) =>
    use(tables.answers),
  );
}
