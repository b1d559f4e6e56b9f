import { readFileSync } from 'node:fs';
import { addTouchpointThroughPanel, expectSaved } from './mapSupport.js';
import {
  expect,
  inviteByLink,
  saveScreenshot,
  signUp,
  signUpThroughInvite,
  test,
  uniqueEmail,
  VIEWPORTS,
} from './support.js';

/**
 * The whole story of the journey-map issue in one run, as a team would live it: sign up → map a journey
 * from See–Think–Do–Care–Love → touchpoints in three channels → expectation vs experience gives a WOW
 * and a pain marker → desired version → compare shows the change → PNG and PDF export → a viewer joins
 * through an invite link and sees but cannot edit → a share link opens read-only without an account → Dutch.
 */
test('a team maps, improves, compares, exports and shares a journey', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const ownerEmail = uniqueEmail('flow-owner');
  await signUp(page, ownerEmail);
  await expect(page).toHaveURL(/\/w\/wks_[a-z0-9]+\/journeys$/);
  const workspaceId = /\/w\/(wks_[a-z0-9]+)\//.exec(page.url())![1]!;

  // Create a journey from the See–Think–Do–Care–Love template.
  await page.getByTestId('create-journey').click();
  await page.getByTestId('journey-title').fill('Getting a mortgage');
  await page.getByTestId('journey-template').selectOption('see-think-do-care-love');
  await page.getByTestId('journey-create-submit').click();
  await expect(page).toHaveURL(/\/journeys\/jrn_[a-z0-9]+$/);
  const mapUrl = new URL(page.url()).pathname;
  const journeyId = mapUrl.split('/').pop()!;
  await expect(page.getByTestId('phase-header')).toHaveCount(5);

  // Touchpoints in three channels, with expectation and experience.
  await addTouchpointThroughPanel(page, 0, {
    title: 'Bank advert on TV',
    channel: 'tv',
    expectation: 5,
    experience: 5,
  });
  await addTouchpointThroughPanel(page, 1, {
    title: 'Mortgage calculator',
    channel: 'web',
    expectation: 7,
    experience: 9,
  });
  await addTouchpointThroughPanel(page, 2, {
    title: 'Advice call',
    channel: 'phone',
    expectation: 8,
    experience: 4,
  });
  await expectSaved(page);
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(3);

  // The WOW (expect 7, get 9) and the pain point (expect 8, get 4) appear on the curve.
  await expect(page.getByTestId('wow-marker')).toHaveCount(1);
  await expect(page.getByTestId('pain-marker')).toHaveCount(1);
  await saveScreenshot(page, 'flow-current-map', 'desktop');

  // The desired version: fix the advice call.
  await page.getByTestId('create-desired').click();
  await expect(page).not.toHaveURL(new RegExp(`${journeyId}$`));
  await expect(page.getByTestId('state-badge')).toContainText(/desired/i);
  const desiredId = new URL(page.url()).pathname.split('/').pop()!;
  await page.getByTestId('touchpoint-card').filter({ hasText: 'Advice call' }).click();
  const panel = page.getByTestId('touchpoint-panel');
  await panel.getByTestId('tp-experience').fill('9');
  await panel.getByTestId('panel-close').click();
  await expectSaved(page);
  await expect(page.getByTestId('pain-marker')).toHaveCount(0);

  // Compare current vs desired: the advice call changed.
  await page.goto(`/w/${workspaceId}/journeys/${journeyId}/compare/${desiredId}`);
  await expect(page.getByTestId('compare-view')).toBeVisible();
  await expect(page.getByTestId('compare-changed').filter({ hasText: 'Advice call' }).first()).toBeVisible();
  await expect(page.getByTestId('compare-added')).toHaveCount(0);
  await saveScreenshot(page, 'flow-compare', 'desktop');

  // Export PNG and PDF from the current map: valid files of a sensible size.
  await page.goto(mapUrl);
  for (const [format, magic, minBytes] of [
    ['png', '\x89PNG', 50_000],
    ['pdf', '%PDF-', 10_000],
  ] as const) {
    await page.getByTestId('export-menu').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`export-${format}`).click(),
    ]);
    const path = await download.path();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
    expect(bytes.length).toBeGreaterThan(minBytes);
    expect(bytes.length).toBeLessThan(30_000_000);
    expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
  }

  // The owner invites a viewer; the link is shown once on the members page, and the viewer joins
  // through it in a browser of their own. They see the map but cannot edit it.
  const viewerEmail = uniqueEmail('flow-viewer');
  const inviteUrl = await inviteByLink(page, workspaceId, viewerEmail, 'viewer');
  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await signUpThroughInvite(viewer, inviteUrl);
  await expect(viewer).toHaveURL(new RegExp(`/w/${workspaceId}/journeys$`));
  await viewer.goto(mapUrl);
  await expect(viewer.getByTestId('touchpoint-card')).toHaveCount(3);
  await expect(viewer.getByTestId('add-touchpoint-0')).toHaveCount(0);
  await viewer.getByTestId('touchpoint-card').first().click();
  await expect(viewer.getByTestId('touchpoint-panel')).toBeVisible();
  await expect(viewer.getByTestId('touchpoint-panel').locator('input, textarea, select')).toHaveCount(0);
  await viewerContext.close();

  // A read-only share link opens without an account, in a fresh browser context.
  await page.goto(mapUrl);
  await page.getByTestId('share-button').click();
  const dialog = page.getByTestId('share-dialog');
  await dialog.getByTestId('create-share-link').click();
  const shareUrl = await dialog.getByTestId('share-link-url').inputValue();
  expect(shareUrl).toMatch(/\/share\/[A-Za-z0-9_-]{20,}$/);
  const anonymous = await browser.newContext();
  const guest = await anonymous.newPage();
  await guest.goto(shareUrl);
  await expect(guest.getByTestId('share-banner')).toBeVisible();
  await expect(guest.getByTestId('touchpoint-card')).toHaveCount(3);
  await expect(guest.getByTestId('add-touchpoint-0')).toHaveCount(0);
  await expect(guest).not.toHaveURL(/sign-in/);
  await saveScreenshot(guest, 'shared-map', 'desktop');
  await guest.setViewportSize(VIEWPORTS.narrow);
  await expect(guest.getByTestId('share-banner')).toBeVisible();
  await saveScreenshot(guest, 'shared-map', 'narrow');
  await anonymous.close();

  // Switching to Dutch translates the page.
  await page.keyboard.press('Escape');
  await page.getByTestId('language-switch').selectOption('nl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Klantreizen' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toContainText(/opgeslagen/i);
  await saveScreenshot(page, 'flow-map-dutch', 'desktop');
  await expectSaved(page);
});
