import { openPgliteStore } from './openPgliteStore.js';
import { openPostgresStore } from './openPostgresStore.js';
import type { Store, StoreOptions } from './types.js';

/**
 * Opens the workspace store and applies any pending migrations: embedded PGlite (in `dataDir`, or in memory)
 * or a PostgreSQL server. Both engines run the same repositories.
 */
export function openStore(options: StoreOptions): Promise<Store> {
  return options.engine === 'pglite'
    ? openPgliteStore(options.dataDir)
    : openPostgresStore(options.databaseUrl);
}
