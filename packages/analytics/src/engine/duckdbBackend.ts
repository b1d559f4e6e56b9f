import { readFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
  backfillJourneyStarts,
  readJourneyStartsCoverage,
  recordJourneyStarts,
} from '../store/recordJourneyStarts.js';
import { latestVersion, runDuckdbQuery } from './duckdbAdapter.js';
import type { EventBackend } from './EventBackend.js';
import { createTableCache } from './withCachedTables.js';

/** The DuckDB backend: one database (a file, or in memory) holding the store's tables. */
export interface DuckdbBackend extends EventBackend<DuckDBConnection> {
  readonly kind: 'duckdb';
}

const schemaSql = readFileSync(new URL('../store/schema.duckdb.sql', import.meta.url), 'utf8');

/**
 * Opens (and creates when needed) the DuckDB database at `path` (`:memory:` in memory) with `config` (DuckDB
 * settings), on connections in UTC; applies the store's schema (`store/schema.duckdb.sql`) and, when the
 * database predates the recorded journey starts, fills them (`store/recordJourneyStarts.ts`).
 */
export async function openDuckdbBackend(
  path: string,
  config: Readonly<Record<string, string>> = {},
): Promise<DuckdbBackend> {
  const instance = await DuckDBInstance.create(path, { ...config });
  const connect = async (): Promise<DuckDBConnection> => {
    const opened = await instance.connect();
    await opened.run("SET TimeZone = 'UTC'");
    return opened;
  };
  const connection = await connect();
  const hadJourneyStarts =
    (
      await connection.runAndReadAll(
        "SELECT count(*) AS n FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'journey_starts_recorded'",
      )
    ).getRowObjectsJS()[0]?.n !== 0n;
  await connection.run(schemaSql);
  if (!hadJourneyStarts) await backfillJourneyStarts(connection);
  let changeCount = 0;
  const cache = createTableCache({
    get changeCount() {
      return changeCount;
    },
    async readFingerprint() {
      const reader = await connection.runAndReadAll('SELECT count(*), max(seq) FROM events');
      const row = reader.getRows()[0] ?? [];
      return { key: `${String(row[0])}/${String(row[1])}`, events: Number(row[0]) };
    },
    async dropTable(table) {
      await connection.run(`DROP TABLE IF EXISTS ${table}`);
    },
  });
  const backend: DuckdbBackend = {
    kind: 'duckdb',
    connection,
    connect,
    run: (query, scope, filter, params) => runDuckdbQuery(backend, query, scope, filter, params),
    get changeCount() {
      return changeCount;
    },
    markChanged() {
      changeCount++;
    },
    withCachedTables: (spec, use) => cache.withCachedTables(spec, use),
    listCachedTables: (kind) => cache.listCachedTables(kind),
    recordJourneyStarts: (writer, dataset, version, events, starts) =>
      recordJourneyStarts(writer, dataset, version, events, starts),
    readJourneyStartsCoverage: (scope) =>
      readJourneyStartsCoverage(connection, scope.dataset, scope.version ?? latestVersion),
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
  return backend;
}
