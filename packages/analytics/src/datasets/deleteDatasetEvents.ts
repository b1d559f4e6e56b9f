import type { EventStore } from '../store/openEventStore.js';

/** Removes every event of a dataset (all versions, journey starts) in one transaction; returns how many. */
export function deleteDatasetEvents(store: EventStore, datasetKey: string): Promise<number> {
  return store.runExclusive(async () => {
    const connection = store.connection;
    await connection.run('BEGIN TRANSACTION');
    try {
      const counted = await connection.runAndReadAll(
        'SELECT count(*) AS n FROM events WHERE dataset = $key',
        {
          key: datasetKey,
        },
      );
      for (const table of ['events', 'dataset_versions', 'journey_starts', 'journey_starts_recorded'])
        await connection.run(`DELETE FROM ${table} WHERE dataset = $key`, { key: datasetKey });
      await connection.run('COMMIT');
      return Number(counted.getRowObjectsJS()[0]?.n ?? 0);
    } catch (error) {
      await connection.run('ROLLBACK');
      throw error;
    }
  });
}
