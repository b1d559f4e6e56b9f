import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { SqlQuery } from './defineQuery.js';
import type { SqlParams, SqlRow } from './SqlValue.js';
import type { CachedTables } from './withCachedTables.js';

/** The backends a query can carry SQL for (`<name>.<backend>.sql`). */
export type Backend = 'duckdb';

/** Whether a version's recorded journey starts can stand in for aggregating the events. */
export interface JourneyStartsCoverage {
  /** The recorded starts account for every event of the store (no write outside an import since). */
  complete: boolean;
  /** How many recorded versions of the scope's dataset, up to its version, added events. */
  versions: number;
}

/**
 * What a backend of the event store provides. `openEventStore` creates one (`store.backend`; the one place
 * that picks the backend); `runQuery`, the cached tables of `caseTraces.ts` and `cx/` and the importers'
 * journey starts reach the events only through it. `Connection` is the backend's own handle (DuckDB: a
 * `DuckDBConnection`).
 */
export interface EventBackend<Connection = unknown> extends CachedTables {
  readonly kind: Backend;
  /** The connection the queries run on (their cached tables live on it). */
  readonly connection: Connection;
  /** A further connection (the caller closes it): its open transaction stays invisible to the queries. */
  connect(): Promise<Connection>;
  /**
   * Runs a query's SQL for this backend on the events of `scope` after `filter` (the backend compiles them
   * into the SQL's `{{events}}`, and into its cached traces when the SQL names them), with `params` bound;
   * the rows come back normalised (integers as numbers, lists as arrays), not yet decoded. (DuckDB binds a
   * list as VARCHAR[] by its value; `query.params` has every parameter's kind.)
   */
  run(query: SqlQuery, scope: QueryScope, filter: EventFilter, params: SqlParams): Promise<SqlRow[]>;
  /**
   * Goes up whenever the events may have changed (`markChanged()`; the store calls it when an import starts
   * and ends). Cached tables are only reused while it stays.
   */
  readonly changeCount: number;
  markChanged(): void;
  /**
   * Records the first event of each journey among the `events` events that `version` of `dataset` added,
   * inside that version's write on `connection`. `starts`, when the loader has them at hand, is a SELECT of
   * (`case_id`, `start_us`) in the backend's SQL; otherwise they are aggregated from the version's events.
   */
  recordJourneyStarts(
    connection: Connection,
    dataset: string,
    version: number,
    events: number,
    starts?: string,
  ): Promise<void>;
  /** Whether the recorded starts cover the store's events, and how many versions of the scope added events. */
  readJourneyStartsCoverage(scope: QueryScope): Promise<JourneyStartsCoverage>;
  /** Closes the connection and the database (the cached tables go with them). */
  close(): void;
}
