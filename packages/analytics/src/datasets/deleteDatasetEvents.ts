import type { EventStore } from '../store/openEventStore.js';

/**
 * Removes every event of a dataset (all versions, journey starts) in one transaction; returns how many.
 * With `prefix`, every dataset whose key starts with `datasetKey` (all of a workspace's: `<workspace id>/`).
 */
export function deleteDatasetEvents(store: EventStore, datasetKey: string, prefix = false): Promise<number> {
  const match = prefix ? 'starts_with(dataset, $key)' : 'dataset = $key';
  return store.runExclusive(async () => {
    const connection = store.connection;
    await connection.run('BEGIN TRANSACTION');
    try {
      const counted = await connection.runAndReadAll(`SELECT count(*) AS n FROM events WHERE ${match}`, {
        key: datasetKey,
      });
      for (const table of ['events', 'dataset_versions', 'journey_starts', 'journey_starts_recorded'])
        await connection.run(`DELETE FROM ${table} WHERE ${match}`, { key: datasetKey });
      await connection.run('COMMIT');
      return Number(counted.getRowObjectsJS()[0]?.n ?? 0);
    } catch (error) {
      await connection.run('ROLLBACK');
      throw error;
    }
  });
}
