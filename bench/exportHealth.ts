// Benchmark of the server's responsiveness during picture exports (not a test): how fast GET /api/health
// answers while 4 PNG exports of a 2,000-card map run at once. Three server processes in turn
// (bench/exportHealthServer.ts): `before` renders on the event loop as the export used to, `after` is the
// real export route (worker pool; its limits raised so that the PNG is rendered rather than refused),
// `after-defaults` the real route with its default limits (the map is refused at once with 422).
// Health is probed open-loop every --interval-ms from the first export to the last answer (at least 2 s),
// from this process, so a blocked server shows as slow (or unanswered) requests. Needs PostgreSQL as the
// tests do (TEST_DATABASE_URL or 127.0.0.1:5432). Prints a table and writes bench/results-exports.json.
// Run: npm run bench:exports [-- --cards 2000 --exports 4 --interval-ms 100]
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Agent, get } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createId, type JourneyMap } from '@trailmap/domain';
import { readSvgSize, renderJourneySvg } from '@trailmap/viz';
import { defaultJobThreads } from '../apps/server/src/jobs/createJobPool.js';
import type { BenchMode } from './exportHealthServer.js';
import { generateJourneyMap } from '@trailmap/generate';

const TARGET_P99_MS = 100;
const MIN_PROBE_WINDOW_MS = 2_000;
const root = new URL('..', import.meta.url).pathname;

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '2000' },
    exports: { type: 'string', default: '4' },
    'interval-ms': { type: 'string', default: '100' },
    modes: { type: 'string', default: 'before,after,after-defaults' },
    out: { type: 'string', default: join(root, 'bench/results-exports.json') },
  },
});
const cards = Number(values.cards);
const concurrent = Number(values.exports);
const intervalMs = Number(values['interval-ms']);
const modes = values.modes.split(',') as BenchMode[];

interface ExportResult {
  status: number;
  seconds: number;
  bytes: number;
  sha256: string;
}

interface ModeResult {
  mode: BenchMode;
  exports: ExportResult[];
  /** From the first export request to the last answer. */
  exportsSeconds: number;
  /** Latencies of every probe; an unanswered one counts with the time until it failed (by error code). */
  health: {
    probes: number;
    unanswered: Record<string, number>;
    p50Ms: number;
    p99Ms: number;
    maxMs: number;
  };
  /** Resident memory of the server process when it was ready, and its peak (main thread and workers). */
  serverRssAtStartMb: number;
  serverPeakRssMb: number | null;
  /** The server's event loop delay from ready to stop (perf_hooks, 10 ms resolution). */
  eventLoopDelay: { p50Ms: number; p99Ms: number; maxMs: number } | null;
}

const round = (n: number, digits = 0) => Number(n.toFixed(digits));

