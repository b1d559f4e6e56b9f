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

/** Imports rows as one dataset. */
export async function importFixture(
  store: EventStore,
  dataset: string,
  rows: readonly ImportRow[],
): Promise<void> {
  await importEvents(store, dataset, toBatches(rows));
}
