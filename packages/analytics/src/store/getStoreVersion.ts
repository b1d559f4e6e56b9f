import type { EventStore } from './openEventStore.js';

/** The DuckDB version behind the store (shown by the server's /api/health). */
export async function getStoreVersion(store: EventStore): Promise<string> {
  const reader = await store.connection.runAndReadAll('SELECT version() AS version');
  const value = reader.getRowObjectsJS()[0]?.version;
  return typeof value === 'string' ? value : String(value);
}