/**
 * GET with node:http (no connect timeout: a request to a blocked server waits, as a browser's would) on a
 * keep-alive agent with no socket cap, so every probe is sent when it is due.
 */
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
function httpGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { agent, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

/** Nearest-rank percentile of unsorted values. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function peakRssMb(pid: number): number | null {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

async function runMode(mode: BenchMode, mapFile: string): Promise<ModeResult> {
  const server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'bench/exportHealthServer.ts',
      '--mode',
      mode,
      '--map',
      mapFile,
      '--exports',
      String(concurrent),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  // should this process end early, the server must not stay behind
  const stopOnExit = () => server.kill('SIGTERM');
  process.once('exit', stopOnExit);
  const stopServer = async () => {
    process.off('exit', stopOnExit);
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  };
  const received: { stats: { eventLoopDelay: ModeResult['eventLoopDelay'] } | null } = { stats: null };
  try {
    const ready = await new Promise<{ url: string; cookie: string; exportUrl: string; rssMb: number }>(
      (resolve, reject) => {
        const lines = createInterface({ input: server.stdout! });
        lines.on('line', (line) => {
          if (line.startsWith('READY ')) resolve(JSON.parse(line.slice(6)));
          if (line.startsWith('STATS ')) received.stats = JSON.parse(line.slice(6));
        });
        server.once('exit', (code) => reject(new Error(`the ${mode} server exited with ${code}`)));
      },
    );
    const health = () => httpGet(`${ready.url}/api/health`);
    await health(); // connected and warm

    const started = performance.now();
    const latencies: number[] = [];
    const failures = new Map<string, number>();
    const probes: Promise<void>[] = [];
    const probe = () => {
      const sent = performance.now();
      probes.push(
        health().then(
          () => void latencies.push(performance.now() - sent),
          (err: NodeJS.ErrnoException) => {
            // unanswered: counted with the time it waited (a lower bound), and why
            latencies.push(performance.now() - sent);
            failures.set(err.code ?? err.message, (failures.get(err.code ?? err.message) ?? 0) + 1);
          },
        ),
      );
    };
    probe();
    const timer = setInterval(probe, intervalMs);
    const exports = await Promise.all(
      Array.from({ length: concurrent }, async (): Promise<ExportResult> => {
        const { status, body } = await httpGet(ready.exportUrl, { cookie: ready.cookie });
        return {
          status,
          seconds: round((performance.now() - started) / 1000, 1),
          bytes: body.length,
          sha256: createHash('sha256').update(body).digest('hex'),
        };
      }),
    );
    const exportsSeconds = round((performance.now() - started) / 1000, 1);
    const windowLeft = MIN_PROBE_WINDOW_MS - (performance.now() - started);
    if (windowLeft > 0) await new Promise((resolve) => setTimeout(resolve, windowLeft));
    clearInterval(timer);
    await Promise.all(probes);
    const serverPeakRssMb = peakRssMb(server.pid!);
    await stopServer();
    return {
      mode,
      exports,
      exportsSeconds,
      health: {
        probes: latencies.length,
        unanswered: Object.fromEntries(failures),
        p50Ms: round(percentile(latencies, 50), 1),
        p99Ms: round(percentile(latencies, 99), 1),
        maxMs: round(Math.max(...latencies), 1),
      },
      serverRssAtStartMb: ready.rssMb,
      serverPeakRssMb,
      eventLoopDelay: received.stats?.eventLoopDelay ?? null,
    };
  } finally {
    await stopServer();
  }
}

const work = mkdtempSync(join(tmpdir(), 'trailmap-bench-exports-'));
try {
  const map = generateJourneyMap({ touchpoints: cards, seed: 1 });
  const mapFile = join(work, 'map.json');
  writeFileSync(mapFile, JSON.stringify(map));

  // what SVG alone costs for this map, on one thread: why SVG renders in the pool too
  const journey: JourneyMap = {
    ...map.meta,
    ...map.content,
    id: createId('journey'),
    workspaceId: createId('workspace'),
    version: 1,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  };
  const svgTimes: number[] = [];
  let svg = '';
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    svg = renderJourneySvg(journey, []);
    svgTimes.push(performance.now() - t);
  }
  const svgSize = readSvgSize(svg);

  const loadBefore = loadavg().map((n) => round(n, 2));
  const results: ModeResult[] = [];
  for (const mode of modes) {
    process.stderr.write(`${mode}: ${concurrent} PNG exports of a ${cards}-card map…\n`);
    results.push(await runMode(mode, mapFile));
  }

  const before = results.find((r) => r.mode === 'before');
  const after = results.find((r) => r.mode === 'after');
  const samePng =
    before && after
      ? before.exports.every((e) => e.status === 200) &&
        after.exports.every((e) => e.status === 200 && e.sha256 === before.exports[0]!.sha256)
      : null;

  const unansweredOf = (r: ModeResult) => Object.values(r.health.unanswered).reduce((a, b) => a + b, 0);
  const rows = results.map((r) => {
    const statuses = [...new Set(r.exports.map((e) => e.status))].join('/');
    return [
      r.mode.padEnd(15),
      `${r.health.p50Ms} ms`.padStart(10),
      `${r.health.p99Ms} ms`.padStart(11),
      `${r.health.maxMs} ms`.padStart(11),
      `${r.health.probes}${unansweredOf(r) ? ` (${unansweredOf(r)} unanswered)` : ''}`.padStart(20),
      statuses.padStart(8),
      `${r.exportsSeconds} s`.padStart(9),
      `${r.serverRssAtStartMb} → ${r.serverPeakRssMb ?? '?'} MB`.padStart(16),
      `${r.eventLoopDelay?.p99Ms ?? '?'} / ${r.eventLoopDelay?.maxMs ?? '?'} ms`.padStart(21),
    ].join(' ');
  });
  process.stdout.write(
    [
      `GET /api/health while ${concurrent} PNG exports of a ${cards}-card map run (probe every ${intervalMs} ms; target p99 ≤ ${TARGET_P99_MS} ms)`,
      `mode              health p50  health p99  health max               probes  exports  all done  RSS start → peak  loop delay p99 / max`,
      ...rows,
      `SVG of this map on one thread: ${round(percentile(svgTimes, 50))} ms (median of 3), ${round(svgSize.width)} × ${round(svgSize.height)} px, ${round(svg.length / 1e6, 1)} MB`,
      samePng === null ? '' : `after's PNG is byte for byte before's: ${samePng}`,
    ].join('\n') + '\n',
  );

  const result = {
    benchmark: 'export-health',
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: round(totalmem() / 1024 ** 3, 1),
      node: process.version,
      loadAverageAtStart: loadBefore,
      poolThreads: defaultJobThreads(),
      availableParallelism: availableParallelism(),
    },
    parameters: { cards, concurrentExports: concurrent, probeIntervalMs: intervalMs },
    targetP99Ms: TARGET_P99_MS,
    afterMeetsTarget: after ? after.health.p99Ms <= TARGET_P99_MS : null,
    samePngBeforeAndAfter: samePng,
    svgOnOneThread: {
      medianMs: round(percentile(svgTimes, 50)),
      widthPx: round(svgSize.width),
      heightPx: round(svgSize.height),
      bytes: svg.length,
    },
    modes: results,
  };
  if (modes.length === 3) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
