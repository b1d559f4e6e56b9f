import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  expect,
  inviteByLink,
  SAME_ORIGIN,
  saveScreenshot,
  shootBoth,
  signUp,
  test,
  uniqueEmail,
  VIEWPORTS,
} from './support.js';

const PASSWORD = 'correct horse battery';

function workspaceOf(page: Page): string {
  const match = /\/w\/([^/]+)\//.exec(page.url());
  if (!match?.[1]) throw new Error(`not in a workspace: ${page.url()}`);
  return match[1];
}

async function expectNoViolations(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

test('an invite link is shown once; the invitee signs up through it and is a member', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('inviting-owner'));
  const ws = workspaceOf(page);
  const samEmail = uniqueEmail('sam');
  const kimEmail = uniqueEmail('kim');

  // Two invitations; Sam's first link is replaced by a new one from the list.
  const firstUrl = await inviteByLink(page, ws, samEmail, 'editor');
  await expect(page.getByTestId('invite-link-note')).toContainText(`send it to ${samEmail} yourself`);
  await expect(page.getByTestId('invite-link')).toContainText(/expires on/);
  await inviteByLink(page, ws, kimEmail, 'viewer');
  const samRow = page.getByTestId('invitation-row').filter({ hasText: samEmail });
  await expect(page.getByTestId('invitation-row')).toHaveCount(2);
  await expect(samRow.getByTestId('invitation-expiry')).toContainText(/^link expires on/);
  await samRow.getByTestId('invitation-renew').click();
  const renewed = samRow.getByTestId('invite-link');
  await expect(renewed.getByTestId('invite-link-note')).toContainText(samEmail);
  const inviteUrl = await renewed.getByTestId('invite-link-url').inputValue();
  expect(inviteUrl).not.toBe(firstUrl);
  await shootBoth(page, 'members-invite-link', true);

  const samContext = await browser.newContext({ viewport: VIEWPORTS.desktop });
  const sam = await samContext.newPage();
  // The replaced link explains itself.
  await sam.goto(firstUrl);
  await expect(sam.getByTestId('invite-gone')).toContainText('Ask the owner of the workspace for a new link');
  await shootBoth(sam, 'invite-gone');

  // The new link: who invites to what, until when, and a form with the invited address filled in.
  await sam.goto(inviteUrl);
  await expect(sam.getByRole('heading', { level: 1 })).toHaveText(/^Join “.+”$/);
  await expect(sam.getByTestId('invite-details')).toContainText('As an editor you create and change');
  await expect(sam.getByTestId('sign-up-email')).toHaveValue(samEmail);
  await shootBoth(sam, 'invite-signed-out', true);
  await expectNoViolations(sam, 'invite page');

  // A refused password is explained at the field, in the chosen language.
  await sam.getByTestId('language-switch').selectOption('nl');
  await expect(sam.getByRole('heading', { level: 1 })).toHaveText(/^Doe mee met “.+”$/);
  await sam.setViewportSize(VIEWPORTS.narrow);
  await saveScreenshot(sam, 'invite-signed-out-nl', 'narrow', true);
  await sam.setViewportSize(VIEWPORTS.desktop);
  await sam.getByTestId('sign-up-password').fill('password1');
  await sam.getByTestId('sign-up-submit').click();
  await expect(sam.getByTestId('sign-up-password')).toHaveAttribute('aria-invalid', 'true');
  await expect(sam.getByText('Dit is een van de meest gebruikte wachtwoorden')).toBeVisible();
  await sam.getByTestId('sign-up-password').fill(PASSWORD);
  await sam.getByTestId('sign-up-submit').click();
  await expect(sam).toHaveURL(new RegExp(`/w/${ws}/journeys$`));
  await samContext.close();

  // Sam is an editor now; Kim's invitation still waits, until the owner withdraws it.
  await page.reload();
  await expect(
    page.getByTestId('member-row').filter({ hasText: samEmail }).getByTestId('member-role'),
  ).toHaveValue('editor');
  await expect(page.getByTestId('invitation-row')).toHaveCount(1);
  await page.getByTestId('invitation-row').getByTestId('invitation-withdraw').click();
  await expect(page.getByTestId('invitation-row')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'was withdrawn' })).toBeVisible();
});

