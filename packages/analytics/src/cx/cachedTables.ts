import type { EventStore } from '../store/openEventStore.js';

/**
 * Temp tables derived from a store's events (the journeys, contacts or answers of one scope + filter, see
 * `journeyTable.ts`, `contactTable.ts`, `answerTable.ts`), built once and reused until the store changes — the same validity
 * rule as the case traces of `engine/caseTraces.ts`: a table is reused only while `store.changeCount` and the
 * events' row count + highest `seq` stay the same; otherwise every table of the store is dropped.
 */

/** The kinds of table, each with its own least-recently-used list. */
export type CachedTableKind = 'journeys' | 'contacts' | 'answers';

/** How many tables of one kind a store keeps (least recently used dropped first). */
export const maxCachedTables = 3;

const tablePattern = /trailmap_(journeys|contacts|answers)_\d+/;

interface Entry {
  key: string;
  table: string;
  ready: Promise<void>;
  users: number;
  dropped: boolean;
}

interface StoreCache {
  /** Per kind, least recently used first. */
  entries: Map<CachedTableKind, Entry[]>;
  changeCount: number;
  fingerprint: string;
  next: number;
}

const caches = new WeakMap<EventStore, StoreCache>();

/** What a cached table is: its kind, what it was built from (`key`), and how to build it under a name. */
export interface CachedTableSpec {
  kind: CachedTableKind;
  key: string;
  build: (table: string) => Promise<unknown>;
}

/**
 * What the events table holds now: its row count and highest `seq` (the store is append-only and numbers
 * every new event above the highest `seq`, so a write outside an import changes it too).
 */
async function readFingerprint(store: EventStore): Promise<string> {
  const reader = await store.connection.runAndReadAll('SELECT count(*), max(seq) FROM events');
  const row = reader.getRows()[0] ?? [];
  return `${String(row[0])}/${String(row[1])}`;
}

async function dropTable(store: EventStore, table: string): Promise<void> {
  await store.connection.run(`DROP TABLE IF EXISTS ${table}`);
}

function retire(store: EventStore, entry: Entry): void {
  entry.dropped = true;
  if (entry.users === 0) void dropTable(store, entry.table).catch(() => undefined);
}

/** Forgets every table of the store (each is dropped once no query uses it). */
function retireAll(store: EventStore, cache: StoreCache): void {
  for (const list of cache.entries.values()) for (const entry of list) retire(store, entry);
  cache.entries.clear();
}

/**
 * Calls `use` with the name of the table `spec` describes, building it first when no valid one is cached.
 * A table that vanished under the cache (a rolled-back transaction around its build, a DROP) is rebuilt once.
 */
export async function withCachedTable<T>(
  store: EventStore,
  spec: CachedTableSpec,
  use: (table: string) => Promise<T>,
): Promise<T> {
  try {
    return await useCachedTable(store, spec, use);
  } catch (error) {
    if (!(error instanceof Error) || !tablePattern.test(error.message)) throw error;
    const cache = caches.get(store);
    if (cache) retireAll(store, cache);
    return useCachedTable(store, spec, use);
  }
}

async function useCachedTable<T>(
  store: EventStore,
  spec: CachedTableSpec,
  use: (table: string) => Promise<T>,
): Promise<T> {
  let cache = caches.get(store);
  if (!cache) {
    cache = { entries: new Map(), changeCount: -1, fingerprint: '', next: 0 };
    caches.set(store, cache);
  }
  const changeCount = store.changeCount;
  const fingerprint = await readFingerprint(store);
  if (cache.changeCount !== changeCount || cache.fingerprint !== fingerprint) {
    retireAll(store, cache);
    cache.changeCount = changeCount;
    cache.fingerprint = fingerprint;
  }
  const list = cache.entries.get(spec.kind) ?? [];
  cache.entries.set(spec.kind, list);
  let entry = list.find((e) => e.key === spec.key);
  if (entry) list.splice(list.indexOf(entry), 1);
  else entry = createEntry(store, spec, list, `trailmap_${spec.kind}_${cache.next++}`);
  list.push(entry);
  while (list.length > maxCachedTables) retire(store, list.shift() as Entry);
  entry.users++;
  try {
    await entry.ready;
    return await use(entry.table);
  } finally {
    entry.users--;
    if (entry.dropped && entry.users === 0) await dropTable(store, entry.table).catch(() => undefined);
  }
}

/** Starts building a table; a failed build drops what it created and leaves the list. */
function createEntry(store: EventStore, spec: CachedTableSpec, list: Entry[], table: string): Entry {
  const build = async (): Promise<void> => {
    try {
      await spec.build(table);
    } catch (error) {
      await dropTable(store, table).catch(() => undefined);
      throw error;
    }
  };
  const entry: Entry = { key: spec.key, table, ready: build(), users: 0, dropped: false };
  entry.ready.catch(() => {
    entry.dropped = true;
    if (list.includes(entry)) list.splice(list.indexOf(entry), 1);
  });
  return entry;
}

/** The names of the cached tables of a store, by kind (for tests and diagnostics). */
export function listCachedTables(store: EventStore): Record<CachedTableKind, string[]> {
  const entries = caches.get(store)?.entries;
  return {
    journeys: entries?.get('journeys')?.map((e) => e.table) ?? [],
    contacts: entries?.get('contacts')?.map((e) => e.table) ?? [],
    answers: entries?.get('answers')?.map((e) => e.table) ?? [],
  };
}
