import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { IdentityMap } from '../identity/types.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';

export interface TimelineOptions {
  /** Stitched identities: the customer's merged user and anonymous ids are read too. */
  identities?: IdentityMap;
  /** At most this many events (the earliest); default 10,000. */
  limit?: number;
}

export interface TimelineEvent {
  eventId: string;
  /** The customer id as stored on the event (null for anonymous events). */
  customerId: string | null;
  anonymousId: string | null;
  caseId: string;
  tsMs: number;
  activity: string;
  channel: string | null;
  source: string;
  properties: Record<string, unknown> | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
}

export interface TimelineJourney {
  caseId: string;
  firstTsMs: number;
  lastTsMs: number;
  events: number;
  channels: string[];
  /** The journey's last NPS answer, if any. */
  nps: number | null;
}

export interface CustomerTimeline {
  /** The canonical customer id (after stitching when identities are given). */
  customerId: string;
  userIds: string[];
  anonymousIds: string[];
  events: TimelineEvent[];
  journeys: TimelineJourney[];
  channels: string[];
  truncated: boolean;
}

/** The columns of an event row (`getCustomerTimeline.duckdb.sql`, `queries/getCaseEvents.duckdb.sql`). */
export const timelineEventColumns = {
  eventId: column.text('event_id'),
  customerId: column.nullableText('customer_id'),
  anonymousId: column.nullableText('anonymous_id'),
  caseId: column.text('case_id'),
  tsMs: column.number('ts_ms'),
  activity: column.text('activity'),
  channel: column.nullableText('channel'),
  source: column.text('source'),
  properties: column.jsonObject('properties'),
  nps: column.nullableNumber('nps'),
  csat: column.nullableNumber('csat'),
  ces: column.nullableNumber('ces'),
};

const query = defineQuery('getCustomerTimeline', import.meta.url, {
  params: { customer_ids: 'textList', anonymous_ids: 'textList', limit: 'number' },
  decode: decodeColumns(timelineEventColumns),
});

/** One customer's events across channels in time order, with their journeys and scores. */
export async function getCustomerTimeline(
  store: EventStore,
  scope: QueryScope,
  customerId: string,
  options: TimelineOptions = {},
  filter: EventFilter = {},
): Promise<CustomerTimeline> {
  const canonical = options.identities?.customerIdOf.get(customerId) ?? customerId;
  const merged = options.identities?.customers.get(canonical);
  const userIds = merged ? [...merged.userIds] : [customerId];
  if (!userIds.includes(canonical)) userIds.push(canonical);
  const anonymousIds = merged ? [...merged.anonymousIds] : [];
  const limit = options.limit ?? 10_000;
  const rows = await runQuery(store, query, scope, filter, {
    customer_ids: userIds,
    // An id the map does not know stands for itself, as a user id or an anonymous id.
    anonymous_ids: merged ? anonymousIds : [customerId],
    limit: limit + 1,
  });
  const events: TimelineEvent[] = rows.slice(0, limit);
  const journeys = new Map<string, TimelineJourney>();
  for (const event of events) {
    const journey = journeys.get(event.caseId) ?? {
      caseId: event.caseId,
      firstTsMs: event.tsMs,
      lastTsMs: event.tsMs,
      events: 0,
      channels: [],
      nps: null,
    };
    journey.lastTsMs = event.tsMs;
    journey.events++;
    if (event.channel && !journey.channels.includes(event.channel)) journey.channels.push(event.channel);
    if (event.nps !== null) journey.nps = event.nps;
    journeys.set(event.caseId, journey);
  }
  return {
    customerId: canonical,
    userIds: userIds.sort(),
    anonymousIds,
    events,
    journeys: [...journeys.values()].sort(
      (a, b) => a.firstTsMs - b.firstTsMs || (a.caseId < b.caseId ? -1 : 1),
    ),
    channels: [...new Set(events.map((e) => e.channel).filter((c): c is string => c !== null))].sort(),
    truncated: rows.length > limit,
  };
}
