import { randomBytes } from 'node:crypto';
import pg from 'pg';

const DEFAULT_BASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';
const START_HINT = 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start';

export interface TestDatabase {
  /** Connection string of the fresh, empty database. */
  databaseUrl: string;
  /** Drops the database, closing any connections still open to it. */
  drop(): Promise<void>;
}

function describeAddress(url: URL): string {
  return `${url.hostname}:${url.port || '5432'}`;
}

async function runAdminStatement(baseUrl: URL, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl.toString() });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL is not reachable at ${describeAddress(baseUrl)} (${reason}). ` +
        `Start it with: ${START_HINT} — or point TEST_DATABASE_URL at a server.`,
      { cause: error },
    );
  }
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Creates a fresh database `trailmap_test_<random>` on the server at `TEST_DATABASE_URL`
 * (default postgresql://postgres@127.0.0.1:5432/postgres). Fails loudly when the server is down.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = new URL(process.env['TEST_DATABASE_URL'] ?? DEFAULT_BASE_URL);
  const name = `trailmap_test_${randomBytes(6).toString('hex')}`;
  await runAdminStatement(baseUrl, `create database "${name}"`);
  const databaseUrl = new URL(baseUrl.toString());
  databaseUrl.pathname = `/${name}`;
  return {
    databaseUrl: databaseUrl.toString(),
    drop: () => runAdminStatement(baseUrl, `drop database if exists "${name}" with (force)`),
  };
}
