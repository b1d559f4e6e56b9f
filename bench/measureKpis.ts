// Benchmark of a project's KPI measurement (not a test): generated retail journeys with planted effects,
// loaded into an event store on disk, then `measureKpis` of a project with 5 KPIs (repeat calls, NPS,
// checkout → order conversion, cart drop-off, median time checkout → order), 181 days before and after the
// planted change, timed three ways: `first` — after an import whose summary built the case traces (as on the
// server: `store.markChanged()`, then the traces built untimed by a matcher count), so the journey, contact
// and answer work is timed; `cold` — right after `store.markChanged()` (the traces built too); `cached` — the
// same measurement again. Prints a table and writes bench/results-kpis.json (full runs only).
// Run: npm run bench:kpis [-- --events 10000000 --store DIR --runs 3]; `--store DIR` keeps the generated CSV
// and the store in DIR and reuses them when they match the event count and seed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  countMatches,
  importCsvFile,
  measureKpis,
  openEventStore,
  type EventStore,
  type KpiDefinition,
  type MeasureTouchpoint,
} from '@trailmap/analytics';
import { DEFAULT_PLANTED_EFFECTS, writeGeneratedEvents } from '@trailmap/generate';

const TARGET_SECONDS = 2;
const dayMs = 86_400_000;
const changeMs = DEFAULT_PLANTED_EFFECTS.repeatChangeMs;
const baseline = { fromMs: changeMs - 181 * dayMs, toMs: changeMs };
const after = { fromMs: changeMs, toMs: changeMs + 181 * dayMs };
const map: MeasureTouchpoint[] = [
  { id: 'product', matcher: { activities: ['Product Viewed'] } },
  { id: 'cart', matcher: { activities: ['Cart Added'] } },
  { id: 'checkout', matcher: { activities: ['Checkout Started'] } },
  { id: 'order', matcher: { activities: ['Order Placed'] } },
  { id: 'delivered', matcher: { activities: ['Order Delivered'] } },
];
const kpis: KpiDefinition[] = [
  { id: 'repeat', metric: 'repeatContactShare', baseline, after },
  { id: 'nps', metric: 'nps', baseline, after },
  {
    id: 'convert',
    metric: 'conversionShare',
    touchpointId: 'checkout',
    toTouchpointId: 'order',
    baseline,
    after,
  },
  { id: 'drop', metric: 'dropOffShare', touchpointId: 'cart', baseline, after },
  {
    id: 'time',
    metric: 'medianSecondsBetween',
    touchpointId: 'checkout',
    toTouchpointId: 'order',
    baseline,
    after,
  },
];
const service = { contactChannels: ['phone'], contactActivities: ['Inbound Call'] };

interface StoreInfo {
  events: number;
  seed: number;
  generateSeconds: number;
  importSeconds: number;
}

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

/** Generates the CSV and imports it into `dir` unless `dir/store.json` says that was done for these options. */
async function prepareStore(
  dir: string,
  events: number,
  seed: number,
): Promise<{ store: EventStore; info: StoreInfo }> {
  const infoPath = join(dir, 'store.json');
  const dbPath = join(dir, 'events.duckdb');
  if (existsSync(infoPath) && existsSync(dbPath)) {
    const info = JSON.parse(readFileSync(infoPath, 'utf8')) as StoreInfo;
    if (info.events !== events || info.seed !== seed)
      throw new Error(`${dir} holds ${info.events} events of seed ${info.seed}: use another --store`);
    return { store: await openEventStore({ path: dbPath, memoryLimit: '2GB' }), info };
  }
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, 'retail.csv');
  process.stderr.write(`generating ${events.toLocaleString('en')} events…\n`);
  const generated = await time(() => writeGeneratedEvents({ events, seed, format: 'csv', out: csv }));
  const store = await openEventStore({ path: dbPath, memoryLimit: '2GB' });
  process.stderr.write('importing…\n');
  const imported = await time(() => importCsvFile(store, 'retail', csv));
  await store.connection.run('CHECKPOINT');
  const info = {
    events,
    seed,
    generateSeconds: Number(generated.seconds.toFixed(1)),
    importSeconds: Number(imported.seconds.toFixed(1)),
  };
  writeFileSync(infoPath, `${JSON.stringify(info, null, 2)}\n`);
  return { store, info };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main() {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '10000000' },
      seed: { type: 'string', default: '1' },
      store: { type: 'string' },
      runs: { type: 'string', default: '3' },
    },
  });
  const events = Number(values.events);
  const runs = Math.max(1, Number(values.runs));
  const dir = values.store ?? mkdtempSync(join(tmpdir(), 'trailmap-bench-kpis-'));
  const load = loadavg()[0]!.toFixed(2);
  try {
    const { store, info } = await prepareStore(dir, events, Number(values.seed));
    const scope = { dataset: 'retail' };
    const measure = () => measureKpis(store, scope, kpis, map, { service });
    const buildTraces = async () => {
      store.markChanged();
      await countMatches(store, scope, { activities: ['Order Placed'] });
    };
    const modes = [
      { name: 'first', prepare: buildTraces },
      { name: 'cold', prepare: async () => store.markChanged() },
      { name: 'cached', prepare: measure },
    ];
    const results = [];
    let verdicts: string[] = [];
    for (const mode of modes) {
      const measured = [];
      for (let run = 0; run < runs; run++) {
        process.stderr.write(`${mode.name} (${run + 1}/${runs})…\n`);
        await mode.prepare();
        const timed = await time(measure);
        verdicts = timed.result.map((r) => `${r.kpiId}: ${r.verdict}`);
        measured.push(timed);
      }
      const seconds = median(measured.map((m) => m.seconds));
      results.push({
        mode: mode.name,
        seconds: Number(seconds.toFixed(2)),
        runs: measured.map((m) => Number(m.seconds.toFixed(2))),
        targetSeconds: TARGET_SECONDS,
        met: seconds <= TARGET_SECONDS,
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
      kpis: kpis.map((k) => k.metric),
      verdicts,
      results,
    };
    console.log(
      `measureKpis, 5 KPIs, ${events.toLocaleString('en')} generated events (load ${load} at start)`,
    );
    console.log('| mode | seconds | runs | target | met | peak RSS |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const r of results)
      console.log(
        `| ${r.mode} | ${r.seconds} | ${r.runs.join(', ')} | ≤ ${r.targetSeconds} s | ${r.met ? 'yes' : 'no'} | ${r.peakRssMb} MB |`,
      );
    console.log(JSON.stringify(report, null, 2));
    writeFileSync(new URL('./results-kpis.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    if (values.store === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
