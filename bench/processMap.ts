// Benchmark of the process map (not a test): selection, ELK layout, restyling and SVG for BPIC 2012 and for
// a generated 100-activity log, at the default sliders and at 100 %/100 %. Prints a table and writes
// bench/results-processmap.json. Run: npm run bench:processmap [-- --runs 5]
// Selection and SVG run on the web app's main thread (target: well under 200 ms each); the ELK layout
// will run in a Web Worker, so its time is what the user waits for, not a frozen page.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import {
  discoverDfg,
  getStartEnd,
  getStepTimes,
  getVariants,
  importEvents,
  importXesFile,
  openEventStore,
  type EventStore,
} from '@trailmap/analytics';
import {
  checkProcessMapLayout,
  DEFAULT_PROCESS_MAP_SHARES,
  layoutProcessMap,
  renderProcessMapSvg,
  restyleProcessMap,
  selectProcessMap,
  type ProcessMapInput,
  type ProcessMapShares,
} from '@trailmap/viz';
import ELK from 'elkjs/lib/elk.bundled.js';
import { generateManyActivityLog } from './generateManyActivityLog.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(values.runs));
const samples = new URL('../samples/', import.meta.url).pathname;

/** The map's input as the engine mines it (every variant, for exact hidden shares). */
async function mineMapInput(store: EventStore): Promise<ProcessMapInput> {
  const scope = { dataset: 'log' };
  const [steps, edges, startEnd, variants] = await Promise.all([
    getStepTimes(store, scope),
    discoverDfg(store, scope),
    getStartEnd(store, scope),
    getVariants(store, scope),
  ]);
  return {
    activities: steps.map((s) => ({
      activity: s.activity,
      events: s.events,
      medianDurationSeconds: s.medianDurationSeconds,
    })),
    edges,
    startActivities: startEnd.startActivities,
    endActivities: startEnd.endActivities,
    variants: variants.variants,
  };
}

interface Row {
  log: string;
  sliders: string;
  activities: string;
  paths: string;
  hiddenCases: string;
  selectFirstMs: number;
  selectMoveMs: number;
  layoutMs: number;
  layoutRunsMs: number[];
  restyleMs: number;
  svgMs: number;
  svgKb: number;
  size: string;
  problems: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function measure(log: string, input: ProcessMapInput, shares: ProcessMapShares): Promise<Row> {
  // the first selection of an input also counts its variants once (cached per input object)
  const fresh = structuredClone(input);
  let t = performance.now();
  selectProcessMap(fresh, shares);
  const selectFirstMs = performance.now() - t;
  const moves: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    selectProcessMap(fresh, { ...shares, pathShare: Math.min(1, shares.pathShare + 0.05 * (i + 1)) });
    moves.push(performance.now() - t);
  }
  const selection = selectProcessMap(fresh, shares);
  const elk = new ELK();
  const layoutRunsMs: number[] = [];
  let layout = await layoutProcessMap(selection, { elk, view: 'frequency', metric: 'events' });
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    layout = await layoutProcessMap(selection, { elk, view: 'frequency', metric: 'events' });
    layoutRunsMs.push(performance.now() - t);
  }
  t = performance.now();
  const performanceLayout = restyleProcessMap(layout, { view: 'performance', metric: 'median' });
  const restyleMs = performance.now() - t;
  const svgs: number[] = [];
  let svg = '';
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    svg = renderProcessMapSvg(i % 2 ? performanceLayout : layout);
    svgs.push(performance.now() - t);
  }
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  return {
    log,
    sliders: `${pct(shares.activityShare)} / ${pct(shares.pathShare)}`,
    activities: `${selection.totals.activities - selection.hidden.activities} of ${selection.totals.activities}`,
    paths: `${selection.totals.paths - selection.hidden.paths} of ${selection.totals.paths}`,
    hiddenCases: pct(selection.hidden.shareOfCases),
    selectFirstMs: round(selectFirstMs),
    selectMoveMs: round(median(moves)),
    layoutMs: round(median(layoutRunsMs)),
    layoutRunsMs: layoutRunsMs.map(round),
    restyleMs: round(restyleMs),
    svgMs: round(median(svgs)),
    svgKb: Math.round(Buffer.byteLength(svg) / 1024),
    size: `${layout.width} × ${layout.height}`,
    problems: checkProcessMapLayout(layout).length,
  };
}

const loadAtStart = loadavg()[0]!;
const logs: [string, ProcessMapInput][] = [];
{
  const store = await openEventStore();
  await importXesFile(store, 'log', `${samples}bpic2012.xes.gz`);
  logs.push(['bpic2012.xes.gz (24 activities, 13,087 cases)', await mineMapInput(store)]);
  store.close();
}
{
  const store = await openEventStore();
  const rows = generateManyActivityLog(5000);
  await importEvents(
    store,
    'log',
    (async function* () {
      for (let i = 0; i < rows.length; i += 50_000) yield rows.slice(i, i + 50_000);
    })(),
  );
  logs.push([
    `generated (100 activities, 5,000 cases, ${rows.length.toLocaleString('en')} events)`,
    await mineMapInput(store),
  ]);
  store.close();
}
const results: Row[] = [];
for (const [log, input] of logs)
  for (const shares of [DEFAULT_PROCESS_MAP_SHARES, { activityShare: 1, pathShare: 1 }]) {
    const row = await measure(log, input, shares);
    results.push(row);
    process.stdout.write(`${JSON.stringify(row)}\n`);
  }

const header =
  '| log | sliders (activities / paths) | activities | paths | cases using a hidden path | select, first (ms) | select, slider move (ms) | ELK layout (ms) | restyle (ms) | SVG (ms) | SVG (KB) | drawing (px) | layout problems |';
const lines = results.map(
  (r) =>
    `| ${r.log} | ${r.sliders} | ${r.activities} | ${r.paths} | ${r.hiddenCases} | ${r.selectFirstMs} | ${r.selectMoveMs} | ${r.layoutMs} | ${r.restyleMs} | ${r.svgMs} | ${r.svgKb} | ${r.size} | ${r.problems} |`,
);
process.stdout.write(`\n${header}\n|${' --- |'.repeat(13)}\n${lines.join('\n')}\n`);
writeFileSync(
  new URL('results-processmap.json', import.meta.url),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? '',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        loadAverageAtStart: Math.round(loadAtStart * 100) / 100,
        loadAverageAtEnd: Math.round(loadavg()[0]! * 100) / 100,
      },
      runs,
      results,
    },
    null,
    2,
  )}\n`,
);
