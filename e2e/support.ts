import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { formatDuration } from '../apps/web/src/explorer/formatDuration.js';
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

/** Two frames painted: whatever answered the last change (a resize observer, a re-render) is on screen. */
async function framesPainted(page: Page) {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * Desktop from the top; narrow scrolled to `focus` (the part worth seeing), with no sideways page scroll;
 * then back to desktop. The pointer leaves the page first (a hover left by the last click would show).
 * `settle` waits, after each change of size, until the view has answered it (the process map re-opens
 * its view).
 */
export async function shootBothAt(
  page: Page,
  name: string,
  focus: string,
  settle: (page: Page) => Promise<void> = async () => {},
) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await framesPainted(page);
  await saveScreenshot(page, name, 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  await settle(page);
  await framesPainted(page);
  await page.getByTestId(focus).evaluate((el) => {
    const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - header - 8);
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  await saveScreenshot(page, name, 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);
  await settle(page);
  await framesPainted(page);
}

/** An import of the 2.3 MB sample runs in the background; on a loaded machine it may take a while. */
export const IMPORT_TIMEOUT = 90_000;

/** The workspace the page is in (`/w/<id>/…`). */
export function workspaceOf(page: Page): string {
  const match = /\/w\/([^/]+)\//.exec(page.url());
  if (!match?.[1]) throw new Error(`not in a workspace: ${page.url()}`);
  return match[1];
}

/** Chooses a file on the mapping step's page and waits for the preview. */
export async function uploadFile(page: Page, path: string) {
  await page.getByTestId('file-input').setInputFiles(path);
  await expect(page.getByTestId('mapping-step')).toBeVisible({ timeout: 30_000 });
}

/** The role picker of one column in the mapping step's preview. */
export const rolePicker = (page: Page, column: string) =>
  page.getByRole('combobox', { name: `Role of column “${column}”` });

/** The process map drawn for the current selection (not an earlier one still on screen). */
export async function mapReady(page: Page) {
  await expect(page.getByTestId('process-map-area')).toHaveAttribute('data-state', 'ready', {
    timeout: 20_000,
  });
}

/** The label of the drawn path from one activity to another. */
export function pathLabel(map: Locator, from: string, to: string): Locator {
  return map
    .locator('.path-labels > g[data-edge]')
    .and(map.locator(`[data-from="${from}"]`))
    .and(map.locator(`[data-to="${to}"]`));
}

const number = (n: number) => new Intl.NumberFormat('en-GB').format(n);
const percent = (n: number) =>
  new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(n);

/** `GET …/funnel`: the engine's funnel. */
export interface FunnelResult {
  casesInScope: number;
  steps: {
    activity: string;
    cases: number;
    conversionFromStart: number;
    conversionFromPrevious: number;
    dropOffCases: number;
    medianSecondsFromPrevious: number | null;
  }[];
}

/** The page's numbers for one funnel are the engine's (the API's answer), formatted. */
export async function expectFunnel(page: Page, segment: 'a' | 'b', result: FunnelResult) {
  const rows = page.getByTestId(`funnel-${segment}`).getByTestId('funnel-step');
  await expect(rows).toHaveCount(result.steps.length);
  for (const [i, step] of result.steps.entries()) {
    const row = rows.nth(i);
    await expect(row).toContainText(`${i + 1}. ${step.activity}`);
    await expect(row.getByTestId('funnel-step-cases')).toHaveText(number(step.cases));
    await expect(row.getByTestId('funnel-step-from-start')).toHaveText(percent(step.conversionFromStart));
    if (i === 0) continue;
    await expect(row.getByTestId('funnel-step-from-previous')).toHaveText(
      percent(step.conversionFromPrevious),
    );
    await expect(row.getByTestId('funnel-step-drop-off')).toHaveText(number(step.dropOffCases));
    await expect(row.getByTestId('funnel-step-median')).toHaveText(
      step.medianSecondsFromPrevious === null ? '—' : formatDuration(step.medianSecondsFromPrevious, 'en'),
    );
  }
}

/** `GET …/timeline`: the events of a case, in time order. */
export interface TimelineAnswer {
  events: { activity: string; tsMs: number; channel: string | null }[];
}

/** The timeline on the page lists the case's events (the API's answer) in order, with the time between them. */
export async function expectTimeline(page: Page, timeline: TimelineAnswer) {
  await expect(page.getByTestId('timeline-event')).toHaveCount(timeline.events.length);
  await expect(page.getByTestId('timeline-activity')).toHaveText(timeline.events.map((e) => e.activity));
  const gaps = page.getByTestId('timeline-gap');
  await expect(gaps.first()).toHaveText('First event');
  for (let i = 1; i < timeline.events.length; i++) {
    const seconds = (timeline.events[i]!.tsMs - timeline.events[i - 1]!.tsMs) / 1000;
    await expect(gaps.nth(i)).toHaveText(`${formatDuration(seconds, 'en')} after the previous event`);
  }
}
