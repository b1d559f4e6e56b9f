import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getStoreVersion, openEventStore, type EventStore } from '@trailmap/analytics';
import { openStore, type Store } from '@trailmap/db';
import { buildApp } from '@trailmap/server';

/** A benchmark's server: embedded PGlite and a DuckDB file in a temp folder, one signed-up user. */
export interface BenchServer {
  url: string;
  store: Store;
  events: EventStore;
  /** The user's workspace. */
  workspaceId: string;
  /** The session cookie and the same-origin header a cookie write needs. */
  headers: { cookie: string; origin: string };
  close(): Promise<void>;
}

/** Starts a real server on a free loopback port with a fresh data folder and signs a user up. */
export async function startBenchServer(name: string): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), `trailmap-bench-${name}-`));
  const store = await openStore({ engine: 'pglite', dataDir: join(dir, 'db') });
  const events = await openEventStore({ path: join(dir, 'events.duckdb'), memoryLimit: '4GB' });
  const app = await buildApp({
    store,
    events,
    uploadDir: join(dir, 'uploads'),
    describeEventStore: async () => ({ engine: 'duckdb', version: await getStoreVersion(events) }),
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const close = async () => {
    await app.close();
    events.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const signUp = await fetch(`${url}/api/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email: 'bench@example.com', password: 'correct horse battery' }),
    });
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const headers = { cookie, origin: url };
    const listed = (await (await fetch(`${url}/api/workspaces`, { headers })).json()) as {
      workspaces: { id: string }[];
    };
    return { url, store, events, workspaceId: listed.workspaces[0]!.id, headers, close };
  } catch (error) {
    await close();
    throw error;
  }
}
