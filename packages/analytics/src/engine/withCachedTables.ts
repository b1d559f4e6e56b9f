import type { EventStore } from '../store/openEventStore.js';

/**
 * Temp tables derived from a store's events (the case traces of `caseTraces.ts`; the journeys, contacts
 * and answers of `cx/journeyTable.ts`, `contactTable.ts`, `answerTable.ts`), built once per key and reused
 * until the store changes: a set is reused only while `store.changeCount` and the events' row count +
 * highest `seq` stay the same; otherwise every set of the store is dropped. Each kind keeps at most
 * `maxCachedTables` sets, least recently used dropped first (a set in use is dropped once its queries end).
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

interface Entry {
  key: string;
  tables: string[];
  byName: Record<string, string>;
  ready: Promise<void>;
  users: number;
  dropped: boolean;
}

interface StoreCache {
  /** Per kind, least recently used first. */
  entries: Map<string, Entry[]>;
  changeCount: number;
  fingerprint: string;
  next: number;
}

const caches = new WeakMap<EventStore, StoreCache>();

/**
 * What the events table holds now: its row count and highest `seq` (the store is append-only and numbers
 * every new event above the highest `seq`, so a write outside an import changes it too).
 */
async function readFingerprint(store: EventStore): Promise<{ key: string; events: number }> {
  const reader = await store.connection.runAndReadAll('SELECT count(*), max(seq) FROM events');
  const row = reader.getRows()[0] ?? [];
  return { key: `${String(row[0])}/${String(row[1])}`, events: Number(row[0]) };
}

async function dropTables(store: EventStore, tables: readonly string[]): Promise<void> {
  for (const table of tables) await store.connection.run(`DROP TABLE IF EXISTS ${table}`);
}

function retire(store: EventStore, entry: Entry): void {
  entry.dropped = true;
  if (entry.users === 0) void dropTables(store, entry.tables).catch(() => undefined);
}

/** Forgets every set of the store (each is dropped once no query uses it). */
function retireAll(store: EventStore, cache: StoreCache): void {
  for (const list of cache.entries.values()) for (const entry of list) retire(store, entry);
  cache.entries.clear();
}

/**
 * Calls `use` with the tables `spec` describes, building them first when no valid set is cached. A set
 * whose tables vanished under the cache (a rolled-back transaction around its build, a DROP) is rebuilt once.
 */
export async function withCachedTables<Name extends string, T>(
  store: EventStore,
  spec: CachedTablesSpec<Name>,
  use: (tables: Record<Name, string>) => Promise<T>,
): Promise<T> {
  try {
    return await useCachedTables(store, spec, use);
  } catch (error) {
    const vanished = new RegExp(`trailmap_(${spec.names.join('|')})_\\d+`);
    if (!(error instanceof Error) || !vanished.test(error.message)) throw error;
    const cache = caches.get(store);
    if (cache) retireAll(store, cache);
    return useCachedTables(store, spec, use);
  }
}

async function useCachedTables<Name extends string, T>(
  store: EventStore,
  spec: CachedTablesSpec<Name>,
  use: (tables: Record<Name, string>) => Promise<T>,
): Promise<T> {
  let cache = caches.get(store);
  if (!cache) {
    cache = { entries: new Map(), changeCount: -1, fingerprint: '', next: 0 };
    caches.set(store, cache);
  }
  const changeCount = store.changeCount;
  const fingerprint = await readFingerprint(store);
  if (cache.changeCount !== changeCount || cache.fingerprint !== fingerprint.key) {
    retireAll(store, cache);
    cache.changeCount = changeCount;
    cache.fingerprint = fingerprint.key;
  }
  const list = cache.entries.get(spec.kind) ?? [];
  cache.entries.set(spec.kind, list);
  let entry = list.find((e) => e.key === spec.key);
  if (entry) list.splice(list.indexOf(entry), 1);
  else entry = createEntry(store, spec, list, cache.next++, fingerprint.events);
  list.push(entry);
  while (list.length > maxCachedTables) retire(store, list.shift() as Entry);
  entry.users++;
  try {
    await entry.ready;
    return await use(entry.byName as Record<Name, string>);
  } finally {
    entry.users--;
    if (entry.dropped && entry.users === 0) await dropTables(store, entry.tables).catch(() => undefined);
  }
}

/** Starts building a set; a failed build drops what it created and leaves the list. */
function createEntry<Name extends string>(
  store: EventStore,
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
      await dropTables(store, tables).catch(() => undefined);
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

/** The names of a store's cached tables of one kind (for tests and diagnostics). */
export function listCachedTables(store: EventStore, kind: string): string[] {
  return (
    caches
      .get(store)
      ?.entries.get(kind)
      ?.flatMap((entry) => entry.tables) ?? []
  );
}
