import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getStoreVersion, openEventStore } from '@trailmap/analytics';
import { openStore, type Store } from '@trailmap/db';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { seedDemo } from './demo/seedDemo.js';
import { seedDemoDatasets } from './demo/seedDemoDatasets.js';
import type { SecuritySettings } from './readSecuritySettings.js';
import type { ExportLimits } from './exports/exportLimits.js';
import type { JobPoolSettings } from './jobs/createServerJobPool.js';

export interface ServerConfig {
  port: number;
  host: string;
  /** Directory for embedded storage (PGlite in `db/`, DuckDB in `events.duckdb`). */
  dataDir: string;
  /** A PostgreSQL URL; when set, workspace content lives there instead of embedded PGlite. */
  databaseUrl?: string;
  /** Seed and announce the demo account (only on embedded storage). */
  demo: boolean;
  logger?: boolean;
  /** The built web app; default apps/web/dist of this repository, null for none. */
  webRoot?: string | null;
  /** The largest uploaded file (`TRAILMAP_UPLOAD_MAX_BYTES`; default 2 GiB). */
  maxUploadBytes?: number;
  /** Sign-up policy, public URL, proxy, invitations and e-mail (`readSecuritySettings`). */
  security?: SecuritySettings;
  /** Limits of picture exports (see buildApp). */
  exportLimits?: Partial<ExportLimits>;
  /** Sizes of the worker pool for heavy jobs (see buildApp). */
  jobs?: JobPoolSettings;
}

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  store: Store;
  demo: boolean;
  close(): Promise<void>;
}

/** Opens both stores, seeds the demo when asked, and listens. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const dataDir = resolve(config.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const store = config.databaseUrl
    ? await openStore({ engine: 'postgres', databaseUrl: config.databaseUrl })
    : await openStore({ engine: 'pglite', dataDir: join(dataDir, 'db') });
  const events = await openEventStore({ path: join(dataDir, 'events.duckdb') });
  const demo = config.demo && !config.databaseUrl;
  if (demo) {
    const { workspaceId } = await seedDemo(store);
    await seedDemoDatasets(store, events, workspaceId);
  }
  // Uploads wait in <data>/uploads for their import; a server that stopped mid-import left them behind and
  // those imports never finished: they end as failed, and the folder starts empty.
  const uploadDir = join(dataDir, 'uploads');
  rmSync(uploadDir, { recursive: true, force: true });
  mkdirSync(uploadDir, { recursive: true });
  await store.datasets.failInterrupted({
    message: 'the server stopped during this import; upload the file again',
    reason: 'the server stopped during the import',
    file: null,
    line: null,
    column: null,
  });
  const app = await buildApp({
    store,
    demo,
    events,
    uploadDir,
    ...(config.maxUploadBytes !== undefined ? { maxUploadBytes: config.maxUploadBytes } : {}),
    webRoot: config.webRoot === undefined ? DEFAULT_WEB_ROOT : config.webRoot,
    logger: config.logger ?? false,
    ...config.security,
    signUpPolicy: config.security?.signUpPolicy ?? (demo ? { mode: 'open' } : undefined),
    exportLimits: config.exportLimits ?? {},
    jobs: config.jobs ?? {},
    describeEventStore: async () => ({ engine: 'duckdb', version: await getStoreVersion(events) }),
  });
  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    app,
    url: `http://${shownHost}:${config.port}`,
    store,
    demo,
    async close() {
      await app.close();
      await store.close();
      events.close();
    },
  };
}
