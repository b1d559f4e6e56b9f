import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import {
  expect,
  mapReady,
  pathLabel,
  saveScreenshot,
  SAME_ORIGIN,
  signUp,
  test,
  uniqueEmail,
  VIEWPORTS,
} from './support.js';

const RECEIPT = readFileSync(fileURLToPath(new URL('../samples/receipt.csv', import.meta.url)));
const en = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

interface DfgEdge {
  from: string;
  to: string;
  count: number;
}
interface Variants {
  total: number;
  cases: number;
  variants: { activities: string[]; cases: number }[];
}

/** Signs up, uploads samples/receipt.csv through the API and waits until its import is done. */
async function receiptDataset(page: Page): Promise<{ ws: string; id: string; api: string }> {
  await signUp(page, uniqueEmail('process-map'));
  const ws = /\/w\/(wks_[a-z0-9]+)\//.exec(page.url())![1]!;
  const created = await page.request.post(`/api/workspaces/${ws}/datasets`, {
    headers: SAME_ORIGIN,
    multipart: {
      name: 'Permit receipts',
      file: { name: 'receipt.csv', mimeType: 'text/csv', buffer: RECEIPT },
    },
  });
  expect(created.status()).toBe(202);
  const { dataset } = (await created.json()) as { dataset: { id: string } };
  const api = `/api/workspaces/${ws}/datasets/${dataset.id}`;
  await expect
    .poll(async () => ((await (await page.request.get(api)).json()) as { status: string }).status, {
      timeout: 30_000,
    })
    .toBe('ready');
  return { ws, id: dataset.id, api };
}

