import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { ParamsOf } from '../engine/SqlValue.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import { wilsonInterval } from '../stats/wilsonInterval.js';
import type { Estimate } from '../stats/types.js';
import type { EventStore } from '../store/openEventStore.js';
import { contactParams, type ContactDefinition } from './contactTable.js';
import { propertyNeedle } from './journeyWindows.js';
import { toPropertyPath } from './propertyPath.js';

/** What makes two contacts "the same question": the topic property, the channel, or any contact. */
export type RepeatKey = 'topic' | 'channel' | 'any';

/**
 * How service contacts, repeats, resolution and complaints are recognised. Defaults: a contact is any
 * event on the `phone` or `chat` channel; a repeat is a contact of the same customer about the same
 * topic within 7 days; `resolved = "false"` marks an unresolved contact; a complaint is a `Complaint Filed`
 * event or any event with `complaint = "true"`.
 */
export interface ServiceMetricsOptions {
  contactChannels?: readonly string[];
  /** Only these activities count as contacts (e.g. `Inbound Call`, `Chat Started`); all when omitted. */
  contactActivities?: readonly string[];
  repeatWindowDays?: number;
  repeatKey?: RepeatKey;
  topicProperty?: string;
  resolvedProperty?: string;
  complaintActivities?: readonly string[];
  complaintProperty?: string;
}

/** The raw counts behind the service metrics (what `compareWindows` tests). */
export interface ServiceCounts {
  journeys: number;
  journeysWithContact: number;
  contacts: number;
  /** Contacts preceded by a contact of the same customer and key within the window. */
  repeatContacts: number;
  /** Journeys whose first contact is followed by another (same customer and key) within the window. */
  firstContactsFollowedUp: number;
  /** Journeys whose first contact was not followed up and not marked unresolved. */
  resolvedFirstContacts: number;
  journeysWithComplaint: number;
  complaints: number;
}

export interface ServiceMetrics extends ServiceCounts {
  /** repeatContacts / contacts. */
  repeatContactRate: Estimate;
  /** firstContactsFollowedUp / journeysWithContact: the share of first contacts that needed a repeat. */
  firstContactRepeatRate: Estimate;
  /** First-contact resolution: resolvedFirstContacts / journeysWithContact. */
  firstContactResolution: Estimate;
  /** journeysWithComplaint / journeys. */
  complaintRate: Estimate;
  contactsPerJourney: number;
  contactsPerContactJourney: number;
  repeatWindowDays: number;
}

/** The parameters of the service counts (this query and `getServiceCountsByWindow`) beside the contacts'. */
export const serviceCountParams = {
  window_ms: 'number',
  complaint_activities: 'textList',
  complaint_path: 'text',
  complaint_needle: 'text',
  all_journeys: 'boolean',
} as const;

/** The columns of a row of service counts (this query and `getServiceCountsByWindow`). */
export const serviceCountColumns = {
  journeys: column.number('journeys'),
  journeysWithContact: column.number('journeys_with_contact'),
  contacts: column.number('contacts'),
  repeatContacts: column.number('repeat_contacts'),
  firstContactsFollowedUp: column.number('first_contacts_followed_up'),
  resolvedFirstContacts: column.number('resolved_first_contacts'),
  journeysWithComplaint: column.number('journeys_with_complaint'),
  complaints: column.number('complaints'),
};

const query = defineQuery('getServiceMetrics', import.meta.url, {
  params: { ...contactParams, ...serviceCountParams },
  decode: decodeColumns(serviceCountColumns),
});

/**
 * The service count parameters of the service count queries (this one and `getServiceCountsByWindow`; the
 * contacts are `toContactDefinition`'s). `contactsOnly`: only the contact counts (contacts, repeats, first
 * contacts) are computed; `journeys`, `journeysWithComplaint` and `complaints` are 0.
 */
export function toServiceCountParams(
  options: ServiceMetricsOptions,
  contactsOnly: boolean,
): ParamsOf<typeof serviceCountParams> {
  const complaintKey = options.complaintProperty ?? 'complaint';
  return {
    window_ms: (options.repeatWindowDays ?? 7) * 86_400_000,
    complaint_activities: options.complaintActivities ?? ['Complaint Filed'],
    complaint_path: toPropertyPath(complaintKey),
    complaint_needle: propertyNeedle(complaintKey),
    all_journeys: !contactsOnly,
  };
}

/** What makes an event a contact and how it is keyed (the parameters of `contactEvents.duckdb.sql`). */
export function toContactDefinition(options: ServiceMetricsOptions): ContactDefinition {
  return {
    contact_channels: options.contactChannels ?? ['phone', 'chat'],
    contact_activities: options.contactActivities ?? [],
    any_activity: options.contactActivities === undefined,
    repeat_key: options.repeatKey ?? 'topic',
    topic_path: toPropertyPath(options.topicProperty ?? 'topic'),
    resolved_path: toPropertyPath(options.resolvedProperty ?? 'resolved'),
  };
}

/**
 * Reads the service counts of all journeys in scope (one aggregated row; `contactsOnly`: see
 * `toServiceCountParams`).
 */
export async function getServiceCounts(
  store: EventStore,
  scope: QueryScope,
  options: ServiceMetricsOptions = {},
  filter: EventFilter = {},
  { contactsOnly = false }: { contactsOnly?: boolean } = {},
): Promise<ServiceCounts> {
  const [row] = await runQuery(store, query, scope, filter, {
    ...toContactDefinition(options),
    ...toServiceCountParams(options, contactsOnly),
  });
  if (!row) throw new Error('getServiceMetrics returned no row');
  return row;
}

/** Repeat contacts, first-contact resolution, contacts per journey and complaint rate, with Wilson intervals. */
export async function getServiceMetrics(
  store: EventStore,
  scope: QueryScope,
  options: ServiceMetricsOptions = {},
  filter: EventFilter = {},
): Promise<ServiceMetrics> {
  const counts = await getServiceCounts(store, scope, options, filter);
  return {
    ...counts,
    repeatContactRate: wilsonInterval(counts.repeatContacts, counts.contacts),
    firstContactRepeatRate: wilsonInterval(counts.firstContactsFollowedUp, counts.journeysWithContact),
    firstContactResolution: wilsonInterval(counts.resolvedFirstContacts, counts.journeysWithContact),
    complaintRate: wilsonInterval(counts.journeysWithComplaint, counts.journeys),
    contactsPerJourney: counts.journeys ? counts.contacts / counts.journeys : 0,
    contactsPerContactJourney: counts.journeysWithContact ? counts.contacts / counts.journeysWithContact : 0,
    repeatWindowDays: options.repeatWindowDays ?? 7,
  };
}
