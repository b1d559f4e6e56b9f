import { defineQuery } from '../engine/defineQuery.js';
import { readNumber, readText } from '../engine/readRow.js';
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

const query = defineQuery('discoverDfg', import.meta.url);

/** The directly-follows graph: edge counts with mean and median waiting seconds, most frequent first. */
export async function discoverDfg(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
): Promise<DfgEdge[]> {
  const rows = await runQuery(store, query, scope, filter);
  return rows.map((row) => ({
    from: readText(row.from_activity),
    to: readText(row.to_activity),
    count: readNumber(row.edge_count),
    meanSeconds: readNumber(row.mean_seconds),
    medianSeconds: readNumber(row.median_seconds),
  }));
}
