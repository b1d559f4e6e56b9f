// Web benchmark of the journey map editor (not a test): a map with 120 touchpoints in Chromium —
// how long the first render takes, and how long an edit takes to show; then the same map measured (linked to
// a generated dataset, a matcher on every touchpoint): its first render with the chips against the same map
// with the figures hidden (`?figures=off`), the server's answer cached. Writes bench/results-web.json.
// Run: npm run build && node --import tsx bench/web/mapRender.bench.ts
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { formatGeneratedEvents, generateJourneyMap } from '@trailmap/generate';

const TOUCHPOINTS = 120;
const LOADS = 5;
const EDITS = 15;
const PORT = Number(process.env.TRAILMAP_BENCH_PORT ?? 3499);
const BASE = `http://localhost:${PORT}`;
const root = new URL('../..', import.meta.url).pathname;

async function startServer(dataDir: string) {
  const server = spawn(
    process.execPath,
    ['apps/cli/bin/trailmap.mjs', 'serve', '--port', String(PORT), '--data', dataDir],
    {
      cwd: root,
      stdio: 'ignore',
    },
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

/**
 * Marks `map-rendered` when all cards and the curve are in the DOM (installed before the app loads).
 * A string, not a function: tsx would wrap named functions in a helper the page does not have.
 */
function renderMarkScript(expected: number): string {
  return `(() => {
    const observer = new MutationObserver(() => {
      const cards = document.querySelectorAll('[data-testid="touchpoint-card"]').length;
      const drawn = cards >= ${expected} && document.querySelector('[data-testid="emotion-curve"] .curve-line');
      if (drawn && performance.getEntriesByName('map-rendered').length === 0) performance.mark('map-rendered');
      // with figures: every card's chips too
      if (drawn && document.querySelectorAll('[data-testid="touchpoint-figures"]').length >= ${expected}) {
        performance.mark('figures-rendered');
        observer.disconnect();
      }
      if (drawn && location.search.includes('figures=off')) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}

/** Moves the first card of phase 1 to phase 2 with Alt+ArrowRight and times until the DOM shows it. */
async function timeOneEdit(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const card = document.querySelector<HTMLElement>(
          '.tp-cell[data-phase-index="1"] [data-testid="touchpoint-card"]',
        )!;
        const id = card.dataset.touchpointId;
        const target = document.querySelector('.tp-cell[data-phase-index="2"]')!;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (target.querySelector(`[data-touchpoint-id="${id}"]`)) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        card.focus();
        card.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true, cancelable: true }),
        );
      }),
  );
}

/** Types one more letter into the open panel's title field and times until the card shows it. */
async function timeOneKeystroke(page: Page, round: number): Promise<number> {
  return page.evaluate(
    (n) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid="tp-title"]')!;
        const panel = document.querySelector<HTMLElement>('[data-testid="touchpoint-panel"]')!;
        const id = document.querySelector<HTMLElement>('.tp-card.is-selected')!.dataset.touchpointId;
        const title = document.querySelector(`[data-touchpoint-id="${id}"] .tp-card-title`)!;
        const next = `${input.value}${String.fromCharCode(97 + (n % 26))}`;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (title.textContent === next) {
            observer.disconnect();
            resolve(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setValue.call(input, next);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        panel.dataset.round = String(n);
      }),
    round,
  );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (ms: number) => Math.round(ms * 10) / 10;

const dataDir = mkdtempSync(join(tmpdir(), 'trailmap-web-bench-'));
const server = await startServer(dataDir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript({ content: renderMarkScript(TOUCHPOINTS) });
  const page = await context.newPage();
  const email = `bench-${Date.now()}@example.com`;
  const signUp = await page.request.post(`${BASE}/api/auth/sign-up`, {
    data: { email, password: 'correct horse battery' },
  });
  if (!signUp.ok()) throw new Error(`sign-up failed: ${signUp.status()}`);
  const ws = (
    (await (await page.request.get(`${BASE}/api/workspaces`)).json()) as { workspaces: { id: string }[] }
  ).workspaces[0]!.id;
  const created = (await (
    await page.request.post(`${BASE}/api/workspaces/${ws}/journeys`, {
      headers: { origin: BASE },
      data: { title: 'A long journey', template: 'see-think-do-care-love' },
    })
  ).json()) as { journey: { id: string; version: number; title: string } };
  const { content } = generateJourneyMap({ touchpoints: TOUCHPOINTS });
  const put = await page.request.put(`${BASE}/api/workspaces/${ws}/journeys/${created.journey.id}`, {
    headers: { origin: BASE },
    data: {
      title: created.journey.title,
      state: 'current',
      phaseModel: 'see-think-do-care-love',
      ...content,
      version: created.journey.version,
    },
  });
  if (!put.ok()) throw new Error(`saving the big map failed: ${put.status()} ${await put.text()}`);
  const url = `${BASE}/w/${ws}/journeys/${created.journey.id}`;

  const renders: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('map-rendered').length > 0, undefined, {
      timeout: 30_000,
    });
    renders.push(await page.evaluate(() => performance.getEntriesByName('map-rendered')[0]!.startTime));
  }

  const edits: number[] = [];
  for (let i = 0; i < EDITS; i++) edits.push(await timeOneEdit(page));
  await page.locator('.tp-cell[data-phase-index="3"] [data-testid="touchpoint-card"]').first().click();
  await page.getByTestId('tp-title').waitFor();
  const keystrokes: number[] = [];
  for (let i = 0; i < EDITS; i++) keystrokes.push(await timeOneKeystroke(page, i));
  await page.waitForSelector('[data-testid="save-state"][data-state="saved"]', { timeout: 30_000 });

  // The same map measured: a generated dataset, a matcher on every touchpoint, the link.
  const chunks: string[] = [];
  for await (const chunk of formatGeneratedEvents({ events: 20_000, seed: 7, format: 'csv' }))
    chunks.push(chunk);
  const csv = chunks.join('');
  const uploaded = await page.request.post(`${BASE}/api/workspaces/${ws}/datasets`, {
    headers: { origin: BASE },
    multipart: { name: 'shoes', file: { name: 'shoes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) } },
  });
  if (uploaded.status() !== 202)
    throw new Error(`upload failed: ${uploaded.status()} ${await uploaded.text()}`);
  const datasetId = ((await uploaded.json()) as { dataset: { id: string } }).dataset.id;
  for (let i = 0; ; i++) {
    const dataset = (await (
      await page.request.get(`${BASE}/api/workspaces/${ws}/datasets/${datasetId}`)
    ).json()) as {
      status: string;
      activities: number;
    };
    if (dataset.status === 'ready') break;
    if (dataset.status === 'failed' || i > 600) throw new Error('the dataset did not import');
    await new Promise((r) => setTimeout(r, 100));
  }
  const activities = [
    'Page Viewed',
    'Product Viewed',
    'Cart Added',
    'Checkout Started',
    'Order Placed',
    'Order Shipped',
    'Order Delivered',
    'Chat Started',
  ];
  const current = (await (
    await page.request.get(`${BASE}/api/workspaces/${ws}/journeys/${created.journey.id}`)
  ).json()) as {
    journey: { version: number; title: string; touchpoints: { id: string }[] } & Record<string, unknown>;
  };
  const measured = await page.request.put(`${BASE}/api/workspaces/${ws}/journeys/${created.journey.id}`, {
    headers: { origin: BASE },
    data: {
      ...content,
      title: current.journey.title,
      state: 'current',
      phaseModel: 'see-think-do-care-love',
      touchpoints: (current.journey.touchpoints as Record<string, unknown>[]).map((tp, i) => ({
        ...tp,
        matcher: { activities: [activities[i % activities.length]!] },
      })),
      datasetId,
      version: current.journey.version,
    },
  });
  if (!measured.ok())
    throw new Error(`linking the big map failed: ${measured.status()} ${await measured.text()}`);
  // the server computes the figures once; the loads below time the page, not the engine
  const warm = await page.request.get(`${BASE}/api/workspaces/${ws}/journeys/${created.journey.id}/measures`);
  if (!warm.ok()) throw new Error(`measures failed: ${warm.status()}`);
  const timeLoad = async (target: string, mark: string) => {
    await page.goto(target);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
      timeout: 30_000,
    });
    return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
  };
  const withFigures: number[] = [];
  const withoutFigures: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    withoutFigures.push(await timeLoad(`${url}?figures=off`, 'map-rendered'));
    withFigures.push(await timeLoad(url, 'figures-rendered'));
  }

  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryGb: Math.round(totalmem() / 2 ** 30),
    },
    browser: `Chromium ${browser.version()}`,
    viewport: '1440×900',
    touchpoints: TOUCHPOINTS,
    firstRender: {
      what: 'navigation start → all touchpoint cards and the emotion curve in the DOM (performance mark)',
      loads: LOADS,
      medianMs: round(median(renders)),
      minMs: round(Math.min(...renders)),
      maxMs: round(Math.max(...renders)),
    },
    editReflected: {
      what: 'Alt+ArrowRight on a card → the card in the next phase in the DOM (domain edit, history, re-render)',
      edits: EDITS,
      medianMs: round(median(edits)),
      minMs: round(Math.min(...edits)),
      maxMs: round(Math.max(...edits)),
    },
    keystrokeReflected: {
      what: 'one letter typed in the side panel title → the card shows the new title',
      keystrokes: EDITS,
      medianMs: round(median(keystrokes)),
      minMs: round(Math.min(...keystrokes)),
      maxMs: round(Math.max(...keystrokes)),
    },
    measuredMap: {
      what: "the same map linked to 20,000 generated events, a matcher on every touchpoint, the figures cached on the server: navigation start → every card, the curve and (with figures) every card's chips in the DOM",
      loads: LOADS,
      withFiguresMedianMs: round(median(withFigures)),
      withoutFiguresMedianMs: round(median(withoutFigures)),
      targetMs: 1000,
    },
  };
  writeFileSync(join(root, 'bench/results-web.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(
    `map with ${TOUCHPOINTS} touchpoints: first render ${result.firstRender.medianMs} ms (median of ${LOADS}), ` +
      `card moved ${result.editReflected.medianMs} ms, keystroke shown ${result.keystrokeReflected.medianMs} ms ` +
      `(medians of ${EDITS}); measured: with chips ${result.measuredMap.withFiguresMedianMs} ms, figures off ` +
      `${result.measuredMap.withoutFiguresMedianMs} ms (medians of ${LOADS})`,
  );
} finally {
  await browser.close();
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
