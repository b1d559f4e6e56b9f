import type { EventStore } from './openEventStore.js';

export interface DatasetVersion {
  dataset: string;
  version: number;
  importedAtMs: number;
  eventsAdded: number;
  eventsSkipped: number;
}

/** Every version of every dataset (or of one), oldest first. */
export async function listDatasetVersions(store: EventStore, dataset?: string): Promise<DatasetVersion[]> {
  const reader = await store.connection.runAndReadAll(
    `SELECT dataset, dataset_version, epoch_ms(imported_at) AS imported_ms, events_added, events_skipped
     FROM dataset_versions WHERE $dataset IS NULL OR dataset = $dataset ORDER BY dataset, dataset_version`,
    { dataset: dataset ?? null },
  );
  return reader.getRowObjectsJS().map((row) => ({
    dataset: String(row.dataset),
    version: Number(row.dataset_version),
    importedAtMs: Number(row.imported_ms),
    eventsAdded: Number(row.events_added),
    eventsSkipped: Number(row.events_skipped),
  }));
}

/** The latest version of a dataset, or null when it has none. */
export async function getLatestVersion(store: EventStore, dataset: string): Promise<number | null> {
  const reader = await store.connection.runAndReadAll(
    'SELECT max(dataset_version) AS version FROM dataset_versions WHERE dataset = $dataset',
    { dataset },
  );
  const version = reader.getRowObjectsJS()[0]?.version;
  return version === null || version === undefined ? null : Number(version);
}
