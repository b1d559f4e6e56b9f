// Benchmark of a project's KPI measurement (not a test): generated retail journeys with planted effects,
// loaded into an event store on disk, then `measureKpis` of a project with 5 KPIs (repeat calls, NPS,
// checkout → order conversion, cart drop-off, median time checkout → order), 181 days before and after the
// planted change, timed three ways: `first` — after an import whose summary built the case traces (as on the
// server: `store.markChanged()`, then the traces built untimed by a matcher count), so the journey, contact
// and answer work is timed; `cold` — right after `store.markChanged()` (the traces built too); `cached` — the
// same measurement again. Prints a table and writes bench/results-kpis.json (full runs only).
// Run: npm run bench:kpis [-- --events 10000000 --store DIR --runs 3]; `--store DIR` keeps the generated CSV
// and the store in DIR and reuses them when they match the event count and seed.
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { prepareRetailStore, readRetailBenchArgs, timeTask } from './prepareRetailStore.js';
import { countMatches, measureKpis, type KpiDefinition, type MeasureTouchpoint } from '@trailmap/analytics';
import { DEFAULT_PLANTED_EFFECTS } from '@trailmap/generate';

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

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main() {
  const { events, seed, runs, dir, temporary, load } = readRetailBenchArgs('kpis');
  try {
    const { store, info } = await prepareRetailStore(dir, events, seed, {
      memoryLimit: '2GB',
    });
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
        const timed = await timeTask(measure);
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
    if (temporary) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
