import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDuration } from '../apps/web/src/explorer/formatDuration.js';
import {
  expectFunnel,
  expectTimeline,
  SAME_ORIGIN,
  shootBothAt,
  signUp,
  test,
  expect,
  uniqueEmail,
  type FunnelResult,
  type TimelineAnswer,
} from './support.js';

const RECEIPT = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'samples', 'receipt.csv'));
const STEPS = [
  'Confirmation of receipt',
  'T02 Check confirmation of receipt',
  'T04 Determine confirmation of receipt',
];
const number = (n: number) => new Intl.NumberFormat('en-GB').format(n);

/** One account and one dataset (the receipt log) for the whole file. */
let workspaceId = '';
let datasetId = '';
let cookies: Awaited<ReturnType<ReturnType<Page['context']>['cookies']>> = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  const context = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': `10.${byte()}.${byte()}.${byte()}` },
  });
  const page = await context.newPage();
  await signUp(page, uniqueEmail('explorer-views'));
  workspaceId = /\/w\/(wks_[a-z0-9]+)\//.exec(page.url())![1]!;
  const created = await page.request.post(`/api/workspaces/${workspaceId}/datasets`, {
    headers: SAME_ORIGIN,
    multipart: {
      name: 'Permit receipts',
      file: { name: 'receipt.csv', mimeType: 'text/csv', buffer: RECEIPT },
    },
  });
  expect(created.status()).toBe(202);
  datasetId = ((await created.json()) as { dataset: { id: string } }).dataset.id;
  await expect
    .poll(
      async () =>
        (
          (await (await page.request.get(`/api/workspaces/${workspaceId}/datasets/${datasetId}`)).json()) as {
            status: string;
          }
        ).status,
      { timeout: 90_000, intervals: [250, 500, 1000] },
    )
    .toBe('ready');
  cookies = await context.cookies();
  await context.close();
});

test.beforeEach(async ({ page }) => {
  await page.context().addCookies(cookies);
});

const base = () => `/w/${workspaceId}/data/${datasetId}`;
const api = (query: string) => `/api/workspaces/${workspaceId}/datasets/${datasetId}/${query}`;

async function expectAccessible(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

test('a 3-step funnel shows the numbers of the engine, and two segments side by side', async ({ page }) => {
  await page.goto(`${base()}/funnel`);
  await expect(page.getByTestId('funnel-empty')).toBeVisible();
  for (const step of STEPS) await page.getByTestId('funnel-add').selectOption(step);
  await expect(page.getByTestId('funnel-step-select')).toHaveCount(3);
  await expect(page).toHaveURL(/step=Confirmation\+of\+receipt&step=T02/);

  const stepQuery = STEPS.map((s) => `step=${encodeURIComponent(s)}`).join('&');
  const all = (await (await page.request.get(api(`funnel?${stepQuery}`))).json()) as FunnelResult;
  expect(all.steps[0]!.cases).toBe(1434);
  await expectFunnel(page, 'a', all);
  await expectAccessible(page, 'funnel');
  await shootBothAt(page, 'explorer-funnel', 'funnel-a');

  // strict order asks the engine again
  await page.getByTestId('funnel-order').selectOption('strict');
  const strict = (await (
    await page.request.get(api(`funnel?${stepQuery}&order=strict`))
  ).json()) as FunnelResult;
  await expectFunnel(page, 'a', strict);
  await page.getByTestId('funnel-order').selectOption('loose');

  // segment B: the cases of the Desk channel
  // the box follows the URL, which the router applies in a transition: click, then wait for it
  await page.getByTestId('funnel-compare').click();
  await expect(page.getByTestId('funnel-compare')).toBeChecked();
  const barB = page.getByTestId('funnel-b-filter');
  await barB.getByTestId('filter-add').click();
  await barB.getByTestId('filter-kind').selectOption('channels');
  await barB.getByTestId('filter-value').selectOption('Desk');
  await barB.getByTestId('filter-apply').click();
  await expect(barB.getByTestId('filter-chip')).toHaveText('channel Desk');
  const desk = (await (
    await page.request.get(
      api(`funnel?${stepQuery}&filter=${encodeURIComponent(JSON.stringify({ channels: ['Desk'] }))}`),
    )
  ).json()) as FunnelResult;
  expect(desk.steps[0]!.cases).toBeLessThan(all.steps[0]!.cases);
  await expectFunnel(page, 'a', all);
  await expectFunnel(page, 'b', desk);
  const diff = page.getByTestId('funnel-diff').locator('tbody tr');
  await expect(diff).toHaveCount(3);
  const points = (desk.steps[1]!.conversionFromStart - all.steps[1]!.conversionFromStart) * 100;
  await expect(diff.nth(1)).toContainText(
    `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(points)} pp`,
  );
  await expectAccessible(page, 'funnel compared');
  await shootBothAt(page, 'explorer-funnel-compare', 'funnel-b');

  // the funnel is a URL: reloading it shows the same
  await page.reload();
  await expectFunnel(page, 'b', desk);
});

test('the paths from "Confirmation of receipt" draw nodes; a node adds "contains" to the filter', async ({
  page,
}) => {
  await page.goto(`${base()}/paths`);
  await page.getByTestId('paths-anchor').selectOption('Confirmation of receipt');
  await page.getByTestId('paths-depth').selectOption('3');
  await expect(page).toHaveURL(/anchor=Confirmation\+of\+receipt/);
  const sankey = page.getByTestId('paths-sankey');
  await expect(sankey).toBeVisible();
  const paths = (await (
    await page.request.get(api('paths?anchor=Confirmation%20of%20receipt&direction=from&depth=3'))
  ).json()) as { nodes: { offset: number; activity: string; cases: number }[] };
  const anchor = sankey.locator('[data-testid="paths-node"][data-activity="Confirmation of receipt"]');
  await expect(anchor).toHaveCount(1);
  await expect(anchor).toContainText(number(paths.nodes.find((n) => n.offset === 0)!.cases));
  expect(await sankey.getByTestId('paths-node').count()).toBeGreaterThanOrEqual(6);
  await expect(page.getByTestId('paths-not-shown')).toContainText(
    '1,434 of 1,434 cases in the filter reach “Confirmation of receipt”',
  );
  await expect(page.getByTestId('paths-not-shown')).toContainText('Not shown: 0 cases');
  await expectAccessible(page, 'paths');
  await shootBothAt(page, 'explorer-paths', 'paths-sankey');

  // the other direction, from the keyboard: a node adds "contains" to the filter
  await page.getByTestId('paths-direction').selectOption('to');
  await page.getByTestId('paths-anchor').selectOption('T10 Determine necessity to stop indication');
  // the new answer is drawn (not the previous one kept on screen while it loads)
  await expect(sankey).toHaveAttribute('aria-label', /T10 Determine necessity to stop indication/);
  await expect(page.locator('.sankey-scroll[data-stale]')).toHaveCount(0);
  const t02 = sankey.locator('[data-testid="paths-node"][data-activity="T02 Check confirmation of receipt"]');
  await expect(t02.first()).toBeVisible();
  await t02.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('filter-bar').getByTestId('filter-chip')).toHaveText(
    'contains T02 Check confirmation of receipt',
  );
  await expect(page.getByTestId('paths-not-shown')).toContainText('Not shown:');
  await page.goBack();
  await expect(page.getByTestId('filter-bar').getByTestId('filter-chip')).toHaveCount(0);
});

