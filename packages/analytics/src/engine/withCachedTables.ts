import type { EventStore } from '../store/openEventStore.js';

/**
 * Temp tables derived from a store's events (the case traces of `caseTraces.ts`; the journeys, contacts
 * and answers of `cx/journeyTable.ts`, `contactTable.ts`, `answerTable.ts`), built once per key and reused
 * until the store changes: a set is reused only while the backend's `changeCount` and the events' row count +
 * highest `seq` stay the same; otherwise every set of the store is dropped. Each kind keeps at most
 * `maxCachedTables` sets, least recently used dropped first (a set in use is dropped once its queries end).
 *
 * The cache is backend-agnostic: a backend makes one with `createTableCache` over what only it can do (read
 * the events' fingerprint, drop a table) and offers it as its `withCachedTables` (`EventBackend`). The build
 * functions create the tables with the backend's own SQL (`CREATE TEMP TABLE {{journeys}} AS …`).
 */

/** How many sets of one kind a store keeps. */
export const maxCachedTables = 3;

/** What a cached set is: its kind, what it was built from (`key`), its tables' stems and how to build them. */
export interface CachedTablesSpec<Name extends string> {
  kind: string;
  key: string;
  /** One table per name, called `trailmap_<name>_<n>`. */
  names: readonly Name[];
  /** Builds the tables; `storeEvents` is the store's event count (all datasets), a bound on the scope's. */
  build: (tables: Record<Name, string>, storeEvents: number) => Promise<unknown>;
}

/** The cached tables of a backend (`EventBackend` extends it). */
export interface CachedTables {
  /**
   * Calls `use` with the tables `spec` describes, building them first when no valid set is cached. A set
   * whose tables vanished under the cache (a rolled-back transaction around its build, a DROP) is rebuilt
   * once.
   */
  withCachedTables<Name extends string, T>(
    spec: CachedTablesSpec<Name>,
    use: (tables: Record<Name, string>) => Promise<T>,
  ): Promise<T>;
  /** The names of the cached tables of one kind (for tests and diagnostics). */
  listCachedTables(kind: string): string[];
}

/** What the cache needs of a backend. */
export interface TableCacheHost {
  /** The backend's change counter (`EventBackend.changeCount`). */
  readonly changeCount: number;
  /**
   * What the events table holds now, as a key that changes with any write (DuckDB: row count and highest
   * `seq` — the store is append-only and numbers every new event above the highest `seq`), and its row count.
   */
  readFingerprint(): Promise<{ key: string; events: number }>;
  /** Drops a table if it exists. */
  dropTable(table: string): Promise<void>;
}

interface Entry {
  key: string;
  tables: string[];
  byName: Record<string, string>;
  ready: Promise<void>;
  users: number;
  dropped: boolean;
}

/** A backend's cache of derived tables (see the top of this file). */
export function createTableCache(host: TableCacheHost): CachedTables {
  /** Per kind, least recently used first. */
  const entries = new Map<string, Entry[]>();
  let changeCount = -1;
  let fingerprint = '';
  let next = 0;

  async function dropTables(tables: readonly string[]): Promise<void> {
    for (const table of tables) await host.dropTable(table);
  }

  function retire(entry: Entry): void {
    entry.dropped = true;
    if (entry.users === 0) void dropTables(entry.tables).catch(() => undefined);
  }

  /** Forgets every set (each is dropped once no query uses it). */
  function retireAll(): void {
    for (const list of entries.values()) for (const entry of list) retire(entry);
    entries.clear();
  }

  /** Starts building a set; a failed build drops what it created and leaves the list. */
  function createEntry<Name extends string>(
    spec: CachedTablesSpec<Name>,
    list: Entry[],
    id: number,
    storeEvents: number,
  ): Entry {
    const byName = Object.fromEntries(spec.names.map((name) => [name, `trailmap_${name}_${id}`])) as Record<
      Name,
      string
    >;
    const tables = Object.values<string>(byName);
    const build = async (): Promise<void> => {
      try {
        await spec.build(byName, storeEvents);
      } catch (error) {
        await dropTables(tables).catch(() => undefined);
        throw error;
      }
    };
    const entry: Entry = { key: spec.key, tables, byName, ready: build(), users: 0, dropped: false };
    entry.ready.catch(() => {
      entry.dropped = true;
      if (list.includes(entry)) list.splice(list.indexOf(entry), 1);
    });
    return entry;
  }

  async function useCachedTables<Name extends string, T>(
    spec: CachedTablesSpec<Name>,
    use: (tables: Record<Name, string>) => Promise<T>,
  ): Promise<T> {
    const count = host.changeCount;
    const current = await host.readFingerprint();
    if (changeCount !== count || fingerprint !== current.key) {
      retireAll();
      changeCount = count;
      fingerprint = current.key;
    }
    const list = entries.get(spec.kind) ?? [];
    entries.set(spec.kind, list);
    let entry = list.find((e) => e.key === spec.key);
    if (entry) list.splice(list.indexOf(entry), 1);
    else entry = createEntry(spec, list, next++, current.events);
    list.push(entry);
    while (list.length > maxCachedTables) retire(list.shift() as Entry);
    entry.users++;
    try {
      await entry.ready;
      return await use(entry.byName as Record<Name, string>);
    } finally {
      entry.users--;
      if (entry.dropped && entry.users === 0) await dropTables(entry.tables).catch(() => undefined);
    }
  }

  return {
    async withCachedTables(spec, use) {
      try {
        return await useCachedTables(spec, use);
      } catch (error) {
        const vanished = new RegExp(`trailmap_(${spec.names.join('|')})_\\d+`);
        if (!(error instanceof Error) || !vanished.test(error.message)) throw error;
        retireAll();
        return useCachedTables(spec, use);
      }
    },
    listCachedTables(kind) {
      return entries.get(kind)?.flatMap((entry) => entry.tables) ?? [];
    },
  };
}

/** The names of a store's cached tables of one kind (for tests and diagnostics). */
export function listCachedTables(store: EventStore, kind: string): string[] {
  return store.backend.listCachedTables(kind);
}
