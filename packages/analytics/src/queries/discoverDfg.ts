import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventStore } from '../store/openEventStore.js';
import type { EventFilter, QueryScope } from './EventFilter.js';

export interface DfgEdge {
  from: string;
  to: string;
  /** How often `to` directly follows `from` inside a case. */
  count: number;
  meanSeconds: number;
  medianSeconds: number;
}

const query = defineQuery('discoverDfg', import.meta.url, {
  decode: decodeColumns({
    from: column.text('from_activity'),
    to: column.text('to_activity'),
    count: column.number('edge_count'),
    meanSeconds: column.number('mean_seconds'),
    medianSeconds: column.number('median_seconds'),
  }),
});

/** The directly-follows graph: edge counts with mean and median waiting seconds, most frequent first. */
export async function discoverDfg(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
): Promise<DfgEdge[]> {
  return runQuery(store, query, scope, filter);
}
