// Benchmark of the CX analytics (not a test): generated retail journeys with planted effects, loaded into
// an event store on disk, then service metrics, satisfaction, drivers and compareWindows, each timed.
// Prints a table and writes bench/results-cx.json. Run: npm run bench:cx [-- --events 10000000]
// `--store DIR` keeps the generated CSV and the DuckDB store in DIR and reuses them when they exist (same
// events and seed), so that queries can be measured again without generating and importing (~90 s at
// 10 M). `--only a,b` runs only those queries and `--runs N` times each N times (default 3; the table shows
// the median; results-cx.json is written only for a full run of every query). compareWindows is timed twice: cold (each
// run after `store.markChanged()`, as after an import: the cached journey, contact and answer tables are
// rebuilt) and cached (`compareWindowsCached`: the same comparison again, its tables already built).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareRetailStore, timeTask } from './prepareRetailStore.js';
import {
  compareWindows,
  getDrivers,
  getSatisfaction,
  getServiceMetrics,
  splitAtChange,
  type ServiceMetricsOptions,
} from '@trailmap/analytics';
import { DEFAULT_PLANTED_EFFECTS } from '@trailmap/generate';

const TARGETS_SECONDS = {
  serviceMetrics: 3,
  satisfaction: 3,
  drivers: 3,
  compareWindows: 1,
  compareWindowsCached: 1,
} as const;
type QueryName = keyof typeof TARGETS_SECONDS;
const calls: ServiceMetricsOptions = { contactActivities: ['Inbound Call', 'Chat Started'] };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function main() {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '10000000' },
      seed: { type: 'string', default: '1' },
      store: { type: 'string' },
      only: { type: 'string' },
      runs: { type: 'string', default: '3' },
    },
  });
  const events = Number(values.events);
  const seed = Number(values.seed);
  const runs = Math.max(1, Number(values.runs));
  const only = values.only?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !(name in TARGETS_SECONDS));
  if (unknown?.length) throw new Error(`unknown --only ${unknown.join(', ')}`);
  const dir = values.store ?? mkdtempSync(join(tmpdir(), 'trailmap-bench-cx-'));
  const load = loadavg()[0]!.toFixed(2);
  try {
    const { store, info, reused } = await prepareRetailStore(dir, events, seed);
    const scope = { dataset: 'retail' };
    const { before, after } = splitAtChange(DEFAULT_PLANTED_EFFECTS.repeatChangeMs, 181);
    const compare = () =>
      compareWindows(store, scope, {
        a: before,
        b: after,
        metrics: [{ kind: 'firstContactRepeatRate', service: calls }, { kind: 'nps' }],
      });
    /** `prepare` runs before each timed run, untimed. */
    const rows: { name: QueryName; run: () => Promise<unknown>; prepare?: () => Promise<unknown> }[] = [
      { name: 'serviceMetrics', run: () => getServiceMetrics(store, scope, calls) },
      { name: 'satisfaction', run: () => getSatisfaction(store, scope, { by: 'activity' }) },
      { name: 'drivers', run: () => getDrivers(store, scope) },
      { name: 'compareWindows', run: compare, prepare: async () => store.markChanged() },
      { name: 'compareWindowsCached', run: compare, prepare: compare },
    ];
    const results = [];
    for (const row of rows.filter((r) => !only || only.includes(r.name))) {
      const measured = [];
      for (let run = 0; run < runs; run++) {
        process.stderr.write(`${row.name}${runs > 1 ? ` (${run + 1}/${runs})` : ''}…\n`);
        await row.prepare?.();
        measured.push(await timeTask(row.run));
      }
      const seconds = median(measured.map((m) => m.seconds));
      const target = TARGETS_SECONDS[row.name];
      results.push({
        query: row.name,
        seconds: Number(seconds.toFixed(2)),
        ...(runs > 1 ? { runs: measured.map((m) => Number(m.seconds.toFixed(2))) } : {}),
        targetSeconds: target,
        met: seconds <= target,
        peakRssMb: Math.max(...measured.map((m) => m.peakRssMb)),
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
        loadAverageAtEnd: Number(loadavg()[0]!.toFixed(2)),
      },
      events,
      generateSeconds: info.generateSeconds,
      importSeconds: info.importSeconds,
      ...(reused ? { storeReused: true } : {}),
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
    if (!only)
      writeFileSync(new URL('./results-cx.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    if (values.store === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
