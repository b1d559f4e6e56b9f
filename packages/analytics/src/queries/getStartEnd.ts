import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
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

const query = defineQuery('getStartEnd', import.meta.url, {
  decode: decodeColumns({
    side: column.text('side'),
    activity: column.text('activity'),
    cases: column.number('cases'),
  }),
});

/** How many cases start and end with each activity, most frequent first. */
export async function getStartEnd(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
): Promise<StartEndResult> {
  const rows = await runQuery(store, query, scope, filter);
  const pick = (side: 'start' | 'end'): ActivityCount[] =>
    rows.filter((row) => row.side === side).map((row) => ({ activity: row.activity, cases: row.cases }));
  return { startActivities: pick('start'), endActivities: pick('end') };
}
