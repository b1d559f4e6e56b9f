import { defineQuery } from '../engine/defineQuery.js';
import { readNumber, readText } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventStore } from '../store/openEventStore.js';
import type { EventFilter, QueryScope } from './EventFilter.js';

export interface ActivityCount {
  activity: string;
  cases: number;
}

export interface StartEndResult {
  startActivities: ActivityCount[];
  endActivities: ActivityCount[];
}

const query = defineQuery('getStartEnd', import.meta.url);

/** How many cases start and end with each activity, most frequent first. */
export async function getStartEnd(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
): Promise<StartEndResult> {
  const rows = await runQuery(store, query, scope, filter);
  const pick = (side: 'start' | 'end'): ActivityCount[] =>
    rows
      .filter((row) => row.side === side)
      .map((row) => ({ activity: readText(row.activity), cases: readNumber(row.cases) }));
  return { startActivities: pick('start'), endActivities: pick('end') };
}
