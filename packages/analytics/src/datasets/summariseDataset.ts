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

/** Counts a dataset's events, cases, customers and activities and its time span (latest version). */
export async function summariseDataset(store: EventStore, datasetKey: string): Promise<DatasetFigures> {
  const versions = await listDatasetVersions(store, datasetKey);
  // Scoped to the latest version by its number, as the query API asks: the summary builds the dataset's
  // base trace set (engine/caseTraces.ts), which the explorer's first view then finds ready.
  const [summary, customers] = await Promise.all([
    getLogSummary(store, { dataset: datasetKey, version: versions.at(-1)?.version ?? 0 }),
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
