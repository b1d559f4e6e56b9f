// Benchmark of the CX analytics (not a test): generated retail journeys with planted effects, loaded into
// an event store on disk, then service metrics, satisfaction, drivers and compareWindows, each timed.
// Prints a table and writes bench/results-cx.json. Run: npm run bench:cx [-- --events 10000000]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compareWindows,
  getDrivers,
  getSatisfaction,
  getServiceMetrics,
  importCsvFile,
  openEventStore,
  splitAtChange,
  type ServiceMetricsOptions,
} from '@trailmap/analytics';
import { DEFAULT_PLANTED_EFFECTS, writeGeneratedEvents } from './generate/index.js';

const TARGETS_SECONDS = { serviceMetrics: 3, satisfaction: 3, drivers: 3, compareWindows: 1 } as const;
const calls: ServiceMetricsOptions = { contactActivities: ['Inbound Call', 'Chat Started'] };

async function time<T>(task: () => Promise<T>): Promise<{ seconds: number; result: T; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const start = performance.now();
  try {
    const result = await task();
    return { seconds: (performance.now() - start) / 1000, result, peakRssMb: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const { values } = parseArgs({
    options: { events: { type: 'string', default: '10000000' }, seed: { type: 'string', default: '1' } },
  });
  const events = Number(values.events);
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-bench-cx-'));
  const load = loadavg()[0]!.toFixed(2);
  try {
    const csv = join(dir, 'retail.csv');
    process.stderr.write(`generating ${events.toLocaleString('en')} events…\n`);
    const generated = await time(() =>
      writeGeneratedEvents({ events, seed: Number(values.seed), format: 'csv', out: csv }),
    );
    const store = await openEventStore({ path: join(dir, 'events.duckdb') });
    process.stderr.write('importing…\n');
    const imported = await time(() => importCsvFile(store, 'retail', csv));
    const scope = { dataset: 'retail' };
    const { before, after } = splitAtChange(DEFAULT_PLANTED_EFFECTS.repeatChangeMs, 181);
    const rows: { name: keyof typeof TARGETS_SECONDS; run: () => Promise<unknown> }[] = [
      { name: 'serviceMetrics', run: () => getServiceMetrics(store, scope, calls) },
      { name: 'satisfaction', run: () => getSatisfaction(store, scope, { by: 'activity' }) },
      { name: 'drivers', run: () => getDrivers(store, scope) },
      {
        name: 'compareWindows',
        run: () =>
          compareWindows(store, scope, {
            a: before,
            b: after,
            metrics: [{ kind: 'firstContactRepeatRate', service: calls }, { kind: 'nps' }],
          }),
      },
    ];
    const results = [];
    for (const row of rows) {
      process.stderr.write(`${row.name}…\n`);
      const measured = await time(row.run);
      const target = TARGETS_SECONDS[row.name];
      results.push({
        query: row.name,
        seconds: Number(measured.seconds.toFixed(2)),
        targetSeconds: target,
        met: measured.seconds <= target,
        peakRssMb: measured.peakRssMb,
      });
    }
    store.close();
    const report = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        loadAverageAtStart: Number(load),
      },
      events,
      generateSeconds: Number(generated.seconds.toFixed(1)),
      importSeconds: Number(imported.seconds.toFixed(1)),
      queries: results,
    };
    console.log(`CX analytics on ${events.toLocaleString('en')} generated events (load ${load} at start)`);
    console.log('| query | seconds | target | met | peak RSS |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const r of results)
      console.log(
        `| ${r.query} | ${r.seconds} | ≤ ${r.targetSeconds} s | ${r.met ? 'yes' : 'no'} | ${r.peakRssMb} MB |`,
      );
    console.log(JSON.stringify(report, null, 2));
    writeFileSync(new URL('./results-cx.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
