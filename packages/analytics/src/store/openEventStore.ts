import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDuckdbBackend, type DuckdbBackend } from '../engine/duckdbBackend.js';
import { nameStagingDir } from '../staging/createStagingDir.js';
import { removeStaleStagingDirs } from '../staging/removeStaleStagingDirs.js';

/**
 * The event store: one DuckDB database (a file, or in memory) holding the canonical event table. Queries,
 * cached tables and journey starts go through its `backend` (`engine/EventBackend.ts`); `connection`,
 * `connect`, `changeCount`, `markChanged` and `close` are the backend's.
 */
export interface EventStore {
  readonly path: string;
  /** The backend the store runs on (picked here, when the store is opened). */
  readonly backend: DuckdbBackend;
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
   * and on `markChanged()`. Tables cached per store (`engine/withCachedTables.ts`) are only reused while it
   * stays.
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
  const backend = await openDuckdbBackend(path, config);
  let queue: Promise<unknown> = Promise.resolve();
  const tracked = async <T>(task: () => Promise<T>): Promise<T> => {
    backend.markChanged();
    try {
      return await task();
    } finally {
      backend.markChanged();
    }
  };
  return {
    path,
    stagingRoot,
    backend,
    connection: backend.connection,
    connect: () => backend.connect(),
    runExclusive<T>(task: () => Promise<T>): Promise<T> {
      const run = () => tracked(task);
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    get changeCount() {
      return backend.changeCount;
    },
    markChanged() {
      backend.markChanged();
    },
    close() {
      backend.close();
      if (spillDir) rmSync(spillDir, { recursive: true, force: true });
    },
  };
}
