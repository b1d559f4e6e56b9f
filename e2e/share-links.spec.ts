import type { Page } from '@playwright/test';
import {
  expect,
  SAME_ORIGIN,
  saveScreenshot,
  shootBoth,
  signUp,
  test,
  uniqueEmail,
  VIEWPORTS,
} from './support.js';

const BACKSTAGE_NOTE = 'Credit desk checks the BKR register by hand';

function workspaceOf(page: Page): string {
  const match = /\/w\/([^/]+)\//.exec(page.url());
  if (!match?.[1]) throw new Error(`not in a workspace: ${page.url()}`);
  return match[1];
}

/** A map with one touchpoint that carries a back-stage note, made through the API. */
async function createMapWithBackstage(page: Page, ws: string, title: string) {
  const created = await page.request.post(`/api/workspaces/${ws}/journeys`, {
    headers: SAME_ORIGIN,
    data: { title, template: 'see-think-do-care-love' },
  });
  expect(created.status()).toBe(201);
  const { journey } = (await created.json()) as {
    journey: { id: string; version: number; phases: { id: string }[] };
  };
  const added = await page.request.post(`/api/workspaces/${ws}/journeys/${journey.id}/touchpoints`, {
    headers: SAME_ORIGIN,
    data: {
      version: journey.version,
      phaseId: journey.phases[1]!.id,
      title: 'Loan application form',
      channel: 'web',
      owningDepartment: 'Credit',
      backstageNotes: BACKSTAGE_NOTE,
    },
  });
  expect(added.status()).toBe(201);
  return journey.id;
}

test('a share link leaves the back-stage notes out unless it is made with them', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('sharer'));
  const ws = workspaceOf(page);
  const journeyId = await createMapWithBackstage(page, ws, 'Getting a personal loan');
  await page.goto(`/w/${ws}/journeys/${journeyId}`);
  await expect(page.getByText(BACKSTAGE_NOTE)).toBeVisible();

  await page.getByTestId('share-button').click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog.getByTestId('share-include-backstage')).not.toBeChecked();
  await dialog.getByTestId('create-share-link').click();
  const plainUrl = await dialog.getByTestId('share-link-url').inputValue();
  await expect(dialog.getByTestId('share-link-scope')).toContainText('hides the back-stage notes');
  await dialog.getByTestId('share-include-backstage').check();
  await dialog.getByTestId('create-share-link').click();
  await expect(dialog.getByTestId('share-link-scope')).toContainText('shows the back-stage notes');
  const fullUrl = await dialog.getByTestId('share-link-url').inputValue();
  expect(fullUrl).not.toBe(plainUrl);
  await expect(dialog.getByTestId('share-link-row')).toHaveCount(2);
  await expect(dialog.getByTestId('share-link-backstage')).toHaveCount(1);
  await expect(dialog.getByTestId('share-link-row').first()).toContainText(/made by sharer-/);
  await shootBoth(page, 'share-dialog');
  // In Dutch, on a phone: the list of links with who made them and what they show.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.getByTestId('language-switch').selectOption('nl');
  await page.setViewportSize(VIEWPORTS.narrow);
  await page.getByTestId('share-button').click();
  await expect(dialog.getByTestId('share-link-backstage')).toHaveText('toont achter de schermen');
  await saveScreenshot(page, 'share-dialog-nl', 'narrow');
  await page.keyboard.press('Escape');
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.getByTestId('language-switch').selectOption('en');

  const guestContext = await browser.newContext({ viewport: VIEWPORTS.desktop });
  const guest = await guestContext.newPage();
  await guest.goto(plainUrl);
  await expect(guest.getByTestId('touchpoint-card')).toHaveCount(1);
  await expect(guest.getByText('Loan application form').first()).toBeVisible();
  await expect(guest.getByText(BACKSTAGE_NOTE)).toHaveCount(0);
  await guest.goto(fullUrl);
  await expect(guest.getByTestId('touchpoint-card')).toHaveCount(1);
  await expect(guest.getByText(BACKSTAGE_NOTE)).toBeVisible();
  await guestContext.close();
});

test('an owner sees every share link of the workspace and revokes them all at once', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('revoker'));
  const ws = workspaceOf(page);
  const urls: string[] = [];
  for (const [title, includeBackstage] of [
    ['Moving house', false],
    ['Reporting a burst pipe', true],
    ['Cancelling a contract', false],
  ] as const) {
    const journeyId = await createMapWithBackstage(page, ws, title);
    const made = await page.request.post(`/api/workspaces/${ws}/journeys/${journeyId}/share-links`, {
      headers: SAME_ORIGIN,
      data: { includeBackstage },
    });
    expect(made.status()).toBe(201);
    urls.push(new URL((await made.json()).path as string, page.url()).toString());
  }

  await page.goto(`/w/${ws}/members#share-links`);
  const section = page.getByTestId('workspace-share-links');
  const rows = section.getByTestId('workspace-share-link');
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: 'Reporting a burst pipe' })).toContainText('shows back stage');
  await expect(rows.filter({ hasText: 'Moving house' })).toContainText(/hides back stage.*made by revoker-/);
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'members-share-links', 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'members-share-links', 'narrow');
  await page.getByTestId('language-switch').selectOption('nl');
  await expect(section.getByRole('heading', { name: 'Deellinks' })).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'members-share-links-nl', 'narrow');
  await page.getByTestId('language-switch').selectOption('en');
  await page.setViewportSize(VIEWPORTS.desktop);

  // One link by itself, then the rest at once after confirming.
  await rows.filter({ hasText: 'Cancelling a contract' }).getByTestId('workspace-share-link-revoke').click();
  await expect(rows).toHaveCount(2);
  await section.getByTestId('share-links-revoke-all').click();
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText('Revoke all 2 share links?');
  await confirm.getByTestId('confirm-submit').click();
  await expect(section.getByTestId('share-links-status')).toHaveText('2 share links were revoked.');
  await expect(section.getByTestId('share-links-none')).toBeVisible();

  const guestContext = await browser.newContext();
  const guest = await guestContext.newPage();
  for (const url of urls) {
    await guest.goto(url);
    await expect(guest.getByTestId('share-not-found')).toBeVisible();
  }
  await guestContext.close();
});
