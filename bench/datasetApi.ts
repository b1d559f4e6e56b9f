// Dataset API benchmark: a real server (embedded PGlite and a DuckDB file in a temp folder) over HTTP.
// 1. Upload + import of samples/bpic2012.xes.gz through the API until the dataset is `ready` (target ≤ 3 s).
// 2. On a 10 M-event generated dataset: the queries the explorer asks when its filter changes (process
//    map: dfg, step-times, start-end, variants; the header's summary), all at once as the app sends them,
//    first with a new filter (target ≤ 1.5 s) and then again (cached, target ≤ 100 ms).
// Usage: npm run bench:datasets [-- --events 10000000 --runs 3]
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openWorkspaceEvents } from '@trailmap/analytics';
import { uploadFile } from '../apps/cli/src/commands/import/uploadFile.js';
import { generateEventsInStore } from './generateEvents.js';
import { startBenchServer } from './startBenchServer.js';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '10000000' }, runs: { type: 'string', default: '3' } },
});
const eventCount = Number(values.events);
const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const samples = new URL('../samples/', import.meta.url).pathname;

const { url, store, events, workspaceId: ws, headers, close } = await startBenchServer('datasets');
try {
  // 1. BPIC 2012 through the API
  const uploads: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const response = await uploadFile(`${url}/api/workspaces/${ws}/datasets`, {
      path: join(samples, 'bpic2012.xes.gz'),
      fields: {},
      headers,
    });
    const { dataset } = (await response.json()) as { dataset: { id: string } };
    for (;;) {
      const state = (await (
        await fetch(`${url}/api/workspaces/${ws}/datasets/${dataset.id}`, { headers })
      ).json()) as {
        status: string;
        events: number;
      };
      if (state.status === 'ready') break;
      if (state.status === 'failed') throw new Error('BPIC import failed');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    uploads.push((performance.now() - started) / 1000);
  }

  // 2. a 10 M-event dataset, written straight into the event store under a dataset of the workspace
  process.stderr.write(`generating ${eventCount.toLocaleString('en')} events…\n`);
  const big = await store.datasets.create(ws as never, {
    name: 'generated',
    format: 'csv',
    mapping: { columns: {}, caseNotion: { kind: 'column' } },
    sizeBytes: 0,
    createdBy: null,
  });
  await events.runExclusive(() => generateEventsInStore(events, `${ws}/${big.id}`, eventCount));
  const figures = await openWorkspaceEvents(events, ws).summarise(big.id);
  await store.datasets.finishImport(ws as never, big.id, {
    ...figures,
    firstEventAt: null,
    lastEventAt: null,
  });
  const ask = async (filter: object | null) => {
    const q = filter ? `filter=${encodeURIComponent(JSON.stringify(filter))}` : '';
    const base = `${url}/api/workspaces/${ws}/datasets/${big.id}`;
    const started = performance.now();
    const answers = await Promise.all(
      [`dfg?${q}`, `step-times?${q}`, `start-end?${q}`, `variants?limit=5000&${q}`, `summary?${q}`].map(
        async (path) => {
          const response = await fetch(`${base}/${path}`, { headers });
          if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
          return response.json();
        },
      ),
    );
    return { seconds: (performance.now() - started) / 1000, answers };
  };
  await ask(null); // the dataset opens (builds the engine's case traces once)
  const filters = [
    { channels: ['web'] },
    { contains: ['pay'] },
    { notContains: ['complaint'], channels: ['app'] },
  ];
  const rows: { filter: string; firstSeconds: number; cachedSeconds: number }[] = [];
  for (const filter of filters) {
    const first = await ask(filter);
    const cached = await ask(filter);
    rows.push({ filter: JSON.stringify(filter), firstSeconds: first.seconds, cachedSeconds: cached.seconds });
  }

  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAtStart: loadavg()[0] },
    bpicUploadToReadySeconds: { runs: uploads, median: median(uploads), target: 3 },
    filterChange: {
      events: eventCount,
      queries: ['dfg', 'step-times', 'start-end', 'variants', 'summary'],
      rows,
      targetFirstSeconds: 1.5,
      targetCachedSeconds: 0.1,
    },
  };
  console.log('| measure | value | target |\n|---|---|---|');
  console.log(
    `| BPIC 2012 upload + import to ready (median of ${runs}) | ${median(uploads).toFixed(2)} s | ≤ 3 s |`,
  );
  for (const row of rows) {
    console.log(`| filter ${row.filter}: first | ${row.firstSeconds.toFixed(2)} s | ≤ 1.5 s |`);
    console.log(`| filter ${row.filter}: cached | ${(row.cachedSeconds * 1000).toFixed(0)} ms | ≤ 100 ms |`);
  }
  writeFileSync(new URL('./results-datasets.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await close();
}
