import type { EventStore } from './openEventStore.js';

/**
 * Runs an import on a connection of its own: `task` gets the store with `connection` replaced by a new
 * one (closed afterwards). The import's staging tables, appender and transaction then never share a
 * connection with the queries that go on meanwhile on `store.connection` — a query between two appends
 * on one connection breaks the appender, and one inside the import's transaction would read its
 * uncommitted rows.
 */
export async function withImportConnection<T>(
  store: EventStore,
  task: (importing: EventStore) => Promise<T>,
): Promise<T> {
  const connection = await store.connect();
  const importing = new Proxy(store, {
    get: (target, property) =>
      property === 'connection' ? connection : (Reflect.get(target, property, target) as unknown),
  });
  try {
    return await task(importing);
  } finally {
    connection.closeSync();
  }
}
