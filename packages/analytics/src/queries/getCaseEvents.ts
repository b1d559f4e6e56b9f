import { decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import { timelineEventColumns, type TimelineEvent } from '../cx/getCustomerTimeline.js';
import type { EventStore } from '../store/openEventStore.js';
import type { EventFilter, QueryScope } from './EventFilter.js';

export interface CaseEvents {
  caseId: string;
  events: TimelineEvent[];
  /** More events than `limit` exist. */
  truncated: boolean;
}

const query = defineQuery('getCaseEvents', import.meta.url, {
  params: { case_id: 'text', limit: 'number' },
  decode: decodeColumns(timelineEventColumns),
});

/** One case's events in time order (ties in arrival order), with channels, properties and scores. */
export async function getCaseEvents(
  store: EventStore,
  scope: QueryScope,
  caseId: string,
  options: { limit?: number } = {},
  filter: EventFilter = {},
): Promise<CaseEvents> {
  const limit = options.limit ?? 10_000;
  const rows = await runQuery(store, query, scope, filter, { case_id: caseId, limit: limit + 1 });
  return {
    caseId,
    truncated: rows.length > limit,
    events: rows.slice(0, limit),
  };
}
