import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { bindStore } from './bindStore.js';
import { countAppliedMigrations, MIGRATIONS_FOLDER, readServerVersion, type RunSql } from './migrations.js';
import type { Store } from './types.js';

/** Opens a PostgreSQL server through a connection pool and migrates its schema. */
export async function openPostgresStore(databaseUrl: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: databaseUrl });
  // An idle connection that breaks (server restart) is dropped by the pool; the next query reports the problem.
  pool.on('error', () => undefined);
  try {
    const db = drizzle({ client: pool });
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const runSql: RunSql = async (text) => (await pool.query<Record<string, unknown>>(text)).rows;
    return bindStore(db, {
      info: async () => ({
        engine: 'postgres',
        version: await readServerVersion(runSql),
        schemaVersion: await countAppliedMigrations(runSql),
      }),
      close: () => pool.end(),
    });
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}
