import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { assessConformance, type ConformanceResult, type DesignedJourney } from './assessConformance.js';

export interface ConformanceOptions {
  /** Activities left out before comparing (e.g. `Identify`, technical events). */
  ignoreActivities?: readonly string[];
}

const query = defineQuery('checkConformance', import.meta.url, {
  params: { ignored: 'textList' },
  decode: decodeColumns({ activities: column.textList('activities'), journeys: column.number('journeys') }),
});

/**
 * How far actual journeys follow a designed map: the share that fits, how often each step is skipped,
 * unexpected activities (and after which step), and reorderings. Reads variants, not events.
 */
export async function checkConformance(
  store: EventStore,
  scope: QueryScope,
  design: DesignedJourney,
  options: ConformanceOptions = {},
  filter: EventFilter = {},
): Promise<ConformanceResult> {
  const rows = await runQuery(store, query, scope, filter, { ignored: options.ignoreActivities ?? [] });
  return assessConformance(rows, design);
}
