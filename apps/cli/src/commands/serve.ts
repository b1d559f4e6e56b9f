import { parseArgs } from 'node:util';
import {
  startServer,
  readSecuritySettings,
  readExportSettingsFromEnv,
  DEMO_EMAIL,
  DEMO_PASSWORD,
  APP_VERSION,
  type SecuritySettings,
} from '@trailmap/server';
import type { Io } from '../main.js';

function parsePort(text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, got "${text}"`);
  return port;
}

/** `TRAILMAP_UPLOAD_MAX_BYTES`: a whole number of bytes, at least 1 KiB. */
function parseUploadLimit(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const bytes = Number(text);
  if (!Number.isSafeInteger(bytes) || bytes < 1024)
    throw new Error(
      `TRAILMAP_UPLOAD_MAX_BYTES must be a whole number of bytes (at least 1024), got "${text}"`,
    );
  return bytes;
}

function describeSignUp(security: SecuritySettings): string {
  const policy = security.signUpPolicy ?? { mode: 'invite' };
  if (policy.mode === 'open') return 'open to anyone (TRAILMAP_SIGNUP=open)';
  if (policy.mode === 'domain')
    return `@${policy.domain} addresses and invite links (the first user of an empty install becomes admin)`;
  return 'by invite link (the first user of an empty install becomes admin; TRAILMAP_SIGNUP to change)';
}

/** `trailmap serve`: both stores, the API and the app; stops cleanly on SIGINT/SIGTERM. */
export async function runServe(argv: string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        'no-demo': { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  let port: number;
  let limits: ReturnType<typeof readExportSettingsFromEnv>;
  let maxUploadBytes: number | undefined;
  try {
    port = parsePort(values.port ?? process.env.PORT, 3000);
    limits = readExportSettingsFromEnv(process.env);
    maxUploadBytes = parseUploadLimit(process.env.TRAILMAP_UPLOAD_MAX_BYTES);
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dataDir = values.data ?? process.env.TRAILMAP_DATA_DIR ?? 'data';
  const demo = !values['no-demo'] && !databaseUrl;
  let security: SecuritySettings;
  try {
    security = readSecuritySettings(process.env, demo);
  } catch (err) {
    io.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const server = await startServer({
    port,
    host: values.host ?? process.env.HOST ?? 'localhost',
    dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    demo: !values['no-demo'],
    logger: process.env.TRAILMAP_LOG === '1',
    security,
    ...(maxUploadBytes !== undefined ? { maxUploadBytes } : {}),
    exportLimits: limits.exportLimits,
    jobs: limits.jobs,
  });
  const address = server.app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = server.url.replace(/:\d+$/, `:${actualPort}`);
  const storage = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded storage in ${dataDir}/`;
  const banner = [
    `Trailmap ${APP_VERSION} is running on ${url} (${storage})`,
    `  API documentation: ${url}/api/docs`,
    ...(server.demo ? [`  Demo mode: sign in as ${DEMO_EMAIL} with password ${DEMO_PASSWORD}`] : []),
    `  Sign-up: ${describeSignUp(security)}`,
  ];
  io.stdout.write(`${banner.join('\n')}\n`);
  await new Promise<void>((resolveStop) => {
    const stop = () => resolveStop();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stdout.write('Stopping…\n');
  await server.close();
  return 0;
}
