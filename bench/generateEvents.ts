import { createWriteStream } from 'node:fs';
import type { EventStore } from '../packages/analytics/src/index.js';

/** Activities of the generated journeys: a web funnel with service contacts mixed in. */
export const benchActivities = [
  'visit',
  'search',
  'view product',
  'add to cart',
  'checkout',
  'pay',
  'confirm mail',
  'call',
  'chat',
  'return',
  'review',
  'complaint',
] as const;

/** The 5-step funnel the benchmark asks for. */
export const benchFunnel = ['visit', 'view product', 'add to cart', 'checkout', 'pay'];

/**
 * Generates `events` events straight into the store with DuckDB (10 per case, mostly in funnel order,
 * a quarter replaced by a random activity, timestamps in pairs so that ties are common).
 */
export async function generateEventsInStore(
  store: EventStore,
  dataset: string,
  events: number,
): Promise<void> {
  const names = benchActivities.map((a) => `'${a}'`).join(', ');
  await store.connection.run(`
    INSERT INTO events
    SELECT '${dataset}', 1, i, 'e' || i, NULL, NULL, 'c' || (i // 10),
           make_timestamp(CAST(1704067200000000 + (i // 10) * 600000000 + ((i % 10) // 2) * 45000000 AS BIGINT))::TIMESTAMPTZ,
           NULL,
           [${names}][CAST(CASE WHEN hash(i) % 4 = 0 THEN hash(i * 7) % 12 ELSE i % 10 END AS BIGINT) + 1],
           CASE WHEN hash(i * 3) % 2 = 0 THEN 'web' ELSE 'app' END, 'bench', NULL, NULL, NULL, NULL
    FROM range(${events}) t(i)`);
  await store.connection.run(`INSERT INTO dataset_versions VALUES ('${dataset}', 1, now(), ${events}, 0)`);
}

/** Writes a CSV log of `events` rows (case, activity, timestamp with offset, channel). */
export async function writeCsvLog(path: string, events: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('case:concept:name,concept:name,time:timestamp,channel\n');
  const base = Date.UTC(2024, 0, 1);
  let chunk: string[] = [];
  for (let i = 0; i < events; i++) {
    const ts = new Date(base + Math.floor(i / 10) * 600_000 + (i % 10) * 45_000)
      .toISOString()
      .replace('Z', '+00:00');
    chunk.push(
      `c${Math.floor(i / 10)},${benchActivities[(i * 7 + (i % 10)) % 12]},${ts},${i % 3 ? 'web' : 'app'}\n`,
    );
    if (chunk.length === 100_000) {
      if (!out.write(chunk.join('')))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      chunk = [];
    }
  }
  out.write(chunk.join(''));
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}
