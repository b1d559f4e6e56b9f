import { column, decodeColumns } from './columns.js';
import { defineQuery } from './defineQuery.js';
import { runQuery } from './runQuery.js';
import type { QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';

const query = defineQuery('prepareCaseTraces', import.meta.url, {
  decode: decodeColumns({ cases: column.number('cases') }),
});

/**
 * Builds the base trace set of `scope` (the cached per-case lists every mining and measure query reads,
 * `caseTraces.ts`) unless it is cached, and says how many cases it holds. The server runs it after an import:
 * the explorer's and the measured map's first answers then skip the build.
 */
export async function prepareCaseTraces(store: EventStore, scope: QueryScope): Promise<number> {
  const [row] = await runQuery(store, query, scope);
  return row?.cases ?? 0;
}