async function expectNoViolations(page: Page, where: string) {
  const result = await new AxeBuilder({ page })
    .include('.explorer-view')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

test('the process map of the receipt log: every activity, sliders that hide, an activity with its cases, a filter; its variants', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { ws, id, api } = await receiptDataset(page);
  const base = `/w/${ws}/data/${id}`;
  // the served build's Content-Security-Policy (script-src 'self') lets both workers start
  const refused: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text()))
      refused.push(message.text());
  });

  // a dataset opens on its process map
  await page.goto(base);
  await expect(page).toHaveURL(new RegExp(`${base}/map$`));
  await expect(page.getByTestId('explorer-tab-map')).toHaveClass(/active/);
  await mapReady(page);
  await expect(page.getByTestId('process-map-area')).toHaveAttribute('data-layout-problems', '0');
  // ELK lays out in elkjs's worker, the sliders select in the map's own worker
  const workers = page.workers().map((w) => w.url());
  expect(workers.some((url) => /\/assets\/elk-worker\.min-[\w-]+\.js$/.test(url))).toBe(true);
  expect(workers.some((url) => /\/assets\/processMapSelection\.worker-[\w-]+\.js$/.test(url))).toBe(true);
  expect(refused).toEqual([]);
  await saveScreenshot(page, 'process-map-frequency', 'desktop');

  // 100 % activities and 100 % paths: all 27 activities, the heaviest edge with the engine's count
  await page.goto(`${base}/map?paths=100`);
  await mapReady(page);
  const map = page.getByTestId('process-map');
  await expect(map.locator('g[data-activity]')).toHaveCount(27);
  await expect(page.getByTestId('process-map-hidden-share')).toHaveText(/Nothing hidden/);
  const dfg = (await (await page.request.get(`${api}/dfg`)).json()) as DfgEdge[];
  const heaviest = dfg[0]!;
  const pathsAll = await map.locator('.paths > g[data-edge]').count();
  expect(pathsAll).toBeGreaterThanOrEqual(dfg.length);
  const heaviestLabel = pathLabel(map, heaviest.from, heaviest.to);
  await expect(heaviestLabel).toHaveText(en.format(heaviest.count));
  await expect(page.getByTestId('process-map-area')).toHaveAttribute('data-layout-problems', '0');

  // the path slider hides paths, and says what share of cases that hides
  await page.getByTestId('process-map-paths').fill('5');
  await expect(page.getByTestId('process-map-hidden-share')).toHaveText(/Hidden: \d+(\.\d)? % of cases/);
  await expect(page).toHaveURL(/paths=5(&|$)/);
  await mapReady(page);
  expect(await map.locator('.paths > g[data-edge]').count()).toBeLessThan(pathsAll);
  // one step back restores every path
  await page.goBack();
  await expect(page.getByTestId('process-map-paths')).toHaveValue('100');
  await expect(page.getByTestId('process-map-hidden-share')).toHaveText(/Nothing hidden/);

  // the performance view restyles the same drawing
  await page.getByTestId('process-map-view-performance').click();
  await expect(page).toHaveURL(/view=performance/);
  await mapReady(page);
  await expect(heaviestLabel).toHaveText(/\d+(\.\d)? (s|min|h|d)$/);
  await saveScreenshot(page, 'process-map-performance', 'desktop');
  await page.getByTestId('process-map-view-frequency').click();

  // a click on an activity opens it (the first one sits under the start, where the map opens)
  await map.locator('g[data-activity="Confirmation of receipt"]').click();
  const panel = page.getByTestId('process-map-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('process-map-panel-title')).toHaveText('Confirmation of receipt');
  await expect(page).toHaveURL(/activity=Confirmation/);

  // an activity that not every case has (focusing it brings it into view): its figures and its cases
  const activity = 'T06 Determine necessity of stop advice';
  await map.locator(`g[data-activity="${activity}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('process-map-panel-title')).toHaveText(activity);
  const filterOf = (f: object) => encodeURIComponent(JSON.stringify(f));
  const withIt = (await (
    await page.request.get(`${api}/cases?limit=1&filter=${filterOf({ contains: [activity] })}`)
  ).json()) as { total: number };
  expect(withIt.total).toBeGreaterThan(0);
  expect(withIt.total).toBeLessThan(1434);
  await expect(page.getByTestId('process-map-panel-figures')).toContainText(en.format(withIt.total));
  const caseLinks = page.getByTestId('process-map-panel-cases').getByRole('link');
  await expect(caseLinks).toHaveCount(Math.min(10, withIt.total));
  await expect(caseLinks.first()).toHaveAttribute('href', new RegExp(`${base}/timeline\\?case=`));
  await page.setViewportSize(VIEWPORTS.desktop);
  await saveScreenshot(page, 'process-map-panel', 'desktop');
  await expectNoViolations(page, 'the map with a side panel');

  // keyboard: Tab reaches the activities; Enter opens one
  await page.getByTestId('process-map-panel-close').click();
  await expect(panel).toBeHidden();
  await page.getByTestId('process-map-canvas').focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('g[data-activity]:focus');
  await expect(focused).toHaveCount(1);
  const focusedName = await focused.getAttribute('data-activity');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('process-map-panel-title')).toHaveText(focusedName!);

  // keep the cases with the activity: the header's figures follow (focusing a node brings it into view)
  await map.locator(`g[data-activity="${activity}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('process-map-panel-title')).toHaveText(activity);
  await page.getByTestId('process-map-filter-contains').click();
  await expect(page.getByTestId('explorer-figures')).toContainText(
    `${en.format(withIt.total)} of ${en.format(1434)} cases in the filter`,
  );
  await expect(page.getByTestId('filter-chip')).toContainText(activity);
  await mapReady(page);

  // the narrow screen: the map, then the panel under it
  await page.setViewportSize(VIEWPORTS.narrow);
  await mapReady(page);
  await saveScreenshot(page, 'process-map-frequency', 'narrow');
  await page.getByTestId('process-map-panel-all-cases').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('process-map-panel-all-cases')).toBeInViewport();
  await expect(page.getByTestId('process-map-panel-cases').getByRole('link')).toHaveCount(10);
  await saveScreenshot(page, 'process-map-panel', 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);

  // the variants view lists the engine's top variant with its cases; choosing it filters by it
  await page.goto(`${base}/variants`);
  const variants = (await (await page.request.get(`${api}/variants?limit=1`)).json()) as Variants;
  const top = variants.variants[0]!;
  const first = page.getByTestId('variant-row').first();
  await expect(first.getByTestId('variant-cases')).toHaveText(`${en.format(top.cases)} cases`);
  await expect(first.getByTestId('variant-step')).toHaveCount(
    top.activities.filter((a, i) => a !== top.activities[i - 1]).length,
  );
  await expect(page.getByTestId('variants-summary')).toContainText(`${en.format(variants.total)} variants`);
  await saveScreenshot(page, 'process-map-variants', 'desktop');
  await expectNoViolations(page, 'the variants');
  await page.setViewportSize(VIEWPORTS.narrow);
  await saveScreenshot(page, 'process-map-variants', 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);
  await first.getByTestId('variant-choose').check();
  await page.getByTestId('variants-filter').click();
  await expect(page.getByTestId('explorer-figures')).toContainText(
    `${en.format(top.cases)} of ${en.format(1434)} cases in the filter`,
  );
  await expect(page.getByTestId('variant-row')).toHaveCount(1);

  // the performance view at the narrow size
  await page.goto(`${base}/map?view=performance`);
  await mapReady(page);
  await page.setViewportSize(VIEWPORTS.narrow);
  await mapReady(page);
  await saveScreenshot(page, 'process-map-performance', 'narrow');
});
