import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO, saveScreenshot, signIn, VIEWPORTS, SAME_ORIGIN, expect, test } from './support.js';

interface Summary {
  id: string;
  title: string;
  state: 'current' | 'desired';
  version: number;
}

/** The demo workspace and its two shoe maps, found through the API with the browser's session. */
async function findDemoMaps(page: Page) {
  const workspaces = (await (await page.request.get('/api/workspaces')).json()) as {
    workspaces: { id: string }[];
  };
  const ws = workspaces.workspaces[0]!.id;
  const list = (await (await page.request.get(`/api/workspaces/${ws}/journeys`)).json()) as {
    journeys: Summary[];
  };
  const byTitle = (title: string) => {
    const found = list.journeys.find((j) => j.title === title);
    if (!found) throw new Error(`no demo map "${title}"`);
    return found;
  };
  return { ws, then: byTitle('Buying shoes — then'), now: byTitle('Buying shoes — now') };
}

async function expectNoViolations(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

/** Desktop from the top; narrow scrolled to `focus` (the part worth seeing); then back to desktop. */
async function shootBoth(page: Page, name: string, focus?: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name, 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  if (focus) {
    // Below the sticky app header.
    await page.getByTestId(focus).evaluate((el) => {
      const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - header - 8);
    });
  }
  await saveScreenshot(page, name, 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);
}

test('compare then vs now side by side and overlaid, then the channels of now', async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  const { ws, then, now } = await findDemoMaps(page);

  // Side by side: everything of "then" is gone, everything of "now" is new.
  await page.goto(`/w/${ws}/journeys/${then.id}/compare/${now.id}`);
  const view = page.getByTestId('compare-view');
  await expect(view).toBeVisible();
  await expect(page.getByTestId('compare-title')).toHaveText('Then vs now');
  await expect(page.getByTestId('compare-added').filter({ hasText: 'Orders in the app' })).toContainText(
    'Added',
  );
  await expect(page.getByTestId('compare-removed').filter({ hasText: 'Paying at the till' })).toContainText(
    'Removed',
  );
  await expect(page.getByTestId('summary-added')).toContainText('10');
  await expect(page.getByTestId('summary-removed')).toContainText('10');
  await expect(page.getByTestId('compare-link-before')).toHaveAttribute(
    'href',
    `/w/${ws}/journeys/${then.id}`,
  );
  await expectNoViolations(page, 'compare side by side');
  await shootBoth(page, 'compare-side');

  // Overlaid: the mode goes into the URL; Love has no touchpoints in "now".
  await page.getByTestId('compare-mode-overlay').click();
  await expect(page).toHaveURL(new RegExp(`/compare/${now.id}\\?mode=overlay$`));
  await expect(page.getByTestId('curve-before')).toBeVisible();
  await expect(page.getByTestId('curve-after')).toBeVisible();
  const love = page.getByRole('region', { name: 'Love', exact: true });
  await expect(love.getByTestId('phase-delta')).toHaveText('Now: no touchpoints');
  const doDelta = page.getByRole('region', { name: 'Do', exact: true }).getByTestId('phase-delta');
  await expect(doDelta).toContainText('+2.0');
  await expect(page.getByTestId('overall-delta')).toContainText('−1.1');
  await expectNoViolations(page, 'compare overlaid');
  await shootBoth(page, 'compare-overlay', 'compare-overlay');

  // The browser's back button returns to side by side; the swap turns the direction around.
  await page.goBack();
  await expect(page.getByTestId('compare-side')).toBeVisible();
  await page.getByTestId('compare-swap').click();
  await expect(page).toHaveURL(new RegExp(`/journeys/${now.id}/compare/${then.id}\\?mode=side$`));
  await expect(page.getByTestId('compare-removed').filter({ hasText: 'Orders in the app' })).toBeVisible();

  // The channels of "now": Love is a gap.
  await page.goto(`/w/${ws}/journeys/${now.id}/channels`);
  await expect(page.getByTestId('channel-view')).toBeVisible();
  const gap = page.getByTestId('phase-gap');
  await expect(gap).toHaveCount(1);
  await expect(page.getByRole('columnheader').filter({ has: gap })).toContainText('Love');
  await expect(page.getByTestId('channel-row-web')).toContainText('Reads reviews');
  await expect(page.getByTestId('channel-gaps')).toContainText('Love has no touchpoint at all');
  await expect(page.getByTestId('channels-back')).toHaveAttribute('href', `/w/${ws}/journeys/${now.id}`);
  await expectNoViolations(page, 'channels');
  await shootBoth(page, 'channels', 'channel-matrix');
});

test('the channels of then show a break, and current vs desired shows what was changed', async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  const { ws, then, now } = await findDemoMaps(page);

  await page.goto(`/w/${ws}/journeys/${then.id}/channels`);
  await expect(page.getByTestId('channel-break')).toHaveText([
    'Letter: missing in Think and Do, between See and Love',
  ]);
  await expect(page.getByTestId('channel-row-letter').getByTestId('channel-break-cell')).toHaveCount(2);

  // A desired version keeps the touchpoint ids; change one card and compare. Made from a copy of "now",
  // so that other tests working on the demo maps at the same time do not get in the way.
  const copied = await page.request.post(`/api/workspaces/${ws}/journeys/${now.id}/duplicate`, {
    headers: SAME_ORIGIN,
    data: { title: `Buying shoes — now (copy ${Date.now().toString(36)})` },
  });
  expect(copied.status()).toBe(201);
  const { journey: current } = (await copied.json()) as { journey: { id: string; version: number } };
  const created = await page.request.post(`/api/workspaces/${ws}/journeys/${current.id}/desired`, {
    headers: SAME_ORIGIN,
    data: { version: current.version },
  });
  expect(created.status()).toBe(201);
  const { journey: desired } = (await created.json()) as {
    journey: { id: string; touchpoints: { title: string; emotion: number }[] } & Record<string, unknown>;
  };
  const { id: _id, workspaceId: _ws, createdAt: _c, updatedAt: _u, ...content } = desired;
  const touchpoints = desired.touchpoints.map((t) =>
    t.title === 'Delivery' ? { ...t, title: 'Delivery in a chosen slot', emotion: 1 } : t,
  );
  const saved = await page.request.put(`/api/workspaces/${ws}/journeys/${desired.id}`, {
    headers: SAME_ORIGIN,
    data: { ...content, touchpoints },
  });
  expect(saved.ok()).toBe(true);

  await page.goto(`/w/${ws}/journeys/${current.id}/compare/${desired.id}?mode=side`);
  await expect(page.getByTestId('compare-title')).toHaveText('Current vs desired');
  const changed = page.getByTestId('compare-changed');
  await expect(changed).toHaveCount(1);
  await changed.focus();
  await expect(changed.getByRole('tooltip')).toBeVisible();
  // The arrow is for the eye; screen readers hear "becomes".
  await expect(changed.getByRole('tooltip')).toContainText(/Emotion: −2 →\s*becomes\s*\+1/);
  await expect(page.getByTestId('compare-added')).toHaveCount(0);
  await expect(page.getByTestId('summary-unchanged')).toContainText('9');
  await expect(page.getByTestId('compare-table')).toContainText('Delivery in a chosen slot');
  await expectNoViolations(page, 'compare current vs desired');
});
