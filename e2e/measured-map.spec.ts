import type { Page } from '@playwright/test';
import { copyDemoShoesMap } from './demoMapSupport.js';
import { VIEWPORTS, expect, saveScreenshot, shootBoth, test } from './support.js';

interface Score {
  value: number;
  n: number;
}
interface Measures {
  journeys: number;
  dataset: { id: string; name: string };
  touchpoints: {
    touchpointId: string;
    journeys: number | null;
    reachShare: number | null;
    nps: Score | null;
  }[];
  phases: { phaseId: string; journeys: number | null; reachShare: number | null; nps: Score | null }[];
  conformance: { journeys: number; followShare: number; deviations: { kind: string; journeys: number }[] };
}
interface Drivers {
  journeys: number;
  vitalFewShare: number;
  drivers: { touchpointId: string; importance: number; share: number; vitalFew: boolean }[];
}

const percent = (n: number) =>
  new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(n);
const whole = (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(n);

/**
 * A copy of the demo's "Buying shoes — now" of this test's own (linked to the generated retail dataset,
 * with matchers), so that editing it never touches a map other tests read.
 */
async function copyOfDemoMap(page: Page) {
  const { ws, journey } = await copyDemoShoesMap<{ id: string; datasetId: string | null }>(
    page,
    'Measured shoes',
  );
  expect(journey.datasetId).not.toBeNull();
  return { ws, journeyId: journey.id };
}

async function measuresOf(page: Page, ws: string, journeyId: string): Promise<Measures> {
  // The demo dataset may still be importing right after the server started.
  let answer: Measures | null = null;
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/api/workspaces/${ws}/journeys/${journeyId}/measures`);
        if (response.status() === 200) answer = (await response.json()) as Measures;
        return response.status();
      },
      { timeout: 90_000 },
    )
    .toBe(200);
  return answer!;
}

const card = (page: Page, id: string) =>
  page.locator(`[data-testid="touchpoint-card"][data-touchpoint-id="${id}"]`);
const phaseHeader = (page: Page, id: string) =>
  page.locator(`[data-testid="phase-header"][data-phase-id="${id}"]`);

test('the measured map: chips show the API’s figures, hide for a workshop and come back', async ({
  page,
}) => {
  const { ws, journeyId } = await copyOfDemoMap(page);
  const measures = await measuresOf(page, ws, journeyId);

  await page.goto(`/w/${ws}/journeys/${journeyId}`);
  const bar = page.getByTestId('figures-bar');
  await expect(bar).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(page.getByTestId('figures-status')).toHaveText(
    `${whole(measures.journeys)} journeys in scope`,
  );
  await expect(page.getByTestId('data-link-select')).toHaveValue(measures.dataset.id);

  // A reached touchpoint with enough answers: its reach and NPS chips are the API's numbers.
  const measured = measures.touchpoints.find((t) => t.reachShare !== null && t.nps && t.nps.n >= 30);
  expect(measured, 'a touchpoint with reach and 30+ NPS answers').toBeTruthy();
  const tpCard = card(page, measured!.touchpointId);
  await expect(tpCard.getByTestId('chip-reach')).toContainText(`Reach ${percent(measured!.reachShare!)}`);
  await expect(tpCard.getByTestId('chip-nps')).toContainText(`NPS ${whole(measured!.nps!.value)}`);
  await expect(tpCard.getByTestId('chip-reach')).toHaveAttribute(
    'title',
    new RegExp(`${whole(measured!.journeys!)} of ${whole(measures.journeys)} journeys`),
  );

  // A phase header: journeys and reach.
  const phase = measures.phases.find((p) => p.journeys !== null)!;
  const header = phaseHeader(page, phase.phaseId);
  await expect(header.getByTestId('chip-journeys')).toContainText(`${whole(phase.journeys!)} journey`);
  await expect(header.getByTestId('chip-reach')).toContainText(percent(phase.reachShare!));

  // A card without a matcher says "no data".
  const unmatched = measures.touchpoints.find((t) => t.reachShare === null);
  if (unmatched) await expect(card(page, unmatched.touchpointId).getByTestId('chip-noData')).toBeVisible();

  // The legend names the chips.
  await page.getByTestId('figures-legend').locator('summary').click();
  await expect(page.getByTestId('figures-legend')).toContainText('Drop-off');
  await shootBoth(page, 'measured-map-legend');
  await page.getByTestId('figures-legend').locator('summary').click();
  await shootBoth(page, 'measured-map');

  // Workshop: hide the figures; the URL keeps it, so a reload (a shared link) keeps them hidden.
  await page.getByTestId('figures-toggle').click();
  await expect(bar).toHaveAttribute('data-state', 'hidden');
  await expect(page).toHaveURL(/figures=off/);
  await expect(page.getByTestId('touchpoint-figures')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('figures-bar')).toHaveAttribute('data-state', 'hidden');
  await expect(page.getByTestId('figures-toggle')).toHaveText('Show figures');
  await expect(page.getByTestId('touchpoint-figures')).toHaveCount(0);
  await page.getByTestId('figures-toggle').click();
  await expect(bar).toHaveAttribute('data-state', 'ready');
  await expect(page).not.toHaveURL(/figures=off/);
  await expect(tpCard.getByTestId('chip-reach')).toContainText(percent(measured!.reachShare!));

  // Linking in the app: unlink, then link the dataset again through the header's Data control.
  const select = page.getByTestId('data-link-select');
  await select.selectOption('');
  await expect(bar).toHaveAttribute('data-state', 'off');
  await expect(page.getByTestId('touchpoint-figures')).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const unlinked = await page.request.get(`/api/workspaces/${ws}/journeys/${journeyId}`);
  expect(((await unlinked.json()) as { journey: { datasetId: string | null } }).journey.datasetId).toBeNull();
  await select.selectOption({ label: measures.dataset.name });
  await expect(bar).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(tpCard.getByTestId('chip-reach')).toContainText(percent(measured!.reachShare!));
  await shootBoth(page, 'measured-map-linked');

  // The matcher editor: the card's Data section counts what its matcher matches, as the API does.
  const journey = (await (await page.request.get(`/api/workspaces/${ws}/journeys/${journeyId}`)).json()) as {
    journey: { touchpoints: { id: string; matcher: { activities: string[] } | null }[] };
  };
  const matcher = journey.journey.touchpoints.find((tp) => tp.id === measured!.touchpointId)!.matcher!;
  const apiCount = async (m: unknown) =>
    (await (
      await page.request.get(
        `/api/workspaces/${ws}/journeys/${journeyId}/matcher-count?matcher=${encodeURIComponent(JSON.stringify(m))}`,
      )
    ).json()) as { matchedEvents: number; journeys: number };
  await tpCard.click();
  const count = page.getByTestId('matcher-count');
  await expect(count).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  let expected = await apiCount(matcher);
  await expect(count).toHaveText(
    `Matches ${whole(expected.matchedEvents)} events in ${whole(expected.journeys)} journeys`,
  );
  const first = matcher.activities[0]!;
  await page.getByTestId('matcher-activities').selectOption([first]);
  expected = await apiCount({ ...matcher, activities: [first] });
  await expect(count).toHaveText(
    `Matches ${whole(expected.matchedEvents)} events in ${whole(expected.journeys)} journeys`,
  );
  // The Data section scrolled into view in the panel, at both sizes.
  const section = page.getByTestId('matcher-section');
  await page.mouse.move(0, 0);
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'measured-map-matcher', 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  await section.scrollIntoViewIfNeeded();
  const box = (await section.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.narrow.width);
  await saveScreenshot(page, 'measured-map-matcher', 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  // The server holds the edited matcher (saved with the card, still valid).
  const after = (await (await page.request.get(`/api/workspaces/${ws}/journeys/${journeyId}`)).json()) as {
    journey: { touchpoints: { id: string; matcher: unknown }[] };
  };
  expect(after.journey.touchpoints.find((tp) => tp.id === measured!.touchpointId)!.matcher).toEqual({
    ...matcher,
    activities: [first],
  });
});

test('the measured map: key drivers as a Pareto chart, the vital few on the map, and the conformance', async ({
  page,
}) => {
  const { ws, journeyId } = await copyOfDemoMap(page);
  const measures = await measuresOf(page, ws, journeyId);
  const driversResponse = await page.request.get(
    `/api/workspaces/${ws}/journeys/${journeyId}/drivers?outcome=nps`,
    {
      timeout: 60_000,
    },
  );
  expect(driversResponse.status()).toBe(200);
  const drivers = (await driversResponse.json()) as Drivers;
  const doc = (await (await page.request.get(`/api/workspaces/${ws}/journeys/${journeyId}`)).json()) as {
    journey: { touchpoints: { id: string; title: string }[] };
  };
  const titleOf = (id: string) => doc.journey.touchpoints.find((tp) => tp.id === id)!.title;
  const vital = drivers.drivers.filter((d) => d.vitalFew);
  expect(vital.length, 'the demo has key drivers of NPS').toBeGreaterThan(0);

  await page.goto(`/w/${ws}/journeys/${journeyId}`);
  await expect(page.getByTestId('figures-bar')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await page.getByTestId('drivers-open').click();
  await expect(page).toHaveURL(/panel=drivers/);
  const panel = page.getByTestId('drivers-panel');
  await expect(panel.getByTestId('drivers-state')).toHaveAttribute('data-state', 'ready', {
    timeout: 60_000,
  });

  // The first bar is the API's most important touchpoint; the sentence carries the API's numbers.
  const first = panel.getByTestId('pareto-bar').first();
  await expect(first).toHaveAttribute('data-touchpoint-id', drivers.drivers[0]!.touchpointId);
  await expect(first).toContainText(titleOf(drivers.drivers[0]!.touchpointId).slice(0, 12));
  const total = drivers.drivers.length;
  await expect(panel.getByTestId('drivers-sentence')).toHaveText(
    `${vital.length} of ${total} touchpoints (${percent(vital.length / total)}) ${
      vital.length === 1 ? 'explains' : 'explain'
    } ${percent(drivers.vitalFewShare)} of NPS`,
  );

  // The vital few are marked on the map while the panel is open.
  const marked = card(page, vital[0]!.touchpointId);
  await expect(marked).toHaveAttribute('data-key-driver', 'true');
  await expect(marked.getByTestId('key-driver-badge')).toBeVisible();
  await expect(page.locator('[data-key-driver="true"]')).toHaveCount(vital.length);
  // The most important one is brought into view beside the panel.
  const top = card(page, drivers.drivers[0]!.touchpointId);
  await expect
    .poll(async () => {
      const [cardBox, panelBox] = [await top.boundingBox(), await panel.boundingBox()];
      return cardBox && panelBox ? cardBox.x + cardBox.width <= panelBox.x : false;
    })
    .toBe(true);
  await page.mouse.move(0, 0);
  await shootBoth(page, 'measured-map-drivers');

  // A link reopens it.
  await page.reload();
  await expect(page.getByTestId('drivers-panel').getByTestId('drivers-sentence')).toBeVisible({
    timeout: 60_000,
  });

  // Conformance: the follow share is the API's.
  await page.getByTestId('conformance-tab').click();
  await expect(page).toHaveURL(/panel=conformance/);
  await expect(page.getByTestId('conformance-follow')).toHaveText(
    `${percent(measures.conformance.followShare)} of journeys follow the designed order`,
  );
  await expect(page.getByTestId('conformance-deviation')).toHaveCount(measures.conformance.deviations.length);
  await expect(page.locator('[data-key-driver="true"]')).toHaveCount(0);
  await page.mouse.move(0, 0);
  await shootBoth(page, 'measured-map-conformance');

  // Closing the panel takes the marks and the URL state away.
  await page.getByTestId('conformance-tab').click();
  await page.getByTestId('drivers-tab').click();
  await expect(page.locator('[data-key-driver="true"]')).toHaveCount(vital.length);
  await page.getByTestId('panel-close').click();
  await expect(page).not.toHaveURL(/panel=/);
  await expect(page.locator('[data-key-driver="true"]')).toHaveCount(0);
});

test('the measured emotion: Both draws a dashed line through every touchpoint with 30+ answers', async ({
  page,
}) => {
  const { ws, journeyId } = await copyOfDemoMap(page);
  const measures = (await measuresOf(page, ws, journeyId)) as unknown as {
    touchpoints: { touchpointId: string; nps: Score | null; csat: Score | null; ces: Score | null }[];
  };
  const enough = measures.touchpoints.filter((t) =>
    [t.nps, t.csat, t.ces].some((s) => s !== null && s.n >= 30),
  );
  expect(enough.length, 'touchpoints with a score on 30+ answers').toBeGreaterThan(1);

  await page.goto(`/w/${ws}/journeys/${journeyId}`);
  await expect(page.getByTestId('figures-bar')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(page.getByTestId('curve-mode-designed')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('measured-line')).toHaveCount(0);

  await page.getByTestId('curve-mode-both').click();
  await expect(page).toHaveURL(/curve=both/);
  const line = page.getByTestId('measured-line');
  await expect(line).toHaveAttribute('data-points', String(enough.length));
  const points = page.getByTestId('measured-point');
  await expect(points).toHaveCount(enough.length);
  expect(
    (await points.evaluateAll((els) => els.map((el) => el.getAttribute('data-touchpoint-id')))).sort(),
  ).toEqual(enough.map((t) => t.touchpointId).sort());

  // Focus shows the measured value and its n.
  const point = points.nth(Math.min(2, enough.length - 1));
  const showCurve = async () => {
    await point.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
    await point.focus();
    await expect(page.getByTestId('curve-tooltip-measured')).toContainText('n = ');
  };
  await showCurve();
  await saveScreenshot(page, 'measured-map-emotion', 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, 'measured-map-emotion-control', 'narrow');
  await showCurve();
  await saveScreenshot(page, 'measured-map-emotion', 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);

  // The mode is in the URL: a reload keeps both lines.
  await page.reload();
  await expect(page.getByTestId('curve-mode-both')).toHaveAttribute('aria-pressed', 'true', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('measured-point')).toHaveCount(enough.length);
});

interface Change {
  before: number;
  after: number;
  difference: number;
  significant: boolean;
}
interface Compared {
  before: { journeys: number };
  after: { journeys: number };
  touchpoints: { touchpointId: string; reachShare: Change | null }[];
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

test('then vs now: two halves of the dataset; a chip shows the API’s change', async ({ page }) => {
  const { ws, journeyId } = await copyOfDemoMap(page);
  const measures = await measuresOf(page, ws, journeyId);
  const dataset = (await (
    await page.request.get(`/api/workspaces/${ws}/datasets/${measures.dataset.id}`)
  ).json()) as { firstEventAt: string; lastEventAt: string };
  // The dataset's time range, split in two halves of whole days (both ends inclusive in the URL).
  const first = Date.parse(dataset.firstEventAt);
  const last = Date.parse(dataset.lastEventAt);
  const middle = Date.parse(dayOf((first + last) / 2));
  const then = { from: dayOf(first), to: dayOf(middle - 86_400_000) };
  const now = { from: dayOf(middle), to: dayOf(last) };
  const nextDay = (day: string) => dayOf(Date.parse(day) + 86_400_000);
  const response = await page.request.get(
    `/api/workspaces/${ws}/journeys/${journeyId}/measures/compare?beforeFrom=${then.from}&beforeTo=${nextDay(then.to)}&afterFrom=${now.from}&afterTo=${nextDay(now.to)}`,
  );
  expect(response.status()).toBe(200);
  const compared = (await response.json()) as Compared;
  expect(compared.before.journeys).toBeGreaterThan(0);
  expect(compared.after.journeys).toBeGreaterThan(0);
  const changed = compared.touchpoints.find((t) => t.reachShare !== null)!;
  expect(changed, 'a touchpoint with a reach change').toBeTruthy();
  const change = changed.reachShare!;

  await page.goto(`/w/${ws}/journeys/${journeyId}`);
  await expect(page.getByTestId('figures-bar')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  // Pick the periods in the figures bar; the URL keeps them.
  await page.getByTestId('compare-then-from').fill(then.from);
  await page.getByTestId('compare-then-to').fill(then.to);
  await page.getByTestId('compare-now-from').fill(now.from);
  await page.getByTestId('compare-now-to').fill(now.to);
  await page.getByTestId('compare-apply').click();
  await expect(page).toHaveURL(
    new RegExp(`then=${then.from}\\.\\.${then.to}&now=${now.from}\\.\\.${now.to}`),
  );

  const points = Math.round(change.difference * 100);
  const arrow = points > 0 ? '▲' : points < 0 ? '▼' : '=';
  const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
  const reach = card(page, changed.touchpointId).getByTestId('chip-reach');
  await expect(reach).toContainText(
    `Reach ${percent(change.after)} ${arrow} ${sign}${Math.abs(points)} pt${change.significant ? '*' : ''}`,
  );
  await expect(reach).toHaveAttribute('data-change', change.significant ? 'significant' : 'not-significant');
  await expect(reach).toHaveAttribute('title', new RegExp(`${percent(change.before)} then`));
  await shootBoth(page, 'measured-map-then-vs-now');

  // A reload (a shared link) keeps the comparison.
  await page.reload();
  await expect(reach).toContainText(`${arrow} ${sign}${Math.abs(points)} pt`);
  await page.getByTestId('compare-clear').click();
  await expect(page).not.toHaveURL(/then=/);
  await expect(reach).not.toContainText(' pt');
});
