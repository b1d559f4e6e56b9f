import { defineQuery } from '../engine/defineQuery.js';
import { readNullableNumber, readNumber, readText } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { TimelineEvent } from '../cx/getCustomerTimeline.js';
import type { EventStore } from '../store/openEventStore.js';
import type { EventFilter, QueryScope } from './EventFilter.js';

export interface CaseEvents {
  caseId: string;
  events: TimelineEvent[];
  /** More events than `limit` exist. */
  truncated: boolean;
}

const query = defineQuery('getCaseEvents', import.meta.url);

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
    events: rows.slice(0, limit).map((row) => ({
      eventId: readText(row.event_id),
      customerId: row.customer_id === null ? null : readText(row.customer_id),
      anonymousId: row.anonymous_id === null ? null : readText(row.anonymous_id),
      caseId: readText(row.case_id),
      tsMs: readNumber(row.ts_ms),
      activity: readText(row.activity),
      channel: row.channel === null ? null : readText(row.channel),
      source: readText(row.source),
      properties:
        typeof row.properties === 'string' ? (JSON.parse(row.properties) as Record<string, unknown>) : null,
      nps: readNullableNumber(row.nps),
      csat: readNullableNumber(row.csat),
      ces: readNullableNumber(row.ces),
    })),
  };
}