test('someone with an account signs in from the invite link and joins; a second link says they are a member', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('host'));
  const ws = workspaceOf(page);
  const created = await page.request.post(`/api/workspaces/${ws}/journeys`, {
    headers: SAME_ORIGIN,
    data: { title: 'Opening a savings account', template: 'see-think-do-care-love' },
  });
  expect(created.status()).toBe(201);

  // Pat has an account (and a workspace) of their own, and is signed out.
  const patContext = await browser.newContext({ viewport: VIEWPORTS.desktop });
  const pat = await patContext.newPage();
  const patEmail = uniqueEmail('pat');
  await signUp(pat, patEmail);
  const patOwn = workspaceOf(pat);
  await patContext.clearCookies();

  // The invitation went to another address of Pat's; the link is what counts.
  const inviteUrl = await inviteByLink(page, ws, uniqueEmail('pat-at-work'), 'viewer');
  await pat.goto(inviteUrl);
  await pat.getByTestId('invite-sign-in').click();
  await expect(pat).toHaveURL(/\/sign-in\?next=%2Finvite%2F/);
  await pat.getByTestId('sign-in-email').fill(patEmail);
  await pat.getByTestId('sign-in-password').fill(PASSWORD);
  await pat.getByTestId('sign-in-submit').click();

  // Back on the invite page, signed in: one button joins.
  await expect(pat).toHaveURL(new URL(inviteUrl).pathname);
  await expect(pat.getByText(`You are signed in as ${patEmail}.`)).toBeVisible();
  await expect(pat.getByTestId('sign-up-email')).toHaveCount(0);
  await shootBoth(pat, 'invite-signed-in');
  await pat.getByTestId('invite-accept').click();
  await expect(pat).toHaveURL(new RegExp(`/w/${ws}/journeys$`));
  await expect(pat.getByTestId('journey-row')).toContainText('Opening a savings account');
  await expect(pat.getByTestId('create-journey')).toHaveCount(0);
  await expect(pat.getByTestId('workspace-switch').locator('option')).toHaveCount(2);
  expect(await pat.getByTestId('workspace-switch').locator(`option[value="${patOwn}"]`).count()).toBe(1);

  // Another link for the same workspace: Pat is a member already, and is told so.
  const secondUrl = await inviteByLink(page, ws, uniqueEmail('pat-again'), 'editor');
  await pat.goto(secondUrl);
  await pat.getByTestId('invite-accept').click();
  await expect(pat.getByTestId('invite-already-member')).toContainText('You are already a member');
  await pat.getByTestId('invite-open-workspace').click();
  await expect(pat).toHaveURL(new RegExp(`/w/${ws}/journeys$`));
  await patContext.close();
});

test('on an invite-only server the sign-up page explains how to get in, and shows no form', async ({
  page,
}) => {
  // The e2e server is an open demo; this answers its /api/config as an invite-only install would.
  await page.route('**/api/config', async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as Record<string, unknown>;
    await route.fulfill({
      response,
      json: { ...config, demo: null, signUp: { policy: 'invite', firstUser: false } },
    });
  });
  await page.goto('/sign-up');
  await expect(page.getByTestId('sign-up-invite-only')).toContainText('invite you');
  await expect(page.getByTestId('sign-up-email')).toHaveCount(0);
  await shootBoth(page, 'sign-up-invite-only');
  await expectNoViolations(page, 'invite-only sign-up');
  await page.getByTestId('sign-up-to-sign-in').click();
  await expect(page).toHaveURL(/\/sign-in$/);
});
