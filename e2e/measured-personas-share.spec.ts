import type { Page } from '@playwright/test';
import { copyDemoShoesMap } from './demoMapSupport.js';
import { SAME_ORIGIN, VIEWPORTS, expect, saveScreenshot, shootBoth, test } from './support.js';

/**
 * The measured map for one persona (the figures bar's persona picker), evidence "data" on cards, and a
 * share link that carries the figures to the read-only shared page.
 */

interface Measures {
  journeys: number;
  dataset: { id: string; name: string; personaId: string | null };
  touchpoints: { touchpointId: string; journeys: number | null; reachShare: number | null }[];
}

const percent = (n: number) =>
  new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(n);
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const whole = (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(n);

/** A copy of the demo's linked "Buying shoes — now" of this test's own, and the workspace's personas. */
async function copyOfDemoMap(page: Page) {
  const { ws, journey } = await copyDemoShoesMap<{ id: string }>(page, 'Persona shoes');
  const { personas } = (await (await page.request.get(`/api/workspaces/${ws}/personas`)).json()) as {
    personas: { id: string; name: string }[];
  };
  return { ws, journeyId: journey.id, personas };
}

/** The measures of the map (for a persona), once the demo dataset has been imported. */
async function measuresOf(page: Page, ws: string, journeyId: string, personaId?: string) {
  const query = personaId ? `?personaId=${personaId}` : '';
  let answer: Measures | null = null;
  await expect
    .poll(
      async () => {
        const r = await page.request.get(`/api/workspaces/${ws}/journeys/${journeyId}/measures${query}`);
        if (r.status() === 200) answer = (await r.json()) as Measures;
        return r.status();
      },
      { timeout: 90_000 },
    )
    .toBe(200);
  return answer!;
}

const card = (page: Page, id: string) =>
  page.locator(`[data-testid="touchpoint-card"][data-touchpoint-id="${id}"]`);

test('figures for one persona: the picker filters chips and drivers; cards on enough data show evidence "data"', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const { ws, journeyId, personas } = await copyOfDemoMap(page);
  const sanne = personas.find((p) => p.name === 'Sanne')!;
  const everyone = await measuresOf(page, ws, journeyId);
  const hers = await measuresOf(page, ws, journeyId, sanne.id);
  expect(hers.journeys).toBeLessThan(everyone.journeys);
  expect(hers.journeys).toBeGreaterThan(0);

  await page.goto(`/w/${ws}/journeys/${journeyId}`);
  await expect(page.getByTestId('figures-bar')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(page.getByTestId('figures-status')).toHaveText(
    `${whole(everyone.journeys)} journeys in scope`,
  );

  // Evidence "data": a card reached by 30+ journeys names the dataset and the period.
  const onData = everyone.touchpoints.find((t) => (t.journeys ?? 0) >= 30)!;
  const mark = card(page, onData.touchpointId).getByTestId('evidence-measured');
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute(
    'aria-label',
    new RegExp(
      `^Data — ${whole(onData.journeys!)} journeys of ${escaped(everyone.dataset.name)}, .+ – .+ \\(designed: `,
    ),
  );
  const thin = everyone.touchpoints.find((t) => t.journeys === null);
  if (thin) await expect(card(page, thin.touchpointId).getByTestId('evidence-measured')).toHaveCount(0);
  await card(page, onData.touchpointId).click();
  await expect(page.getByTestId('tp-data-evidence')).toContainText(everyone.dataset.name);
  await page.getByTestId('tp-data-evidence').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'measured-evidence-panel', 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  await page.getByTestId('tp-data-evidence').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'measured-evidence-panel', 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.keyboard.press('Escape');

  // Sanne's journeys: the URL keeps the choice; the chips are her figures.
  const select = page.getByTestId('persona-select');
  await expect(select.locator('option')).toContainText(['All customers', 'Sanne', 'Henk']);
  await select.selectOption(sanne.id);
  await expect(page).toHaveURL(new RegExp(`persona=${sanne.id}`));
  await expect(page.getByTestId('figures-status')).toHaveText(`${whole(hers.journeys)} journeys in scope`);
  const reached = hers.touchpoints.find((t) => t.reachShare !== null && t.reachShare > 0)!;
  await expect(card(page, reached.touchpointId).getByTestId('chip-reach')).toContainText(
    `Reach ${percent(reached.reachShare!)}`,
  );
  // The drivers panel asks for her journeys too.
  const drivers = page.waitForRequest((r) => r.url().includes('/drivers?') && r.url().includes(sanne.id));
  await page.getByTestId('drivers-open').click();
  await drivers;
  await page.getByTestId('drivers-open').click();
  await shootBoth(page, 'measured-persona-picker');

  // A persona without a segment rule: listed, says it has no rule; the figures stay everyone's.
  const bare = await page.request.post(`/api/workspaces/${ws}/personas`, {
    headers: SAME_ORIGIN,
    data: { name: 'Nora (no rule yet)' },
  });
  expect(bare.status()).toBe(201);
  const bareId = ((await bare.json()) as { persona: { id: string } }).persona.id;
  await page.goto(`/w/${ws}/journeys/${journeyId}?persona=${bareId}`);
  await expect(page.getByTestId('persona-no-rule')).toContainText('has no segment rule');
  await expect(page.getByTestId('figures-status')).toHaveText(
    `${whole(everyone.journeys)} journeys in scope`,
    {
      timeout: 30_000,
    },
  );
  await expect(select.locator(`option[value="${bareId}"]`)).toBeDisabled();
  await saveScreenshot(page, 'measured-persona-no-rule', 'desktop');
});

test('a share link made while figures are shown carries the chips and the measured line to the shared page', async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const { ws, journeyId, personas } = await copyOfDemoMap(page);
  const sanne = personas.find((p) => p.name === 'Sanne')!;
  const hers = await measuresOf(page, ws, journeyId, sanne.id);

  await page.goto(`/w/${ws}/journeys/${journeyId}?persona=${sanne.id}&curve=both`);
  await expect(page.getByTestId('figures-bar')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await page.getByTestId('share-button').click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog.getByTestId('share-include-figures')).toBeChecked();
  await expect(dialog).toContainText('(for Sanne)');
  await dialog.getByTestId('create-share-link').click();
  await expect(dialog.getByTestId('share-link-scope')).toContainText('It shows the measured figures.');
  await expect(dialog.getByTestId('share-link-figures')).toHaveCount(1);
  const url = await dialog.getByTestId('share-link-url').inputValue();
  await shootBoth(page, 'share-dialog-figures');

  // Someone without an account opens it: Sanne's figures, the measured line, read-only.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const visitor = await context.newPage();
  await visitor.goto(url);
  await expect(visitor.getByTestId('figures-bar')).toHaveAttribute('data-state', 'ready', {
    timeout: 30_000,
  });
  await expect(visitor.getByTestId('figures-status')).toHaveText(`${whole(hers.journeys)} journeys in scope`);
  await expect(visitor.getByTestId('shared-persona')).toHaveText('Figures for Sanne');
  const reached = hers.touchpoints.find((t) => t.reachShare !== null && t.reachShare > 0)!;
  await expect(card(visitor, reached.touchpointId).getByTestId('chip-reach')).toContainText(
    `Reach ${percent(reached.reachShare!)}`,
  );
  await expect(visitor.getByTestId('measured-line')).toHaveCount(1);
  await expect(visitor.getByTestId('persona-select')).toHaveCount(0);
  await expect(visitor.getByTestId('data-link-select')).toHaveCount(0);
  await shootBoth(visitor, 'shared-map-figures');
  await context.close();
});
