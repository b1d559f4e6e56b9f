import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { nameStagingDir } from '../staging/createStagingDir.js';
import { removeStaleStagingDirs } from '../staging/removeStaleStagingDirs.js';
import { backfillJourneyStarts } from './recordJourneyStarts.js';

/** The event store: one DuckDB database (a file, or in memory) holding the canonical event table. */
export interface EventStore {
  readonly path: string;
  /**
   * Where imports put their staging folders (`staging/createStagingDir.ts`): the database file's folder, or
   * the OS temp dir for a store in memory.
   */
  readonly stagingRoot: string;
  readonly connection: DuckDBConnection;
  /**
   * A further connection to the same database (the caller closes it): its open transaction stays invisible
   * to the queries on `connection` until it commits.
   */
  connect(): Promise<DuckDBConnection>;
  /** Runs `task` after every earlier exclusive task finished (imports write one at a time). */
  runExclusive<T>(task: () => Promise<T>): Promise<T>;
  /**
   * Goes up whenever the events may have changed: when an exclusive task (every import) starts and ends,
   * and on `markChanged()`. Query sets cached per store (`engine/caseTraces.ts`) are only reused while it stays.
   */
  readonly changeCount: number;
  /**
   * Tells the store its events changed outside `runExclusive` (e.g. a raw `INSERT INTO events`): cached
   * query sets are dropped.
   */
  markChanged(): void;
  close(): void;
}

export interface OpenEventStoreOptions {
  /** A database file; in memory when omitted or `:memory:`. */
  path?: string;
  /** DuckDB threads (default: DuckDB's own choice). */
  threads?: number;
  /**
   * DuckDB's `memory_limit` (e.g. `'2GB'`; default: DuckDB's, 80 % of RAM). It counts an in-memory store's
   * own events too; above it DuckDB spills to temp files (for an in-memory store, a staging folder under
   * the OS temp dir, created by DuckDB when it first spills and removed on close; for a file, `<path>.tmp`).
   */
  memoryLimit?: string;
}

const schemaSql = readFileSync(new URL('./schema.duckdb.sql', import.meta.url), 'utf8');

/**
 * Opens (and creates when needed) an event store. First removes the staging folders that killed processes
 * left under the store's staging root and the OS temp dir (`staging/removeStaleStagingDirs.ts`).
 */
export async function openEventStore(options: OpenEventStoreOptions = {}): Promise<EventStore> {
  const path = options.path ?? ':memory:';
  const inMemory = path === ':memory:';
  const stagingRoot = inMemory ? tmpdir() : dirname(resolve(path));
  for (const root of new Set([stagingRoot, tmpdir()])) removeStaleStagingDirs(root);
  const config: Record<string, string> = {};
  if (options.threads !== undefined) config.threads = String(options.threads);
  // an in-memory store spills (when its events outgrow the memory limit) into a staging folder of its own,
  // not into DuckDB's default `.tmp` under the working directory
  const spillDir = inMemory ? nameStagingDir(stagingRoot) : undefined;
  if (spillDir) config.temp_directory = spillDir;
  if (options.memoryLimit !== undefined) {
    config.memory_limit = options.memoryLimit;
    // Give freed memory back to the OS promptly, so that the process stays near the cap between queries.
    config.allocator_background_threads = 'true';
  }
  const instance = await DuckDBInstance.create(path, config);
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
  let queue: Promise<unknown> = Promise.resolve();
  let changeCount = 0;
  const tracked = async <T>(task: () => Promise<T>): Promise<T> => {
    changeCount++;
    try {
      return await task();
    } finally {
      changeCount++;
    }
  };
  return {
    path,
    stagingRoot,
    connection,
    connect,
    runExclusive<T>(task: () => Promise<T>): Promise<T> {
      const run = () => tracked(task);
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    get changeCount() {
      return changeCount;
    },
    markChanged() {
      changeCount++;
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      if (spillDir) rmSync(spillDir, { recursive: true, force: true });
    },
  };
}
