import type { Page } from '@playwright/test';
import { copyDemoShoesMap } from './demoMapSupport.js';
import { SAME_ORIGIN, VIEWPORTS, expect, saveScreenshot, test } from './support.js';

/** How far the page is wider than the window (0: the page never scrolls sideways). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('the map scrolls inside its frame: the page is never wider than the window', async ({ page }) => {
  const { ws, journey } = await copyDemoShoesMap(page, 'Overflow');
  const mapUrl = `/w/${ws}/journeys/${journey.id}`;
  for (const [size, query, figures] of [
    [VIEWPORTS.desktop, '', true],
    [{ width: 1024, height: 768 }, '', true],
    [VIEWPORTS.narrow, '', true],
    [VIEWPORTS.desktop, '?deviations=on', true],
    [VIEWPORTS.narrow, '?view=wall', false],
  ] as const) {
    const where = `${size.width} px ${query}`;
    await page.setViewportSize(size);
    await page.goto(mapUrl + query);
    await expect(page.locator('.map-frame').first(), where).toBeVisible();
    // the figures are drawn (chips with their screen-reader sentences) before the page is measured
    if (figures)
      await expect(page.locator('.tp-card-slot .figure-chips').first(), where).toBeVisible({
        timeout: 60_000,
      });
    else await expect(page.getByTestId('touchpoint-card').first(), where).toBeAttached();
    // the map itself is far wider than a phone: it scrolls inside its frame
    if (size.width < 500) {
      const frame = await page
        .locator('.map-frame')
        .first()
        .evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(frame, where).toBeGreaterThan(0);
    }
    expect(await pageOverflow(page), where).toBe(0);
  }
  // designed vs actual, side by side
  for (const size of [VIEWPORTS.desktop, VIEWPORTS.narrow]) {
    await page.setViewportSize(size);
    await page.goto(`${mapUrl}?view=conformance`);
    await expect(page.getByTestId('conformance-view-follow')).toBeVisible({ timeout: 60_000 });
    expect(await pageOverflow(page), `${size.width} px designed vs actual`).toBe(0);
  }

  // While a card is dragged the page stays put.
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto(mapUrl);
  const card = page.getByTestId('touchpoint-card').nth(1);
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 20);
  await page.mouse.down();
  let widest = 0;
  for (let step = 1; step <= 12; step++) {
    await page.mouse.move(box.x + 20 + step * 90, box.y + 20 + step * 6);
    widest = Math.max(widest, await pageOverflow(page));
  }
  await page.keyboard.press('Escape');
  await page.mouse.up();
  expect(widest).toBe(0);
});

test('on a phone the card panel fits the screen with its close button in view', async ({ page }) => {
  const { ws, journey } = await copyDemoShoesMap(page, 'Phone panel');
  await page.setViewportSize(VIEWPORTS.narrow);
  await page.goto(`/w/${ws}/journeys/${journey.id}`);
  await page.getByTestId('touchpoint-card').first().click();
  const panel = page.getByTestId('touchpoint-panel');
  await expect(panel).toBeVisible();
  const close = panel.getByTestId('panel-close');
  const box = (await close.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.narrow.width);
  expect(box.y).toBeGreaterThanOrEqual(0);
  const panelBox = (await panel.boundingBox())!;
  expect(panelBox.x).toBeGreaterThanOrEqual(0);
  expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(VIEWPORTS.narrow.width);
  expect(await pageOverflow(page)).toBe(0);
  await saveScreenshot(page, 'panel-phone', 'narrow');
  await close.click();
  await expect(panel).toBeHidden();
});

test('compare runs from the current map to its desired version, from whichever of the two it is opened', async ({
  page,
}) => {
  const { ws, journey: current } = await copyDemoShoesMap<{ id: string; version: number }>(page, 'Direction');
  const created = await page.request.post(`/api/workspaces/${ws}/journeys/${current.id}/desired`, {
    headers: SAME_ORIGIN,
    data: { version: current.version },
  });
  expect(created.status()).toBe(201);
  const { journey: desired } = (await created.json()) as {
    journey: { id: string; version: number; touchpoints: { id: string; title: string }[] };
  };
  // the desired journey does without one card of the current one
  const delivery = desired.touchpoints.find((t) => t.title === 'Delivery')!;
  const removed = await page.request.delete(
    `/api/workspaces/${ws}/journeys/${desired.id}/touchpoints/${delivery.id}?version=${desired.version}`,
    { headers: SAME_ORIGIN },
  );
  expect(removed.ok()).toBe(true);

  for (const from of [desired.id, current.id]) {
    await page.goto(`/w/${ws}/journeys/${from}`);
    await page.getByTestId('open-compare').click();
    await expect(page).toHaveURL(`/w/${ws}/journeys/${current.id}/compare/${desired.id}`);
    await expect(page.getByTestId('compare-title')).toHaveText('Current vs desired');
    await page.goto(`/w/${ws}/journeys/${current.id}/compare/${desired.id}?mode=side`);
    // the card left out of the desired map is removed, never "added"
    await expect(page.getByTestId('compare-removed')).toHaveCount(1);
    await expect(page.getByTestId('compare-removed')).toContainText('Delivery');
    await expect(page.getByTestId('compare-added')).toHaveCount(0);
  }
});

test('a renamed phase of a map built apart keeps its place in the overlay', async ({ page }) => {
  const { ws, journey } = await copyDemoShoesMap<{ id: string } & Record<string, unknown>>(page, 'Then');
  const full = (await (await page.request.get(`/api/workspaces/${ws}/journeys/${journey.id}`)).json()) as {
    journey: { phases: { name: string }[] } & Record<string, unknown>;
  };
  const names = full.journey.phases.map((p) => p.name);
  // the same phases typed again as a Mermaid journey (new ids), the second one renamed
  const renamed = names.map((name, i) => (i === 1 ? 'Weighing it up' : name));
  const mermaid = [
    'journey',
    `  title Renamed ${Date.now().toString(36)}`,
    ...renamed.flatMap((name) => [`  section ${name}`, `    Step in ${name}: 3: Customer`]),
  ].join('\n');
  const imported = await page.request.post(`/api/workspaces/${ws}/journeys/import`, {
    headers: { ...SAME_ORIGIN, 'content-type': 'text/vnd.mermaid' },
    data: mermaid,
  });
  expect(imported.status()).toBe(201);
  const other = ((await imported.json()) as { journey: { id: string } }).journey;

  await page.goto(`/w/${ws}/journeys/${journey.id}/compare/${other.id}?mode=overlay`);
  await expect(page.locator('.cmp-ophase')).toHaveCount(names.length);
  for (const [i, name] of renamed.entries())
    await expect(page.locator('.cmp-ophase').nth(i)).toHaveAttribute('aria-label', name);
});
