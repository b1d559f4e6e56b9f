import type { Page } from '@playwright/test';
import { copyDemoShoesMap } from './demoMapSupport.js';
import { expect, saveScreenshot, test, VIEWPORTS } from './support.js';

type Deviation =
  | { kind: 'skipped'; touchpointId: string; journeys: number; share: number }
  | { kind: 'backward'; fromTouchpointId: string; toTouchpointId: string; journeys: number; share: number }
  | { kind: 'unmatched'; activity: string; afterTouchpointId: string; beforeTouchpointId: string };
interface Conformance {
  journeys: number;
  followShare: number;
  deviations: Deviation[];
  flow: {
    nodes: { touchpointId: string; journeys: number }[];
    edges: { fromTouchpointId: string; toTouchpointId: string; journeys: number; direction: string }[];
  };
}

const percent = (n: number) =>
  new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(n);

/** A copy of the demo's "Buying shoes — now" (linked to the generated retail dataset, with matchers). */
async function copyOfDemoMap(page: Page) {
  const { ws, journey } = await copyDemoShoesMap<{ id: string }>(page, 'Conformance shoes');
  let conformance: Conformance | null = null;
  // the demo dataset may still be importing right after the server started
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/api/workspaces/${ws}/journeys/${journey.id}/measures`);
        if (response.status() === 200)
          conformance = ((await response.json()) as { conformance: Conformance }).conformance;
        return response.status();
      },
      { timeout: 90_000 },
    )
    .toBe(200);
  return { ws, journeyId: journey.id, conformance: conformance! };
}

const card = (page: Page, id: string) =>
  page.locator(`[data-testid="touchpoint-card"][data-touchpoint-id="${id}"]`);

test('conformance on the map: deviations drawn on the grid, and designed vs actual side by side', async ({
  page,
}) => {
  const { ws, journeyId, conformance } = await copyOfDemoMap(page);
  const skipped = conformance.deviations.filter((d) => d.kind === 'skipped');
  const backward = conformance.deviations.filter((d) => d.kind === 'backward');
  const pairs = new Set(
    conformance.deviations.flatMap((d) =>
      d.kind === 'unmatched' ? [`${d.afterTouchpointId}>${d.beforeTouchpointId}`] : [],
    ),
  );
  expect(skipped.length, 'the demo has skipped touchpoints').toBeGreaterThan(0);
  expect(backward.length, 'the demo has a step back').toBeGreaterThan(0);

  await page.goto(`/w/${ws}/journeys/${journeyId}`);
  await expect(page.getByTestId('figures-bar')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  const first = card(page, skipped[0]!.touchpointId);
  const grid = page.getByTestId('map-grid');
  /** Where the card is, measured from the grid (scrolling moves neither). */
  const placeOnGrid = async () => {
    const g = (await grid.boundingBox())!;
    const c = (await first.boundingBox())!;
    return { x: c.x - g.x, y: c.y - g.y, width: c.width, height: c.height };
  };
  const gridHeight = async () => (await grid.boundingBox())!.height;
  const before = await placeOnGrid();
  const heightBefore = await gridHeight();

  // Deviations on the map: the URL keeps them; the cards stay where they are, room opens under them.
  await page.getByTestId('deviations-toggle').click();
  await expect(page).toHaveURL(/deviations=on/);
  await expect(page.getByTestId('deviations-toggle')).toHaveAttribute('aria-pressed', 'true');
  const strip = page.getByTestId('deviation-strip');
  await expect(strip.locator('[data-kind="backward"]')).toHaveCount(backward.length);
  await expect(strip.locator('[data-kind="unmatched"]')).toHaveCount(pairs.size);
  await expect(strip.locator('.deviation-arc')).toHaveCount(backward.length);
  await expect(page.locator('.tp-card.is-skipped')).toHaveCount(skipped.length);
  expect(await placeOnGrid()).toEqual(before);
  expect(await gridHeight()).toBeGreaterThan(heightBefore);

  // The skipped card says by how many, and focus explains it.
  const badge = page.locator('.tp-card-slot', { has: first }).getByTestId('deviation-mark');
  await expect(badge).toHaveText(new RegExp(`^skipped by ${percent(skipped[0]!.share)}`));
  await badge.focus();
  await expect(badge.getByRole('tooltip')).toBeVisible();
  await expect(badge.getByRole('tooltip')).toContainText('but not');
  // The step back: its arc runs from the later card to the earlier one, its label has the share.
  const back = backward[0]! as Extract<Deviation, { kind: 'backward' }>;
  const arc = strip.locator(
    `.deviation-arc[data-from="${back.fromTouchpointId}"][data-to="${back.toTouchpointId}"]`,
  );
  await expect(arc).toHaveCount(1);
  await expect(strip.locator('[data-kind="backward"]').first()).toContainText(percent(back.share));
  await strip.locator('[data-kind="unmatched"]').first().hover();
  await expect(strip.locator('[data-kind="unmatched"]').first().getByRole('tooltip')).toContainText(
    'outside the map',
  );
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.getByTestId('map-frame').evaluate((el) => el.scrollTo(0, 0));
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'conformance-deviations', 'desktop');
  await page.emulateMedia({ media: 'print' });
  await saveScreenshot(page, 'conformance-deviations-print', 'desktop');
  await page.emulateMedia({ media: 'screen' });
  await badge.focus();
  await saveScreenshot(page, 'conformance-deviations-focus', 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  await first.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'conformance-deviations', 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);

  // Off again: the marks go, the cards stay where they are.
  await page.getByTestId('deviations-toggle').click();
  await expect(page).not.toHaveURL(/deviations=on/);
  await expect(page.getByTestId('deviation-strip')).toHaveCount(0);
  expect(await placeOnGrid()).toEqual(before);
  expect(await gridHeight()).toBe(heightBefore);

  // Designed vs actual: its own URL, the follow share on top, the flow's steps drawn.
  await page.getByTestId('conformance-view-open').click();
  await expect(page).toHaveURL(/view=conformance/);
  const view = page.getByTestId('conformance-view');
  await expect(view.getByTestId('conformance-view-follow')).toHaveText(
    `${percent(conformance.followShare)} of journeys follow the designed order`,
  );
  const actual = view.getByTestId('actual-flow');
  await expect(actual.getByTestId('flow-edge')).toHaveCount(conformance.flow.edges.length);
  await expect(actual.locator('[data-testid="flow-edge"][data-direction="backward"]')).toHaveCount(
    conformance.flow.edges.filter((e) => e.direction === 'backward').length,
  );
  await expect(actual.locator('[data-testid="flow-node"][data-state="reached"]')).toHaveCount(
    conformance.flow.nodes.length,
  );
  const designed = view.getByTestId('designed-flow');
  const touchpoints = await page.request
    .get(`/api/workspaces/${ws}/journeys/${journeyId}`)
    .then(
      async (r) => ((await r.json()) as { journey: { touchpoints: unknown[] } }).journey.touchpoints.length,
    );
  await expect(designed.getByTestId('flow-node')).toHaveCount(touchpoints);
  await expect(designed.getByTestId('flow-edge')).toHaveCount(touchpoints - 1);
  await view.locator('details.conformance-table summary').click();
  await expect(view.getByTestId('flow-table').locator('tbody tr')).toHaveCount(conformance.flow.edges.length);
  await view.locator('details.conformance-table summary').click();
  await view.evaluate((el) => el.scrollTo(0, 0));
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'conformance-designed-vs-actual', 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  await saveScreenshot(page, 'conformance-designed-vs-actual', 'narrow', true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  await page.setViewportSize(VIEWPORTS.desktop);

  // A shared link opens the same view; back returns to the map.
  await page.reload();
  await expect(page.getByTestId('conformance-view')).toBeVisible();
  await page.getByTestId('conformance-view-back').click();
  await expect(page).not.toHaveURL(/view=conformance/);
  await expect(page.getByTestId('map-grid')).toBeVisible();
});
