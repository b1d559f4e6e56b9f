import type { Page } from '@playwright/test';
import { addTouchpointThroughPanel } from './mapSupport.js';
import { copyDemoShoesMap } from './demoMapSupport.js';
import { SAME_ORIGIN, expect, saveScreenshot, shootBoth, test } from './support.js';

// The measured map as a new user meets it, end to end: link the demo map to the generated retail dataset,
// give a new touchpoint a matcher (the live count appears), see the engine's numbers on the chips, find the
// generator's planted NPS drivers (a late delivery −3 points, a first call that solves it +3 points) first in
// the Pareto chart, and export a PNG that carries the chips.

interface Touchpoint {
  id: string;
  title: string;
  phaseId: string;
  order: number;
}
interface Journey {
  id: string;
  version: number;
  datasetId: string | null;
  phases: { id: string; name: string }[];
  touchpoints: Touchpoint[];
}
interface Measures {
  journeys: number;
  dataset: { id: string; name: string };
  touchpoints: { touchpointId: string; journeys: number | null; reachShare: number | null }[];
}
interface Drivers {
  vitalFewShare: number;
  drivers: { touchpointId: string; share: number; vitalFew: boolean }[];
}

const percent = (n: number) =>
  new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(n);
const whole = (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(n);

/** An unlinked copy of the demo's "Buying shoes — now" of this test's own, and the demo's retail dataset. */
async function unlinkedCopyOfDemoMap(page: Page) {
  const { ws, journey } = await copyDemoShoesMap<Journey>(page, 'Planted drivers');
  const datasetId = journey.datasetId!;
  const unlinked = await page.request.patch(`/api/workspaces/${ws}/journeys/${journey.id}`, {
    headers: SAME_ORIGIN,
    data: { version: journey.version, datasetId: null },
  });
  expect(unlinked.status()).toBe(200);
  // The demo dataset may still be importing right after the server started.
  await expect
    .poll(
      async () =>
        (
          (await (await page.request.get(`/api/workspaces/${ws}/datasets/${datasetId}`)).json()) as {
            status: string;
          }
        ).status,
      { timeout: 90_000 },
    )
    .toBe('ready');
  return { ws, journeyId: journey.id, datasetId };
}

test('the measured map end to end: link, a matcher with its live count, chips, planted drivers first, a PNG with chips', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { ws, journeyId, datasetId } = await unlinkedCopyOfDemoMap(page);
  const base = `/api/workspaces/${ws}/journeys/${journeyId}`;
  const journeyNow = async () =>
    ((await (await page.request.get(base)).json()) as { journey: Journey }).journey;

  // 1. Link the map to the dataset in the header's Data control.
  await page.goto(`/w/${ws}/journeys/${journeyId}`);
  const bar = page.getByTestId('figures-bar');
  await expect(bar).toHaveAttribute('data-state', 'off');
  await page.getByTestId('data-link-select').selectOption(datasetId);
  await expect(bar).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  expect((await journeyNow()).datasetId).toBe(datasetId);

  // 2. A new touchpoint in Care, "Hears the parcel is late", with a matcher: the pattern finds the activity,
  // and the live count is the API's.
  const care = (await journeyNow()).phases.findIndex((p) => p.name === 'Care');
  await addTouchpointThroughPanel(page, care, { title: 'Hears the parcel is late', channel: 'email' });
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const late = (await journeyNow()).touchpoints.find((t) => t.title === 'Hears the parcel is late')!;
  const lateCard = page.locator(`[data-testid="touchpoint-card"][data-touchpoint-id="${late.id}"]`);
  await expect(lateCard.getByTestId('chip-noData')).toBeVisible();
  await lateCard.click();
  const panel = page.getByTestId('touchpoint-panel');
  await panel.getByTestId('matcher-pattern-input').fill('delivery l*');
  await expect(panel.getByTestId('matcher-pattern-found')).toHaveText(
    'Stands for 1 activity: Delivery Late.',
  );
  await panel.getByTestId('matcher-pattern-add').click();
  const matcher = { activities: ['Delivery Late'] };
  const count = (await (
    await page.request.get(`${base}/matcher-count?matcher=${encodeURIComponent(JSON.stringify(matcher))}`)
  ).json()) as { matchedEvents: number; journeys: number };
  expect(count.journeys).toBeGreaterThan(0);
  await expect(panel.getByTestId('matcher-count')).toHaveText(
    `Matches ${whole(count.matchedEvents)} events in ${whole(count.journeys)} journeys`,
    { timeout: 30_000 },
  );
  await page.mouse.move(0, 0);
  await panel.getByTestId('matcher-section').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'measured-flow-matcher', 'desktop');
  await panel.getByTestId('panel-close').click();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  // The second planted driver through the API, as a script would add it: a call that solves it.
  const doc = await journeyNow();
  const careId = doc.phases[care]!.id;
  const added = await page.request.post(`${base}/touchpoints`, {
    headers: SAME_ORIGIN,
    data: {
      version: doc.version,
      phaseId: careId,
      order: doc.touchpoints.filter((t) => t.phaseId === careId).length,
      title: 'A first call that solves it',
      channel: 'phone',
      matcher: { activities: ['First Call Resolved'] },
    },
  });
  expect(added.status()).toBe(201);
  const solved = (await journeyNow()).touchpoints.find((t) => t.title === 'A first call that solves it')!;

  // 3. The chips show the engine's numbers.
  await page.reload();
  await expect(bar).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  const measures = (await (await page.request.get(`${base}/measures`)).json()) as Measures;
  const lateFigures = measures.touchpoints.find((t) => t.touchpointId === late.id)!;
  expect(lateFigures.journeys).toBe(count.journeys);
  await expect(lateCard.getByTestId('chip-reach')).toContainText(`Reach ${percent(lateFigures.reachShare!)}`);
  await expect(lateCard.getByTestId('chip-reach')).toHaveAttribute(
    'title',
    new RegExp(`${whole(lateFigures.journeys!)} of ${whole(measures.journeys)} journeys`),
  );

  // 4. The Pareto chart lists the two planted drivers first, and they are the vital few.
  const drivers = (await (
    await page.request.get(`${base}/drivers?outcome=nps`, { timeout: 60_000 })
  ).json()) as Drivers;
  expect(
    drivers.drivers
      .slice(0, 2)
      .map((d) => d.touchpointId)
      .sort(),
  ).toEqual([late.id, solved.id].sort());
  expect(
    drivers.drivers
      .filter((d) => d.vitalFew)
      .map((d) => d.touchpointId)
      .sort(),
  ).toEqual([late.id, solved.id].sort());
  await page.getByTestId('drivers-open').click();
  const driversPanel = page.getByTestId('drivers-panel');
  await expect(driversPanel.getByTestId('drivers-state')).toHaveAttribute('data-state', 'ready', {
    timeout: 60_000,
  });
  const bars = driversPanel.getByTestId('pareto-bar');
  await expect(bars.nth(0)).toHaveAttribute('data-touchpoint-id', drivers.drivers[0]!.touchpointId);
  await expect(bars.nth(1)).toHaveAttribute('data-touchpoint-id', drivers.drivers[1]!.touchpointId);
  const total = drivers.drivers.length;
  await expect(driversPanel.getByTestId('drivers-sentence')).toHaveText(
    `2 of ${total} touchpoints (${percent(2 / total)}) explain ${percent(drivers.vitalFewShare)} of NPS`,
  );
  await page.mouse.move(0, 0);
  await shootBoth(page, 'measured-flow-drivers');
  await driversPanel.getByTestId('panel-close').click();

  // 5. The export PNG carries the chips: its address asks for them, and it differs from the same picture
  // without them; the SVG of the same export holds the new card's reach chip.
  await page.getByTestId('export-menu').click();
  const pngLink = page.getByTestId('export-png');
  const href = (await pngLink.getAttribute('href'))!;
  expect(href).toContain('figures=true');
  const svgHref = (await page.getByTestId('export-svg').getAttribute('href'))!;
  const [download] = await Promise.all([page.waitForEvent('download'), pngLink.click()]);
  const withChips = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
  expect(withChips.subarray(1, 4).toString('latin1')).toBe('PNG');
  const without = await (await page.request.get(href.replace('figures=true', 'figures=false'))).body();
  expect(without.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(withChips.equals(without)).toBe(false);
  const svg = await (await page.request.get(svgHref)).text();
  expect(svg).toContain(`Reach ${percent(lateFigures.reachShare!)}`);
});
