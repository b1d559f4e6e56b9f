// Benchmark of the board report's PDF (not a test): the demo's map "Buying shoes — now" linked to generated
// retail events (planted effects), with 5 projects of 2 KPIs each (the demo's project and four more), then
// the journey's board report built (`buildJourneyReport`: the measured map, NPS per month, every project
// measured) and printed (`renderReport`, the worker job, run in-process here), timed three ways: `cold` —
// right after `events.markChanged()` with an empty answers cache (the first report after an import);
// `cached` — again with the engine's answers cached as the server keeps them per dataset version; and the
// baseline of the same run, `picture PDF` — the map's A3 picture export with figures (measureMapFigures,
// splitJourneyPages, renderJourneyPdf), cached the same way. Prints a table and writes
// bench/results-report.json.
// Run: npm run bench:report [-- --events 10000000 --store DIR --runs 3]; `--store DIR` keeps the generated
// CSV, the event store and the workspace store in DIR and reuses them for the same event count and seed.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { openEventStore } from '@trailmap/analytics';
import { openStore, type Store } from '@trailmap/db';
import {
  projectFieldsSchema,
  projectKpiFieldsSchema,
  SHOES_NOW_TITLE,
  type DatasetId,
  type JourneyMap,
  type WorkspaceId,
} from '@trailmap/domain';
import { writeGeneratedEvents } from '@trailmap/generate';
import { splitJourneyPages } from '@trailmap/viz';
import { renderJourneyPdf } from '@trailmap/viz/node';
import type { AppContext } from '../apps/server/src/app.js';
import { createQueryCache } from '../apps/server/src/datasets/createQueryCache.js';
import { storeDemoContent } from '../apps/server/src/demo/seedDemo.js';
import { importDemoDataset, linkDemoMap } from '../apps/server/src/demo/seedDemoDatasets.js';
import { seedDemoProject } from '../apps/server/src/demo/seedDemoProject.js';
import { buildJourneyReport } from '../apps/server/src/reports/buildJourneyReport.js';
import { renderReport } from '../apps/server/src/reports/renderReport.js';
import { measureMapFigures } from '../apps/server/src/routes/journeyMeasures.js';
import { readRetailBenchArgs, timeTask } from './prepareRetailStore.js';

const TARGET_SECONDS = 3;

