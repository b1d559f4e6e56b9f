import { defineQuery } from '../engine/defineQuery.js';
import { readNullableNumber, readNumber, readText } from '../engine/readRow.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventStore } from '../store/openEventStore.js';
import type { EventFilter, QueryScope } from './EventFilter.js';

export interface StepTime {
  activity: string;
  events: number;
  /** Time since the previous event of the same case; null when the activity only ever starts cases. */
  meanWaitingSeconds: number | null;
  medianWaitingSeconds: number | null;
  /** From the event's start time to its time; null when the source has no start times. */
  meanDurationSeconds: number | null;
  medianDurationSeconds: number | null;
}

const query = defineQuery('getStepTimes', import.meta.url);

/** Waiting time before, and duration of, each activity. */
export async function getStepTimes(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
): Promise<StepTime[]> {
  const rows = await runQuery(store, query, scope, filter);
  return rows.map((row) => ({
    activity: readText(row.activity),
    events: readNumber(row.events),
    meanWaitingSeconds: readNullableNumber(row.mean_waiting_seconds),
    medianWaitingSeconds: readNullableNumber(row.median_waiting_seconds),
    meanDurationSeconds: readNullableNumber(row.mean_duration_seconds),
    medianDurationSeconds: readNullableNumber(row.median_duration_seconds),
  }));
}
