import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
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

const query = defineQuery('getStepTimes', import.meta.url, {
  decode: decodeColumns({
    activity: column.text('activity'),
    events: column.number('events'),
    meanWaitingSeconds: column.nullableNumber('mean_waiting_seconds'),
    medianWaitingSeconds: column.nullableNumber('median_waiting_seconds'),
    meanDurationSeconds: column.nullableNumber('mean_duration_seconds'),
    medianDurationSeconds: column.nullableNumber('median_duration_seconds'),
  }),
});

/** Waiting time before, and duration of, each activity. */
export async function getStepTimes(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
): Promise<StepTime[]> {
  return runQuery(store, query, scope, filter);
}
