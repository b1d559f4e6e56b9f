import type { ImportRow } from '../import/types.js';
import { importEvents } from '../store/importEvents.js';
import type { EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';

export const daySeconds = 86_400;
let counter = 0;

/** A fixture event: journey, customer, activity, seconds since the epoch, plus any other field. */
export function makeEvent(
  caseId: string,
  customerId: string | null,
  activity: string,
  seconds: number,
  extra: Partial<ImportRow> = {},
): ImportRow {
  return makeRow(caseId, activity, seconds, { eventId: `fx-${++counter}`, customerId, ...extra });
}

// The journeys of the before/after fixtures (one customer per journey; days since the epoch).
export const windowA = { timeRange: { fromMs: 0, toMs: 10 * daySeconds * 1000 } };
export const windowB = { timeRange: { fromMs: 10 * daySeconds * 1000, toMs: 20 * daySeconds * 1000 } };
export const visit = (caseId: string, d: number): ImportRow =>
  makeEvent(caseId, caseId, 'Visit', d * daySeconds, { channel: 'web' });
export const order = (caseId: string, d: number): ImportRow =>
  makeEvent(caseId, caseId, 'Order', d * daySeconds, { channel: 'web' });
export const answer = (caseId: string, d: number, nps: number): ImportRow =>
  makeEvent(caseId, caseId, 'Survey', d * daySeconds, { channel: 'email', nps });
export const billingCall = (caseId: string, d: number): ImportRow =>
  makeEvent(caseId, caseId, 'Call', d * daySeconds, { channel: 'phone', properties: { topic: 'billing' } });

/** Imports rows as one dataset. */
export async function importFixture(
  store: EventStore,
  dataset: string,
  rows: readonly ImportRow[],
): Promise<void> {
  await importEvents(store, dataset, toBatches(rows));
}
