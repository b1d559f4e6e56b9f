import { listDatasetVersions } from '../store/listDatasetVersions.js';
import type { EventStore } from '../store/openEventStore.js';
import { getLogSummary } from '../queries/getLogSummary.js';

/** What a dataset holds over all its versions, as the datasets list shows it. */
export interface DatasetFigures {
  events: number;
  cases: number;
  /** Distinct customers (stitched customer ids, else anonymous ids); 0 when the log names none. */
  customers: number;
  activities: number;
  firstTimestampMs: number | null;
  lastTimestampMs: number | null;
  versions: number;
}

/** Counts a dataset's events, cases, customers and activities and its time span. */
export async function summariseDataset(store: EventStore, datasetKey: string): Promise<DatasetFigures> {
  const [summary, versions, customers] = await Promise.all([
    getLogSummary(store, { dataset: datasetKey }),
    listDatasetVersions(store, datasetKey),
    store.connection.runAndReadAll(
      `SELECT count(DISTINCT coalesce(nullif(customer_id, ''), nullif(anonymous_id, ''))) AS n
       FROM events WHERE dataset = $key`,
      { key: datasetKey },
    ),
  ]);
  return {
    events: summary.events,
    cases: summary.cases,
    customers: Number(customers.getRowObjectsJS()[0]?.n ?? 0),
    activities: summary.activities,
    firstTimestampMs: summary.firstTimestampMs,
    lastTimestampMs: summary.lastTimestampMs,
    versions: versions.length,
  };
}
