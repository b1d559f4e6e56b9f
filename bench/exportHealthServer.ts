// The server half of bench/exportHealth.ts (started by it, one process per mode): the real API on a fresh
// PostgreSQL database (as the tests: TEST_DATABASE_URL or 127.0.0.1:5432; PostgreSQL rather than embedded
// PGlite, whose WebAssembly heap would hide the exports' memory) with one user and the benchmark map,
// listening on a free port. Modes:
//   before          — a route that renders the PNG on the event loop, as the export did before the worker
//                     pool (built here from the viz functions; the product has no such path);
//   after           — the real export route, its limits raised so that the 2,000-card PNG is rendered
//                     (as before) instead of refused: the pool, not the limits, keeps the server responsive;
//   after-defaults  — the real export route with its default limits (the 2,000-card PNG is refused).
// Prints one line `READY {"url","cookie","exportUrl","rssMb"}` when it listens; on SIGTERM prints
// `STATS {"eventLoopDelay"}` (its delay from READY on, sampled every 10 ms) and stops.
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openStore } from '@trailmap/db';
import { createTestDatabase } from '@trailmap/db/testing';
import type { JourneyContent, JourneyMeta, WorkspaceId } from '@trailmap/domain';
import { renderJourneySvg } from '@trailmap/viz';
import { renderJourneyPng } from '@trailmap/viz/node';
import { buildApp } from '../apps/server/src/app.js';
import type { ExportLimits } from '../apps/server/src/exports/exportLimits.js';
import { selectMapPersonas } from '../apps/server/src/routes/exports.js';

export const BENCH_MODES = ['before', 'after', 'after-defaults'] as const;
export type BenchMode = (typeof BENCH_MODES)[number];

const { values } = parseArgs({
  options: {
    mode: { type: 'string' },
    map: { type: 'string' },
    exports: { type: 'string', default: '4' },
  },
});
const mode = values.mode as BenchMode;
if (!BENCH_MODES.includes(mode) || !values.map)
  throw new Error('usage: exportHealthServer.ts --mode before|after|after-defaults --map FILE');
const map = JSON.parse(readFileSync(values.map, 'utf8')) as { meta: JourneyMeta; content: JourneyContent };
const concurrent = Number(values.exports);

/** Limits in the `after` mode: everything the 2,000-card PNG needs to render as it used to. */
const renderAnyway: Partial<ExportLimits> = {
  maxCards: 6_000,
  minPngScale: 0,
  timeoutMs: 3_600_000,
  perWorkspace: concurrent,
};

const database = await createTestDatabase();
const store = await openStore({ engine: 'postgres', databaseUrl: database.databaseUrl });
const app = await buildApp({
  store,
  describeEventStore: async () => ({ engine: 'duckdb', version: 'bench' }),
  exportLimits: mode === 'after' ? renderAnyway : {},
});

if (mode === 'before') {
  // the export as it was: load, then SVG and PNG synchronously in the handler
  app.get<{ Params: { workspaceId: string; journeyId: string } }>(
    '/bench/inline-export/:workspaceId/:journeyId',
    async (request, reply) => {
      const workspaceId = request.params.workspaceId as WorkspaceId;
      const journey = await store.journeys.get(workspaceId, request.params.journeyId as never);
      if (!journey) return reply.code(404).send();
      const personas = selectMapPersonas(journey, await store.personas.list(workspaceId));
      const png = renderJourneyPng(renderJourneySvg(journey, personas, { lang: 'en' }));
      return reply.type('image/png').send(png);
    },
  );
}

const signUp = await app.inject({
  method: 'POST',
  url: '/api/auth/sign-up',
  payload: { email: 'bench@example.com', password: 'correct horse battery' },
});
const session = signUp.cookies.find((c) => c.name === 'trailmap_session');
if (signUp.statusCode !== 201 || !session) throw new Error(`sign-up failed: ${signUp.body}`);
const cookie = `trailmap_session=${session.value}`;
const workspaces = await app.inject({ method: 'GET', url: '/api/workspaces', headers: { cookie } });
const workspaceId = workspaces.json().workspaces[0].id as WorkspaceId;
const journey = await store.journeys.create(workspaceId, { ...map.meta, ...map.content });

const url = await app.listen({ host: '127.0.0.1', port: 0 });
const exportUrl =
  mode === 'before'
    ? `${url}/bench/inline-export/${workspaceId}/${journey.id}`
    : `${url}/api/workspaces/${workspaceId}/journeys/${journey.id}/export?format=png`;
const eventLoopDelay = monitorEventLoopDelay({ resolution: 10 });
eventLoopDelay.enable();
const rssMb = Math.round(process.memoryUsage().rss / 1024 ** 2);
process.stdout.write(`READY ${JSON.stringify({ url, cookie, exportUrl, rssMb })}\n`);

process.once('SIGTERM', () => {
  eventLoopDelay.disable();
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  const delay = {
    p50Ms: ms(eventLoopDelay.percentile(50)),
    p99Ms: ms(eventLoopDelay.percentile(99)),
    maxMs: ms(eventLoopDelay.max),
  };
  process.stdout.write(`STATS ${JSON.stringify({ eventLoopDelay: delay })}\n`);
  void app
    .close()
    .then(() => store.close())
    .then(() => database.drop())
    .then(() => process.exit(0));
});