test('the durations histogram: its figures are the engine’s, and dragging over bars adds a duration filter', async ({
  page,
}) => {
  await page.goto(`${base()}/durations`);
  const durations = (await (await page.request.get(api('durations?bins=20'))).json()) as {
    cases: number;
    medianSeconds: number;
    p90Seconds: number;
    histogram: { cases: number }[];
  };
  const bars = page.getByTestId('durations-bar');
  await expect(bars).toHaveCount(20);
  await expect(page.getByTestId('durations-median')).toHaveText(
    formatDuration(durations.medianSeconds, 'en'),
  );
  await expect(page.getByTestId('durations-p90')).toHaveText(formatDuration(durations.p90Seconds, 'en'));
  await expect(page.getByTestId('step-time')).toHaveCount(27);
  await expectAccessible(page, 'durations');
  await shootBothAt(page, 'explorer-durations', 'durations-histogram');

  // drag from the second bar to the fourth
  const from = (await bars.nth(1).boundingBox())!;
  const to = (await bars.nth(3).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height - 10);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 10, { steps: 6 });
  await page.mouse.up();
  const chosen = durations.histogram.slice(1, 4).reduce((sum, bin) => sum + bin.cases, 0);
  await expect(page.getByTestId('durations-range')).toContainText(`${number(chosen)} cases`);
  await expect(bars.nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(bars.nth(0)).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('durations-apply').click();
  await expect(page.getByTestId('filter-bar').getByTestId('filter-chip')).toContainText('lasting');
  await expect(page).toHaveURL(/caseDuration/);
  const filtered = (await (
    await page.request.get(
      api(`summary?filter=${encodeURIComponent(new URL(page.url()).searchParams.get('filter')!)}`),
    )
  ).json()) as { cases: number };
  await expect(page.getByTestId('explorer-figures')).toContainText(
    `${number(filtered.cases)} of 1,434 cases in the filter`,
  );
  // whole seconds at the edges lose no case of the chosen bars
  expect(filtered.cases).toBeGreaterThanOrEqual(chosen);
  expect(filtered.cases).toBeLessThanOrEqual(chosen + 2);
});

test('the timeline of one case lists its events in order, with the time between them', async ({ page }) => {
  const cases = (await (await page.request.get(api('cases?sort=events&limit=5'))).json()) as {
    cases: { caseId: string }[];
  };
  const caseId = cases.cases[0]!.caseId;
  const timeline = (await (
    await page.request.get(api(`timeline?case=${encodeURIComponent(caseId)}`))
  ).json()) as TimelineAnswer;
  expect(timeline.events.length).toBeGreaterThan(3);

  await page.goto(`${base()}/timeline`);
  await expect(page.getByTestId('timeline-picks')).toBeVisible();
  await page.getByTestId('timeline-search').fill(caseId);
  await page.getByTestId('timeline-show').click();
  await expect(page).toHaveURL(new RegExp(`[?&]case=${caseId}`));
  await expectTimeline(page, timeline);
  const events = page.getByTestId('timeline-event');
  await expect(events.first()).toContainText(`via ${timeline.events[0]!.channel}`);
  await events.first().locator('summary').click();
  await expect(events.first().locator('dl')).toContainText('org:resource');
  await expectAccessible(page, 'timeline');
  await shootBothAt(page, 'explorer-timeline', 'timeline-events');

  // the cases view links here
  await page.goto(`${base()}/cases`);
  await page.getByTestId('cases-table').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/timeline\?case=/);
  await expect(page.getByTestId('timeline-event').first()).toBeVisible();
});
