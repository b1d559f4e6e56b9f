import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { bindStore } from './bindStore.js';
import { countAppliedMigrations, MIGRATIONS_FOLDER, readServerVersion, type RunSql } from './migrations.js';
import type { Store } from './types.js';

/** Opens embedded PostgreSQL (PGlite) in `dataDir`, created if missing, or in memory, and migrates it. */
export async function openPgliteStore(dataDir?: string): Promise<Store> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const client = dataDir === undefined ? new PGlite() : new PGlite(dataDir);
  try {
    const db = drizzle({ client });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const runSql: RunSql = async (text) => (await client.query<Record<string, unknown>>(text)).rows;
    return bindStore(db, {
      info: async () => ({
        engine: 'pglite',
        version: await readServerVersion(runSql),
        schemaVersion: await countAppliedMigrations(runSql),
      }),
      close: () => client.close(),
    });
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
}
