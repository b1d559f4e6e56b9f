import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  DEMO,
  expect,
  inviteByLink,
  SAME_ORIGIN,
  shootBoth,
  signIn,
  signUp,
  signUpThroughInvite,
  test,
  uniqueEmail,
  VIEWPORTS,
} from './support.js';

function workspaceOf(page: Page): string {
  const match = /\/w\/([^/]+)\//.exec(page.url());
  if (!match?.[1]) throw new Error(`not in a workspace: ${page.url()}`);
  return match[1];
}

test('sign-in and sign-up pages explain mistakes at the field', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByTestId('use-demo-account')).toBeVisible();
  await shootBoth(page, 'sign-in');

  await page.getByTestId('sign-in-email').fill('nobody@example.com');
  await page.getByTestId('sign-in-password').fill('not the password');
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByRole('alert')).toContainText('e-mail address or password is wrong');

  await page.goto('/sign-up');
  await page.getByTestId('sign-up-email').fill(uniqueEmail('weak'));
  await page.getByTestId('sign-up-password').fill('short');
  await page.getByTestId('sign-up-submit').click();
  await expect(page.getByTestId('sign-up-password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('This password is too short')).toBeVisible();
  await shootBoth(page, 'sign-up');

  await page.getByTestId('sign-up-email').fill(DEMO.email);
  await page.getByTestId('sign-up-password').fill('long enough password');
  await page.getByTestId('sign-up-submit').click();
  await expect(page.getByText('An account with this e-mail address already exists')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test('a new user lands in a workspace, creates a persona and a See–Think–Do–Care–Love journey', async ({
  page,
}) => {
  await signUp(page, uniqueEmail('owner'));
  await expect(page).toHaveURL(/\/w\/[^/]+\/journeys$/);
  const ws = workspaceOf(page);
  await expect(page.getByTestId('journeys-empty')).toBeVisible();

  // A persona: create, then edit.
  await page.getByRole('link', { name: 'Personas' }).click();
  await expect(page.getByTestId('personas-empty')).toBeVisible();
  await page.getByTestId('create-persona').click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/personas/new$`));
  await page.getByTestId('persona-name').fill('Sanne, the hurried parent');
  await page.getByTestId('persona-quote').fill('It has to work on my phone.');
  await page.getByTestId('persona-goals-new').fill('Shoes that last a season');
  await page.getByTestId('persona-goals-new').press('Enter');
  await page.getByTestId('persona-save').click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/personas/prs_`));
  await expect(page.getByTestId('persona-save-state')).toHaveText('Persona created');

  // A large, noisy picture is scaled down in the browser to a small data URL.
  const pictureBase64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1600;
    canvas.height = 1200;
    const context = canvas.getContext('2d')!;
    const pixels = context.createImageData(canvas.width, canvas.height);
    for (let i = 0; i < pixels.data.length; i++) pixels.data[i] = (i * 7919) % 251;
    context.putImageData(pixels, 0, 0);
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  await page.getByTestId('persona-picture-input').setInputFiles({
    name: 'sanne.png',
    mimeType: 'image/png',
    buffer: Buffer.from(pictureBase64, 'base64'),
  });
  await expect(page.getByTestId('persona-picture-remove')).toBeVisible();

  await page.getByTestId('persona-needs-new').fill('Delivery in the evening');
  await page.getByTestId('persona-needs-add').click();
  await page.getByTestId('persona-quote').fill('If it takes more than five minutes, I give up.');
  await expect(page.getByTestId('persona-save-state')).toHaveText('Unsaved changes');
  await page.getByTestId('persona-save').click();
  await expect(page.getByTestId('persona-save-state')).toHaveText('All changes saved');
  await page.reload();
  await expect(page.getByTestId('persona-save-state')).toHaveText('Saved');
  await expect(page.getByTestId('persona-quote')).toHaveValue(
    'If it takes more than five minutes, I give up.',
  );
  await expect(page.getByRole('textbox', { name: 'Need 1' })).toHaveValue('Delivery in the evening');
  await expect(page.getByRole('textbox', { name: 'Goal 1' })).toHaveValue('Shoes that last a season');
  const picture = page.locator('.picture-field img');
  await expect(picture).toHaveAttribute('src', /^data:image\/(jpeg|png);base64,/);
  const stored = await picture.evaluate((img: HTMLImageElement) => ({
    length: img.src.length,
    width: img.naturalWidth,
    height: img.naturalHeight,
  }));
  expect(stored.length).toBeLessThan(200_000);
  expect(stored).toMatchObject({ width: 256, height: 192 });
  await shootBoth(page, 'persona-editor', true);

  await page.getByRole('link', { name: 'Personas' }).first().click();
  await expect(page.getByTestId('persona-card')).toHaveCount(1);
  await expect(page.getByTestId('persona-card')).toContainText('If it takes more than five minutes');
  await shootBoth(page, 'personas');

  // A journey from the See–Think–Do–Care–Love template, through the dialog.
  await page.getByRole('link', { name: 'Journeys' }).click();
  await page.getByTestId('create-journey').click();
  const dialog = page.getByTestId('create-journey-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('journey-template')).toHaveValue('see-think-do-care-love');
  await expect(page.getByTestId('journey-template').locator('option')).toHaveCount(5);
  await page.getByTestId('journey-title').fill('Buying running shoes');
  await page.getByTestId('journey-goal').fill('Find shoes that fit, without a second trip');
  await dialog.getByLabel('Sanne, the hurried parent').check();
  await shootBoth(page, 'create-journey-dialog');
  await page.getByTestId('journey-create-submit').click();
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/journeys/jrn_[^/]+$`));

  await page.goto(`/w/${ws}/journeys`);
  const row = page.getByTestId('journey-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Buying running shoes');
  await expect(row).toContainText('5 phases');
  await expect(row.getByRole('img', { name: 'Sanne, the hurried parent' })).toBeVisible();
  await expect(row.getByRole('link', { name: 'Buying running shoes' })).toHaveAttribute(
    'href',
    new RegExp(`^/w/${ws}/journeys/jrn_`),
  );
  await shootBoth(page, 'journeys-list');

  // Duplicate, filter by state through the URL, delete the copy after confirming.
  await page.getByRole('button', { name: 'Duplicate “Buying running shoes”' }).click();
  await expect(page.getByTestId('journey-row')).toHaveCount(2);
  await page.goto(`/w/${ws}/journeys?state=desired`);
  await expect(page.getByTestId('journeys-none-match')).toBeVisible();
  await page.getByTestId('filter-state').selectOption('');
  await expect(page).toHaveURL(new RegExp(`/w/${ws}/journeys$`));
  await page.getByRole('button', { name: 'Delete “Copy of Buying running shoes”' }).click();
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('journey-row')).toHaveCount(1);
});

test('an owner invites a viewer, who sees the journeys without create controls', async ({
  page,
  browser,
}) => {
  await signUp(page, uniqueEmail('owner'));
  const ws = workspaceOf(page);
  const created = await page.request.post(`/api/workspaces/${ws}/journeys`, {
    headers: SAME_ORIGIN,
    data: { title: 'Getting a loan', template: 'orientation-purchase-use-service-billing' },
  });
  expect(created.status()).toBe(201);

  const viewerEmail = uniqueEmail('viewer');
  const inviteUrl = await inviteByLink(page, ws, viewerEmail, 'viewer');
  await expect(page.getByTestId('invite-link-note')).toContainText(`send it to ${viewerEmail} yourself`);
  await expect(page.getByTestId('invitation-row')).toContainText(viewerEmail);
  await page.getByTestId('invite-link-done').click();

  await page.getByTestId('api-key-name').fill('Nightly CRM import');
  await page.getByTestId('api-key-create').click();
  await expect(page.getByTestId('api-key-secret')).toHaveValue(/^tmk_/);
  await expect(page.getByTestId('api-key-row')).toContainText('Nightly CRM import');
  await shootBoth(page, 'members', true);

  const viewerContext = await browser.newContext({ viewport: VIEWPORTS.desktop });
  const viewer = await viewerContext.newPage();
  await signUpThroughInvite(viewer, inviteUrl);
  await expect(viewer).toHaveURL(new RegExp(`/w/${ws}/journeys$`));
  await expect(viewer.getByTestId('journey-row')).toContainText('Getting a loan');
  await expect(viewer.getByTestId('create-journey')).toHaveCount(0);
  await expect(viewer.getByTestId('journey-delete')).toHaveCount(0);
  await viewer.goto(`/w/${ws}/personas`);
  await expect(viewer.getByTestId('personas-empty')).toBeVisible();
  await expect(viewer.getByTestId('create-persona')).toHaveCount(0);
  await viewer.goto(`/w/${ws}/members`);
  await expect(viewer.getByTestId('member-row')).toHaveCount(2);
  await expect(viewer.getByTestId('invite-email')).toHaveCount(0);
  await expect(viewer.getByTestId('member-role')).toHaveCount(0);
  await viewerContext.close();

  await page.reload();
  await expect(page.getByTestId('invitation-row')).toHaveCount(0);
  const viewerRow = page.getByTestId('member-row').filter({ hasText: viewerEmail });
  await expect(viewerRow.getByTestId('member-role')).toHaveValue('viewer');

  // The only owner cannot step down: the 409 is explained in words.
  const ownerRow = page.getByTestId('member-row').filter({ hasText: 'you' });
  await ownerRow.getByTestId('member-role').selectOption('editor');
  await expect(ownerRow.getByRole('alert')).toContainText('at least one owner');
});

test('the demo account lands on the demo journey', async ({ page }) => {
  const config = (await (await page.request.get('/api/config')).json()) as {
    demo: { workspaceId: string; journeyId: string };
  };
  await page.goto('/sign-in');
  await page.getByTestId('use-demo-account').click();
  await expect(page.getByTestId('sign-in-email')).toHaveValue(DEMO.email);
  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(`/w/${config.demo.workspaceId}/journeys/${config.demo.journeyId}`);
});

test('switching the language to Dutch translates the journeys page', async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  const ws = workspaceOf(page);
  await page.goto(`/w/${ws}/journeys`);
  await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
  await page.getByTestId('language-switch').selectOption('nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Klantreizen' })).toBeVisible();
  await expect(page.getByTestId('create-journey')).toHaveText(/Nieuwe klantreiskaart/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('the pages around the map pass the WCAG 2.1 AA checks of axe', async ({ page }) => {
  async function expectNoViolations(where: string) {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
  await page.goto('/sign-in');
  await expect(page.getByTestId('use-demo-account')).toBeVisible();
  await expectNoViolations('sign-in');
  await page.goto('/sign-up');
  await page.getByTestId('sign-up-submit').click();
  await expect(page.getByTestId('sign-up-email')).toHaveAttribute('aria-invalid', 'true');
  await expectNoViolations('sign-up with errors');

  await signIn(page, DEMO.email, DEMO.password);
  const ws = workspaceOf(page);
  await page.goto(`/w/${ws}/journeys`);
  await expect(page.getByTestId('journey-row').first()).toBeVisible();
  await expectNoViolations('journeys');
  await page.getByTestId('create-journey').click();
  await expect(page.getByTestId('journey-title')).toBeFocused();
  await expectNoViolations('create dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('create-journey-dialog')).toHaveCount(0);
  await expect(page.getByTestId('create-journey')).toBeFocused();

  await page.goto(`/w/${ws}/personas`);
  await expect(page.getByTestId('persona-card').first()).toBeVisible();
  await expectNoViolations('personas');
  await page.getByTestId('persona-card').first().getByRole('link').click();
  await expect(page.getByTestId('persona-save')).toBeVisible();
  await expectNoViolations('persona editor');
  await page.goto(`/w/${ws}/members`);
  await expect(page.getByTestId('member-row').first()).toBeVisible();
  await expectNoViolations('members');
});
