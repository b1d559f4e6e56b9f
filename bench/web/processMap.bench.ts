// Web benchmark of the explorer's process map (not a test), in Chromium against the real server:
// - BPI Challenge 2012: navigation start (and a click on the map's tab) → the map drawn (the view's
//   `process-map-drawn` performance mark, with the view `ready`);
// - a generated 100-activity log (bench/generateManyActivityLog.ts, imported through the API): the longest
//   main-thread task (PerformanceObserver, `longtask`) while its map renders, while the path slider moves
//   and while the view switches to performance.
// Writes bench/results-web-processmap.json. Run: npm run build && node --import tsx bench/web/processMap.bench.ts
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { generateManyActivityLog } from '../generateManyActivityLog.js';

const LOADS = Number(process.env.TRAILMAP_BENCH_LOADS ?? 5);
const PORT = Number(process.env.TRAILMAP_BENCH_PORT ?? 3498);
const BASE = `http://localhost:${PORT}`;
const root = new URL('../..', import.meta.url).pathname;
/** The slider positions the path slider moves through on the 100-activity map (default 20 %). */
const SLIDER_STEPS = [30, 50, 10, 100, 20];

async function startServer(dataDir: string) {
  const server = spawn(
    process.execPath,
    ['apps/cli/bin/trailmap.mjs', 'serve', '--port', String(PORT), '--data', dataDir],
    { cwd: root, stdio: 'ignore' },
  );
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  server.kill();
  throw new Error('the server did not start');
}

/** Collects main-thread long tasks (> 50 ms) into `window.__longTasks` (installed before the app loads). */
const LONG_TASKS_SCRIPT = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** The generated log as CSV with columns the import recognises. */
function manyActivityCsv(): Buffer {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = ['case_id,activity,timestamp'];
  for (const row of generateManyActivityLog(5000))
    lines.push(`${row.caseId},${quote(row.activity)},${new Date(row.tsMs).toISOString()}`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

async function upload(
  page: Page,
  ws: string,
  name: string,
  fileName: string,
  buffer: Buffer,
  mimeType: string,
) {
  const created = await page.request.post(`${BASE}/api/workspaces/${ws}/datasets`, {
    headers: { origin: BASE },
    multipart: { name, file: { name: fileName, mimeType, buffer } },
  });
  if (created.status() !== 202)
    throw new Error(`upload of ${fileName}: ${created.status()} ${await created.text()}`);
  const { dataset } = (await created.json()) as { dataset: { id: string } };
  for (;;) {
    const state = (await (
      await page.request.get(`${BASE}/api/workspaces/${ws}/datasets/${dataset.id}`)
    ).json()) as {
      status: string;
      events: number;
    };
    if (state.status === 'ready') return { id: dataset.id, events: state.events };
    if (state.status === 'failed') throw new Error(`the import of ${fileName} failed`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The map of the current selection drawn (and checked for overlaps, which follows in a task of its own). */
async function mapReady(page: Page, timeout = 120_000) {
  await page.locator('[data-testid="process-map-area"][data-state="ready"]').waitFor({ timeout });
  await page.locator('[data-testid="process-map-area"][data-layout-problems]').waitFor({ timeout });
}

const longTasks = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
  );
const clearLongTasks = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { __longTasks: unknown[] }).__longTasks = [];
  });
const lastMark = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN, name);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (ms: number) => Math.round(ms);
const maxOf = (tasks: { duration: number }[]) => round(Math.max(0, ...tasks.map((t) => t.duration)));

