import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import { E2E_PORT } from './playwright.config.js';

/**
 * Every test is a visitor from its own address. The server limits sign-ups and failed sign-ins per
 * client address, and the e2e server trusts `X-Forwarded-For` (`TRAILMAP_TRUST_PROXY`, as behind a
 * proxy), so each test sends one of its own — in its page, in `page.request` and in the browser contexts
 * it opens — and the suite's many new accounts never add up to one client's limit.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use) => {
    const byte = () => Math.floor(Math.random() * 254) + 1;
    await use({ ...extraHTTPHeaders, 'x-forwarded-for': `10.${byte()}.${byte()}.${byte()}` });
  },
});
export { expect };

/**
 * The Origin a browser sends with writes from the app's own pages. API calls made by a test through
 * `page.request` send it too, as the server refuses cookie-authenticated writes without it (CSRF rule).
 */
export const SAME_ORIGIN = { origin: `http://localhost:${E2E_PORT}` };

export const DEMO = { email: 'demo@trailmap.local', password: 'trailmap-demo' };
const HERE = dirname(fileURLToPath(import.meta.url));
export const SCREENSHOT_DIR = join(HERE, 'screenshots');

export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  narrow: { width: 390, height: 844 },
} as const;

/** A unique e-mail per test run, so tests never depend on each other's accounts. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  // Signed in means inside a workspace (the demo account lands on its journey map).
  await expect(page).toHaveURL(/\/w\/wks_[a-z0-9]+\//);
}

export async function signUp(page: Page, email: string, password = 'correct horse battery') {
  await page.goto('/sign-up');
  await page.getByTestId('sign-up-email').fill(email);
  await page.getByTestId('sign-up-password').fill(password);
  await page.getByTestId('sign-up-submit').click();
  // A new account always lands in a workspace: its own, or the one that invited it.
  await expect(page).toHaveURL(/\/w\/wks_[a-z0-9]+\//);
}

/** Signs up through an invite link's page (the invited address is filled in); lands in the workspace. */
export async function signUpThroughInvite(page: Page, inviteUrl: string, password = 'correct horse battery') {
  await page.goto(inviteUrl);
  await expect(page.getByTestId('sign-up-email')).not.toHaveValue('');
  await page.getByTestId('sign-up-password').fill(password);
  await page.getByTestId('sign-up-submit').click();
  await expect(page).toHaveURL(/\/w\/wks_[a-z0-9]+\//);
}

/** Invites an address on the members page and returns the invite link the page shows once. */
export async function inviteByLink(page: Page, workspaceId: string, email: string, role = 'editor') {
  if (!new URL(page.url()).pathname.endsWith(`/w/${workspaceId}/members`))
    await page.goto(`/w/${workspaceId}/members`);
  await page.getByTestId('invite-email').fill(email);
  await page.getByTestId('invite-role').selectOption(role);
  await page.getByTestId('invite-submit').click();
  // The notice of this address (an earlier one may still be on the page until the answer arrives).
  const notice = page.getByTestId('invite-link').filter({ hasText: email });
  await expect(notice).toBeVisible();
  const url = await notice.getByTestId('invite-link-url').inputValue();
  expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return url;
}

/** Saves a screenshot as e2e/screenshots/<name>-<viewport>.png (look at them). */
export async function saveScreenshot(
  page: Page,
  name: string,
  viewport: keyof typeof VIEWPORTS,
  fullPage = false,
) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${viewport}.png`), fullPage });
}

/** Saves the screen at 1440×900 and at 390×844 (from the top), then returns to the desktop size. */
export async function shootBoth(page: Page, name: string, fullPage = false) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await saveScreenshot(page, name, 'desktop', fullPage);
  await page.setViewportSize(VIEWPORTS.narrow);
  await saveScreenshot(page, name, 'narrow', fullPage);
  await page.setViewportSize(VIEWPORTS.desktop);
}
