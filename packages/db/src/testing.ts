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

/**
 * Every row of every table in the database's public schema, each table's rows in a stable order: a
 * snapshot for tests that check a request wrote nothing (compare one taken before with one after).
 */
export async function readAllRows(databaseUrl: string): Promise<Record<string, unknown[]>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    );
    const snapshot: Record<string, unknown[]> = {};
    for (const { name } of tables.rows) {
      const result = await client.query<{ row: unknown }>(
        `select to_jsonb(t) as row from "${name.replaceAll('"', '""')}" t`,
      );
      snapshot[name] = result.rows
        .map((r) => JSON.stringify(r.row))
        .sort()
        .map((r) => JSON.parse(r) as unknown);
    }
    return snapshot;
  } finally {
    await client.end();
  }
}
