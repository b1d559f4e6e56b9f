/**
 * Answers of engine queries kept per dataset version and query (the key says both), least recently used
 * dropped first. A second request for an answer being computed waits for the same computation. A failed
 * computation is not kept.
 */
export interface QueryCache {
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  readonly size: number;
}

export function createQueryCache(maxEntries = 200): QueryCache {
  const entries = new Map<string, Promise<unknown>>();
  return {
    get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const found = entries.get(key);
      if (found) {
        entries.delete(key);
        entries.set(key, found);
        return found as Promise<T>;
      }
      const computing = compute();
      entries.set(key, computing);
      computing.catch(() => entries.delete(key));
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return computing;
    },
    get size() {
      return entries.size;
    },
  };
}
