import { readFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/** The event store: one DuckDB database (a file, or in memory) holding the canonical event table. */
export interface EventStore {
  readonly path: string;
  readonly connection: DuckDBConnection;
  /** Runs `task` after every earlier exclusive task finished (imports write one at a time). */
  runExclusive<T>(task: () => Promise<T>): Promise<T>;
  close(): void;
}

export interface OpenEventStoreOptions {
  /** A database file; in memory when omitted or `:memory:`. */
  path?: string;
  /** DuckDB threads (default: DuckDB's own choice). */
  threads?: number;
}

const schemaSql = readFileSync(new URL('./schema.duckdb.sql', import.meta.url), 'utf8');

/** Opens (and creates when needed) an event store. */
export async function openEventStore(options: OpenEventStoreOptions = {}): Promise<EventStore> {
  const path = options.path ?? ':memory:';
  const config: Record<string, string> = {};
  if (options.threads !== undefined) config.threads = String(options.threads);
  const instance = await DuckDBInstance.create(path, config);
  const connection = await instance.connect();
  await connection.run("SET TimeZone = 'UTC'");
  await connection.run(schemaSql);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    path,
    connection,
    runExclusive<T>(task: () => Promise<T>): Promise<T> {
      const next = queue.then(task, task);
      queue = next.catch(() => undefined);
      return next;
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