interface Setup {
  events: number;
  seed: number;
  workspaceId: WorkspaceId;
  journeyId: JourneyMap['id'];
  generateSeconds: number;
  importSeconds: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Four more projects of two KPIs each on the map's touchpoints, beside the demo's own (seedDemoProject). */
async function addProjects(
  store: Store,
  workspaceId: WorkspaceId,
  datasetId: DatasetId,
  journey: JourneyMap,
) {
  const idOf = (title: string) => {
    const found = journey.touchpoints.find((t) => t.title === title);
    if (!found) throw new Error(`no touchpoint "${title}" on the demo map`);
    return found.id;
  };
  const baseline = { from: '2024-01-01T00:00:00.000Z', to: '2024-07-01T00:00:00.000Z' };
  const after = { from: '2024-07-01T00:00:00.000Z', to: null };
  const scope = { datasetId, journeyId: journey.id };
  const projects = [
    {
      title: 'Size advice from earlier orders',
      status: 'chosen',
      kpis: [
        {
          metric: 'conversionShare',
          touchpointId: idOf('Reads reviews'),
          toTouchpointId: idOf('Orders in the app'),
        },
        { metric: 'csat' },
      ],
    },
    {
      title: 'Choose a delivery slot',
      status: 'in-progress',
      kpis: [
        { metric: 'dropOffShare', touchpointId: idOf('Best deal with free returns') },
        { metric: 'complaintShare' },
      ],
    },
    {
      title: 'Refund on scan at the parcel point',
      status: 'done',
      kpis: [{ metric: 'contactsPerJourney' }, { metric: 'ces' }],
    },
    {
      title: 'Loyalty in the app',
      status: 'chosen',
      kpis: [
        {
          metric: 'medianSecondsBetween',
          touchpointId: idOf('Reads reviews'),
          toTouchpointId: idOf('Orders in the app'),
        },
        { metric: 'reachShare', touchpointId: idOf('Orders in the app') },
      ],
    },
  ];
  for (const p of projects) {
    const project = await store.projects.create(
      workspaceId,
      projectFieldsSchema.parse({
        journeyId: journey.id,
        title: p.title,
        status: p.status,
        startDate: '2024-07-01',
      }),
    );
    for (const { metric, ...rest } of p.kpis)
      await store.projectKpis.create(
        workspaceId,
        project.id,
        projectKpiFieldsSchema.parse({ metric, scope: { ...scope, ...rest }, baseline, after, target: null }),
      );
  }
}

/** The workspace, the demo map, the generated dataset linked to it and the five projects (reused from `dir`). */
async function prepare(dir: string, events: number, seed: number) {
  const infoPath = join(dir, 'report.json');
  const store = await openStore({ engine: 'pglite', dataDir: join(dir, 'db') });
  const eventStore = await openEventStore({ path: join(dir, 'events.duckdb'), memoryLimit: '2GB' });
  if (existsSync(infoPath)) {
    const setup = JSON.parse(readFileSync(infoPath, 'utf8')) as Setup;
    if (setup.events !== events || setup.seed !== seed)
      throw new Error(`${dir} holds ${setup.events} events of seed ${setup.seed}: use another --store`);
    process.stderr.write(`reusing ${dir}\n`);
    return { store, eventStore, setup };
  }
  const csv = join(dir, 'retail.csv');
  process.stderr.write(`generating ${events.toLocaleString('en')} events…\n`);
  const generated = await timeTask(() => writeGeneratedEvents({ events, seed, format: 'csv', out: csv }));
  const workspace = await store.workspaces.create({ name: 'Bench' });
  const [map] = await storeDemoContent(store, workspace.id, [SHOES_NOW_TITLE]);
  if (!map) throw new Error('no demo map');
  process.stderr.write('importing…\n');
  const imported = await timeTask(() =>
    importDemoDataset(store, eventStore, workspace.id, {
      name: 'Shoe shop journeys (generated)',
      path: csv,
      fileName: 'retail.csv',
      format: 'csv',
      mapping: {},
    }),
  );
  const datasetId = imported.result;
  await linkDemoMap(store, workspace.id, datasetId);
  await seedDemoProject(store, workspace.id, datasetId);
  await addProjects(store, workspace.id, datasetId, map);
  rmSync(csv, { force: true });
  const setup: Setup = {
    events,
    seed,
    workspaceId: workspace.id,
    journeyId: map.id,
    generateSeconds: Number(generated.seconds.toFixed(1)),
    importSeconds: Number(imported.seconds.toFixed(1)),
  };
  writeFileSync(infoPath, `${JSON.stringify(setup, null, 2)}\n`);
  return { store, eventStore, setup };
}

async function main() {
  const { events, seed, runs, dir, temporary, load } = readRetailBenchArgs('report');
  try {
    const { store, eventStore, setup } = await prepare(dir, events, seed);
    // the report reads the workspace store, the event store and the answers cache, nothing else of the app
    const contextOf = () =>
      ({ store, datasets: { events: eventStore, answers: createQueryCache() } }) as unknown as Pick<
        AppContext,
        'store' | 'datasets'
      >;
    let context = contextOf();
    const madeOn = new Date().toISOString().slice(0, 10);
    let pages = 0;
    let bytes = 0;
    let summary: string[] = [];
    const report = async () => {
      const built = await timeTask(() => buildJourneyReport(context, setup.workspaceId, setup.journeyId));
      const printed = await timeTask(() =>
        renderReport({ kind: 'journey', report: built.result, lang: 'en', madeOn }),
      );
      const text = Buffer.from(printed.result).toString('latin1');
      pages = Number(/\/Type \/Pages\b[^>]*?\/Count (\d+)/s.exec(text)?.[1] ?? 0);
      bytes = printed.result.byteLength;
      summary = built.result.projects.map(
        (p) => `${p.title}: ${p.outcome} (${p.kpis.map((k) => `${k.metric} ${k.verdict}`).join(', ')})`,
      );
      return { buildSeconds: built.seconds, printSeconds: printed.seconds };
    };
    const picture = async () => {
      const journey = await store.journeys.get(setup.workspaceId, setup.journeyId);
      if (!journey) throw new Error('no map');
      const figures = await measureMapFigures(context, journey, 'designed');
      const svgs = splitJourneyPages(journey, [], figures ? { figures } : {});
      await renderJourneyPdf(svgs, { title: journey.title });
      return { buildSeconds: 0, printSeconds: 0 };
    };
    const modes = [
      {
        name: 'report PDF, cold',
        task: report,
        prepare: async () => {
          eventStore.markChanged();
          context = contextOf();
        },
      },
      { name: 'report PDF, cached', task: report, prepare: report },
      { name: 'picture PDF (baseline), cached', task: picture, prepare: picture },
    ];
    const results = [];
    for (const mode of modes) {
      const measured = [];
      for (let run = 0; run < runs; run++) {
        process.stderr.write(`${mode.name} (${run + 1}/${runs})…\n`);
        await mode.prepare();
        measured.push(await timeTask(mode.task));
      }
      const seconds = median(measured.map((m) => m.seconds));
      results.push({
        mode: mode.name,
        seconds: Number(seconds.toFixed(2)),
        runs: measured.map((m) => Number(m.seconds.toFixed(2))),
        buildSeconds: Number(median(measured.map((m) => m.result.buildSeconds)).toFixed(2)),
        printSeconds: Number(median(measured.map((m) => m.result.printSeconds)).toFixed(2)),
        targetSeconds: TARGET_SECONDS,
        met: seconds <= TARGET_SECONDS,
        peakRssMb: Math.max(...measured.map((m) => m.peakRssMb)),
      });
    }
    eventStore.close();
    await store.close();
    const output = {
      date: new Date().toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        loadAverageAtStart: Number(load),
        loadAverageAtEnd: Number(loadavg()[0]!.toFixed(2)),
      },
      events,
      generateSeconds: setup.generateSeconds,
      importSeconds: setup.importSeconds,
      projects: summary,
      pdf: { pages, bytes },
      results,
    };
    console.log(
      `board report PDF, 5 projects × 2 KPIs, ${events.toLocaleString('en')} generated events (load ${load} at start)`,
    );
    console.log('| mode | seconds | runs | build | print | target | met | peak RSS |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of results)
      console.log(
        `| ${r.mode} | ${r.seconds} | ${r.runs.join(', ')} | ${r.buildSeconds} | ${r.printSeconds} | ≤ ${r.targetSeconds} s | ${r.met ? 'yes' : 'no'} | ${r.peakRssMb} MB |`,
      );
    console.log(JSON.stringify(output, null, 2));
    writeFileSync(new URL('./results-report.json', import.meta.url), `${JSON.stringify(output, null, 2)}\n`);
  } finally {
    if (temporary) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