const dataDir = mkdtempSync(join(tmpdir(), 'trailmap-processmap-bench-'));
const server = await startServer(dataDir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const loadAtStart = loadavg()[0]!;
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  await context.addInitScript({ content: LONG_TASKS_SCRIPT });
  const page = await context.newPage();
  const signUp = await page.request.post(`${BASE}/api/auth/sign-up`, {
    data: { email: `bench-${Date.now()}@example.com`, password: 'correct horse battery' },
  });
  if (!signUp.ok()) throw new Error(`sign-up failed: ${signUp.status()}`);
  const ws = (
    (await (await page.request.get(`${BASE}/api/workspaces`)).json()) as { workspaces: { id: string }[] }
  ).workspaces[0]!.id;
  const bpic = await upload(
    page,
    ws,
    'BPI Challenge 2012',
    'bpic2012.xes.gz',
    readFileSync(join(root, 'samples/bpic2012.xes.gz')),
    'application/gzip',
  );
  const many = await upload(page, ws, '100 activities', 'many-activities.csv', manyActivityCsv(), 'text/csv');
  const bpicMap = `${BASE}/w/${ws}/data/${bpic.id}/map`;

  // BPIC 2012, default sliders: navigation start → drawn; the first load also waits for the server's queries
  const loads: number[] = [];
  const layouts: number[] = [];
  /** When the last of the map's four answers arrived (the page's and the selection worker's fetches). */
  const answered: number[] = [];
  let problems = '';
  for (let i = 0; i < LOADS + 1; i++) {
    await page.goto(bpicMap);
    await mapReady(page);
    loads.push(await lastMark(page, 'process-map-drawn'));
    const inPage = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((r) => /\/(step-times|dfg|start-end)(\?|$)/.test(r.name))
        .map((r) => (r as PerformanceResourceTiming).responseEnd),
    );
    const inWorker = await Promise.all(
      page.workers().map((w) =>
        w.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .filter((r) => /\/variants\?/.test(r.name))
            // the worker's clock starts with the worker: on the page's clock
            .map((r) => performance.timeOrigin + (r as PerformanceResourceTiming).responseEnd),
        ),
      ),
    );
    const origin = await page.evaluate(() => performance.timeOrigin);
    answered.push(Math.max(...inPage, ...inWorker.flat().map((t) => t - origin)));
    layouts.push(
      (await lastMark(page, 'process-map-layout-end')) - (await lastMark(page, 'process-map-layout-start')),
    );
    problems = (await page.getByTestId('process-map-area').getAttribute('data-layout-problems')) ?? '';
  }
  const bpicLongTasks = await longTasks(page);
  // from the Cases tab (the app loaded, the map's worker not yet started): a click on the map's tab → drawn
  const clicks: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(`${BASE}/w/${ws}/data/${bpic.id}/cases`);
    await page.getByTestId('cases-table').waitFor();
    const clickedAt = await page.evaluate(() => {
      const at = performance.now();
      document.querySelector<HTMLElement>('[data-testid="explorer-tab-map"]')!.click();
      return at;
    });
    await mapReady(page);
    clicks.push((await lastMark(page, 'process-map-drawn')) - clickedAt);
  }

  // the 100-activity log: long tasks while the map renders, the path slider moves, the view changes
  const manyMap = `${BASE}/w/${ws}/data/${many.id}/map`;
  await page.goto(manyMap);
  await mapReady(page);
  const firstRender = await longTasks(page);
  const manyDrawnMs = await lastMark(page, 'process-map-drawn');
  const manyProblems =
    (await page.getByTestId('process-map-area').getAttribute('data-layout-problems')) ?? '';
  await page.goto(manyMap);
  await mapReady(page);
  const secondRender = await longTasks(page);
  const steps: { paths: number; longestTaskMs: number; longTasks: number; readyMs: number }[] = [];
  for (const paths of SLIDER_STEPS) {
    await clearLongTasks(page);
    const start = Date.now();
    await page.getByTestId('process-map-paths').fill(String(paths));
    if (paths === 20) await page.waitForURL((url) => !url.searchParams.has('paths'));
    else await page.waitForURL((url) => url.searchParams.get('paths') === String(paths));
    await mapReady(page);
    const tasks = await longTasks(page);
    steps.push({ paths, longestTaskMs: maxOf(tasks), longTasks: tasks.length, readyMs: Date.now() - start });
  }
  await clearLongTasks(page);
  await page.getByTestId('process-map-view-performance').click();
  await page.waitForURL(/view=performance/);
  await mapReady(page);
  const viewSwitch = await longTasks(page);

  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      loadAverageAtStart: Math.round(loadAtStart * 10) / 10,
    },
    browser: `Chromium ${browser.version()}`,
    viewport: '1440×900',
    bpic2012: {
      events: bpic.events,
      openView: {
        what: 'navigation start → the map drawn (performance mark process-map-drawn, view ready); default sliders',
        firstLoadMs: round(loads[0]!),
        loads: LOADS,
        medianMs: round(median(loads.slice(1))),
        minMs: round(Math.min(...loads.slice(1))),
        maxMs: round(Math.max(...loads.slice(1))),
        layoutInWorkerMedianMs: round(median(layouts.slice(1))),
        answersInFirstLoadMs: round(answered[0]!),
        answersMedianMs: round(median(answered.slice(1))),
      },
      tabClick: {
        what: 'a click on the map tab in the Cases view → the map drawn',
        medianMs: round(median(clicks)),
        minMs: round(Math.min(...clicks)),
        maxMs: round(Math.max(...clicks)),
      },
      longestTaskMs: maxOf(bpicLongTasks),
      layoutProblems: Number(problems),
    },
    manyActivities: {
      events: many.events,
      firstRender: {
        drawnMs: round(manyDrawnMs),
        longestTaskMs: maxOf(firstRender),
        longTasks: firstRender.length,
      },
      secondRender: { longestTaskMs: maxOf(secondRender), longTasks: secondRender.length },
      sliderSteps: steps,
      viewSwitch: { longestTaskMs: maxOf(viewSwitch), longTasks: viewSwitch.length },
      layoutProblems: Number(manyProblems),
    },
  };
  writeFileSync(join(root, 'bench/results-web-processmap.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
