import type { Page } from '@playwright/test';
import { copyDemoShoesMap } from './demoMapSupport.js';
import { VIEWPORTS, expect, saveScreenshot, test } from './support.js';

interface Touchpoint {
  id: string;
  title: string;
  matcher: unknown;
}
interface Suggestion {
  activity: string;
  channel: string;
  events: number;
  journeys: number;
}

const whole = (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(n);
const countText = (c: { matchedEvents: number; journeys: number }) =>
  `Matches ${whole(c.matchedEvents)} events in ${whole(c.journeys)} journeys`;

/** A copy of the demo's linked "Buying shoes — now" of this test's own (editing it touches no other test). */
async function copyOfDemoMap(page: Page) {
  const { ws, journey } = await copyDemoShoesMap<{ id: string; touchpoints: Touchpoint[] }>(
    page,
    'Matcher editor',
  );
  return { ws, journey };
}

test('the matcher editor: a suggested activity, a pattern and a property condition, each with the live count', async ({
  page,
}) => {
  const { ws, journey } = await copyOfDemoMap(page);
  const base = `/api/workspaces/${ws}/journeys/${journey.id}`;
  // The demo dataset may still be importing right after the server started.
  await expect
    .poll(async () => (await page.request.get(`${base}/measures`)).status(), { timeout: 90_000 })
    .toBe(200);
  const apiCount = async (matcher: unknown) =>
    (await (
      await page.request.get(`${base}/matcher-count?matcher=${encodeURIComponent(JSON.stringify(matcher))}`)
    ).json()) as { matchedEvents: number; journeys: number };

  // "Returning a pair" (a letter) has no matcher: "no data" on its card and in its panel.
  const returning = journey.touchpoints.find((tp) => tp.title === 'Returning a pair')!;
  expect(returning.matcher).toBeNull();
  await page.goto(`/w/${ws}/journeys/${journey.id}`);
  await expect(page.getByTestId('figures-bar')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  const card = page.locator(`[data-testid="touchpoint-card"][data-touchpoint-id="${returning.id}"]`);
  await expect(card.getByTestId('chip-noData')).toContainText('No data');
  await card.click();
  const panel = page.getByTestId('touchpoint-panel');
  const count = panel.getByTestId('matcher-count');
  await expect(count).toHaveAttribute('data-state', 'none');
  await expect(count).toContainText('no data');

  // Letters are not in the data; as a phone call, its suggestions are the phone activities no card matches.
  await expect(panel.getByTestId('matcher-suggestions-none')).toBeVisible({ timeout: 30_000 });
  await panel.getByTestId('tp-channel').selectOption('phone');
  const suggested = (await (
    await page.request.get(`${base}/matcher-suggestions?touchpointId=${returning.id}&channel=phone`)
  ).json()) as { suggestions: Suggestion[] };
  expect(suggested.suggestions.length).toBeGreaterThan(0);
  const first = suggested.suggestions[0]!;
  const items = panel.getByTestId('matcher-suggestion');
  await expect(items.first()).toContainText(first.activity);
  await expect(items.first()).toContainText(
    `${first.channel} · ${whole(first.events)} events in ${whole(first.journeys)} journeys`,
  );
  const suggestions = panel.getByTestId('matcher-suggestions');
  await page.mouse.move(0, 0);
  await suggestions.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'matcher-editor-suggestions', 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  await suggestions.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'matcher-editor-suggestions', 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);
  await items.first().getByTestId('matcher-suggestion-add').click();
  let matcher: Record<string, unknown> = { activities: [first.activity] };
  await expect(count).toHaveText(countText(await apiCount(matcher)), { timeout: 30_000 });
  await expect(panel.getByTestId('matcher-activities')).toHaveValues([first.activity]);

  // A property condition: the count follows once it is complete.
  const conditions = panel.getByTestId('matcher-conditions');
  await conditions.getByTestId('condition-add').click();
  await expect(conditions.getByTestId('condition-error')).toContainText('Name the property.');
  await conditions.getByTestId('condition-key').fill('topic');
  await conditions.getByTestId('condition-op').selectOption('in');
  await conditions.getByTestId('condition-value').fill('delivery, return');
  await expect(conditions.getByTestId('condition-error')).toHaveCount(0);
  matcher = { ...matcher, properties: [{ key: 'topic', op: 'in', value: ['delivery', 'return'] }] };
  const narrowed = await apiCount(matcher);
  expect(narrowed.matchedEvents).toBeLessThan(
    (await apiCount({ activities: [first.activity] })).matchedEvents,
  );
  await expect(count).toHaveText(countText(narrowed), { timeout: 30_000 });

  // A pattern: shows the names it stands for and adds them.
  const pattern = panel.getByTestId('matcher-pattern-input');
  await pattern.fill('first call*');
  await expect(panel.getByTestId('matcher-pattern-found')).toHaveText(
    'Stands for 1 activity: First Call Resolved.',
  );
  await panel.getByTestId('matcher-pattern-add').click();
  matcher = { ...matcher, activities: [first.activity, 'First Call Resolved'] };
  await expect(count).toHaveText(countText(await apiCount(matcher)), { timeout: 30_000 });
  await pattern.fill('order*');
  await expect(panel.getByTestId('matcher-pattern-found')).toContainText('Order Placed');

  // The editor at both sizes: the Data section scrolled into view; at 390 px it fits the screen.
  const section = panel.getByTestId('matcher-section');
  await page.mouse.move(0, 0);
  await conditions.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'matcher-editor', 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  await conditions.scrollIntoViewIfNeeded();
  const box = (await section.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.narrow.width);
  await saveScreenshot(page, 'matcher-editor', 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);

  // Saved with the card, valid for the server.
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const after = (await (await page.request.get(base)).json()) as { journey: { touchpoints: Touchpoint[] } };
  expect(after.journey.touchpoints.find((tp) => tp.id === returning.id)!.matcher).toEqual(matcher);
});
