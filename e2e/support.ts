import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { E2E_PORT } from './playwright.config.js';

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
