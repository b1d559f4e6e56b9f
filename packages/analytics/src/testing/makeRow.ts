import type { ImportRow } from '../import/types.js';

/** A row for hand-made fixtures: case, activity, seconds since the epoch. */
export function makeRow(
  caseId: string,
  activity: string,
  seconds: number,
  extra: Partial<ImportRow> = {},
): ImportRow {
  return {
    eventId: `${caseId}/${activity}/${seconds}`,
    caseId,
    customerId: null,
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
