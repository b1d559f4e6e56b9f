import type { ImportRow } from '../import/types.js';
import { importEvents } from '../store/importEvents.js';
import type { EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';

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
  return {
    eventId: `fx-${++counter}`,
    caseId,
    customerId,
    anonymousId: null,
    tsMs: seconds * 1000,
    startTsMs: null,
    activity,
    channel: null,
    source: 'test',
    properties: null,
    nps: null,
    csat: null,
    ces: null,
    ...extra,
  };
}

/** Imports rows as one dataset. */
export async function importFixture(
  store: EventStore,
  dataset: string,
  rows: readonly ImportRow[],
): Promise<void> {
  await importEvents(store, dataset, toBatches(rows));
}
