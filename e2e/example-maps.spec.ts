import type { Page } from '@playwright/test';
import { DEMO, expect, saveScreenshot, shootBoth, signUp, test, uniqueEmail, VIEWPORTS } from './support.js';

/**
 * Example maps (issue 15, item 5): a new map starts from an empty phase model or from a filled example,
 * in English or Dutch; the demo opens on its shoe map.
 */

interface Example {
  key: string;
  title: string;
  phases: string[];
  cards: number;
  firstCard: string;
}

const ENGLISH: Example[] = [
  {
    key: 'webshop-purchase',
    title: 'Buying an espresso machine online',
    phases: ['See', 'Think', 'Do', 'Care', 'Love'],
    cards: 12,
    firstCard: 'A friend',
  },
  {
    key: 'loan-application',
    title: 'Applying for a personal loan',
    phases: ['Orientation', 'Purchase', 'Use', 'Service', 'Billing'],
    cards: 12,
    firstCard: 'Compares interest rates',
  },
  {
    key: 'service-complaint',
    title: 'Internet down: from outage to complaint',
    phases: ['Something goes wrong', 'Looks for help', 'Contacts us', 'Gets it solved', 'Afterwards'],
    cards: 11,
    firstCard: 'Internet goes down',
  },
];

const DUTCH_LOAN: Example = {
  key: 'loan-application',
  title: 'Een persoonlijke lening aanvragen',
  phases: ['Oriëntatie', 'Aankoop', 'Gebruik', 'Service', 'Facturatie'],
  cards: 12,
  firstCard: 'Vergelijkt rentes',
};

/** Opens the new-map dialog, starts from `example` (its name becomes the title) and checks the new map. */
async function createFromExample(page: Page, workspaceId: string, example: Example) {
  await page.goto(`/w/${workspaceId}/journeys`);
  await page.getByTestId('create-journey').click();
  const dialog = page.getByTestId('create-journey-dialog');
  await expect(dialog.getByTestId('journey-example')).toHaveCount(3);
  await dialog.getByTestId(`journey-example-${example.key}`).check();
  await expect(dialog.getByTestId('journey-title')).toHaveValue(example.title);
  // An example brings its own phase model: the empty-model list is set aside.
  await expect(dialog.getByTestId('journey-template')).toBeDisabled();
  await dialog.getByTestId('journey-create-submit').click();
  await expect(page).toHaveURL(/\/journeys\/jrn_[a-z0-9]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(example.title);
  await expect(page.getByTestId('phase-header')).toHaveCount(example.phases.length);
  for (const [i, name] of example.phases.entries())
    await expect(page.getByTestId('phase-header').nth(i)).toContainText(name);
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(example.cards);
  await expect(page.getByTestId('touchpoint-card').first()).toContainText(example.firstCard);
}

test('a new map starts from each example in English, and from the loan example in Dutch', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail('examples'));
  const workspaceId = /\/w\/(wks_[a-z0-9]+)\//.exec(page.url())![1]!;

  // The dialog offers the empty phase models and the three examples, each with its model and card count.
  await page.getByTestId('create-journey').click();
  const dialog = page.getByTestId('create-journey-dialog');
  await expect(dialog.getByTestId('journey-start-empty')).toBeChecked();
  const loan = dialog.locator('[data-example="loan-application"]');
  await expect(loan).toContainText('Orientation–Purchase–Use–Service–Billing · 12 touchpoints');
  await expect(dialog.locator('[data-example="service-complaint"]')).toContainText('Custom · 11 touchpoints');
  await expect(dialog.getByRole('radio', { name: 'Applying for a personal loan' })).toBeVisible();
  await shootBoth(page, 'example-maps-dialog');
  // At 390 px the cards stack; a chosen example is marked and its name becomes the title.
  await page.setViewportSize(VIEWPORTS.narrow);
  const complaint = dialog.locator('[data-example="service-complaint"]');
  await complaint.getByRole('radio').check();
  await complaint.scrollIntoViewIfNeeded();
  await expect(dialog.getByTestId('journey-title')).toHaveValue('Internet down: from outage to complaint');
  await saveScreenshot(page, 'example-maps-dialog-examples', 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.keyboard.press('Escape');

  for (const example of ENGLISH) await createFromExample(page, workspaceId, example);
  await shootBoth(page, 'example-maps-complaint-map');

  // In Dutch the dialog and the example speak Dutch.
  await page.goto(`/w/${workspaceId}/journeys`);
  await page.getByTestId('language-switch').selectOption('nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Klantreizen' })).toBeVisible();
  await page.getByTestId('create-journey').click();
  await expect(
    page.getByTestId('create-journey-dialog').locator('[data-example="loan-application"]'),
  ).toContainText('Oriëntatie–Aankoop–Gebruik–Service–Facturatie · 12 contactmomenten');
  await shootBoth(page, 'example-maps-dialog-nl');
  await page.keyboard.press('Escape');
  await createFromExample(page, workspaceId, DUTCH_LOAN);
  await shootBoth(page, 'example-maps-loan-map-nl');

  // All four maps are in the list.
  await page.goto(`/w/${workspaceId}/journeys`);
  await expect(page.getByTestId('journey-row')).toHaveCount(4);
});

test('the demo opens on "Buying shoes — now"; another account opens on its journeys list', async ({
  page,
}) => {
  const config = (await (await page.request.get('/api/config')).json()) as {
    demo: { workspaceId: string; journeyId: string };
  };
  const mapPath = `/w/${config.demo.workspaceId}/journeys/${config.demo.journeyId}`;

  // Opening the app at / sends the visitor to sign in (next=/); the demo account then lands on the map.
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
  await page.getByTestId('use-demo-account').click();
  await expect(page.getByTestId('sign-in-email')).toHaveValue(DEMO.email);
  await page.getByTestId('sign-in-submit').click();
  await expect(page).toHaveURL(mapPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Buying shoes — now');
  await expect(page.getByTestId('touchpoint-card').first()).toBeVisible();
  await shootBoth(page, 'example-maps-demo-landing');

  // The demo workspace's own address opens the map too; its journeys list stays one click away.
  await page.goto(`/w/${config.demo.workspaceId}`);
  await expect(page).toHaveURL(mapPath);
  await page.goto(`/w/${config.demo.workspaceId}/journeys`);
  await expect(page.getByTestId('journey-row').first()).toBeVisible();

  // Another account keeps its landing: its workspace opens on the journeys list.
  await page.context().clearCookies();
  await signUp(page, uniqueEmail('landing'));
  const workspaceId = /\/w\/(wks_[a-z0-9]+)\//.exec(page.url())![1]!;
  await expect(page).toHaveURL(`/w/${workspaceId}/journeys`);
  await page.goto(`/w/${workspaceId}`);
  await expect(page).toHaveURL(`/w/${workspaceId}/journeys`);
});
