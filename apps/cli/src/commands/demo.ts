import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openEventStore, openWorkspaceEvents } from '@trailmap/analytics';
import { openStore } from '@trailmap/db';
import { DEMO_EMAIL, DEMO_PASSWORD, seedDemo } from '@trailmap/server';
import type { Io } from '../main.js';

/** `trailmap demo`: resets the demo workspace on embedded storage to its original content. */
export async function runDemo(argv: string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { data: { type: 'string' } }, strict: true }));
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  if (process.env.DATABASE_URL) {
    io.stderr.write('trailmap demo works on embedded storage only; unset DATABASE_URL\n');
    return 2;
  }
  const dataDir = resolve(values.data ?? process.env.TRAILMAP_DATA_DIR ?? 'data');
  const store = await openStore({ engine: 'pglite', dataDir: join(dataDir, 'db') });
  try {
    const { removedWorkspaceId } = await seedDemo(store, { reset: true });
    if (removedWorkspaceId) {
      // the old demo workspace's events go too; the new one gets its datasets when the server starts
      const events = await openEventStore({ path: join(dataDir, 'events.duckdb') });
      try {
        await openWorkspaceEvents(events, removedWorkspaceId).deleteAllDatasets();
      } finally {
        events.close();
      }
    }
  } finally {
    await store.close();
  }
  io.stdout.write(`The demo workspace is reset. Sign in as ${DEMO_EMAIL} with password ${DEMO_PASSWORD}.\n`);
  return 0;
}
