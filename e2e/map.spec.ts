import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addTouchpointThroughPanel as addTouchpoint, expectSaved } from './mapSupport.js';
import {
  DEMO,
  saveScreenshot,
  signIn,
  signUp,
  uniqueEmail,
  VIEWPORTS,
  SAME_ORIGIN,
  expect,
  test,
} from './support.js';

interface Summary {
  id: string;
  title: string;
}

async function findWorkspace(page: Page): Promise<string> {
  const body = (await (await page.request.get('/api/workspaces')).json()) as { workspaces: { id: string }[] };
  return body.workspaces[0]!.id;
}

async function findDemoNow(page: Page) {
  const ws = await findWorkspace(page);
  const list = (await (await page.request.get(`/api/workspaces/${ws}/journeys`)).json()) as {
    journeys: Summary[];
  };
  const now = list.journeys.find((j) => j.title === 'Buying shoes — now');
  if (!now) throw new Error('no demo map "Buying shoes — now"');
  return { ws, now };
}

/** A fresh editor with an empty See–Think–Do–Care–Love map of their own (so tests never share a map). */
async function startOwnMap(page: Page, title: string) {
  await signUp(page, uniqueEmail('map'));
  const ws = await findWorkspace(page);
  const created = await page.request.post(`/api/workspaces/${ws}/journeys`, {
    headers: SAME_ORIGIN,
    data: { title, goal: 'Borrow money for a first home', template: 'see-think-do-care-love' },
  });
  expect(created.status()).toBe(201);
  const { journey } = (await created.json()) as { journey: { id: string; version: number } };
  await page.goto(`/w/${ws}/journeys/${journey.id}`);
  await expect(page.getByTestId('phase-header')).toHaveCount(5);
  return { ws, journeyId: journey.id };
}

function cardsInPhase(page: Page, phaseIndex: number) {
  return page.locator(`.tp-cell[data-phase-index="${phaseIndex}"] [data-testid="touchpoint-card"]`);
}

async function expectNoViolations(page: Page, where: string) {
  const result = await new AxeBuilder({ page })
    .include('.map-page')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((v) => `${where}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

test('the demo map renders with its 5 phases, cards in their phases and the emotion curve', async ({
  page,
}) => {
  await signIn(page, DEMO.email, DEMO.password);
  const { ws, now } = await findDemoNow(page);
  await page.goto(`/w/${ws}/journeys/${now.id}`);

  await expect(page.getByTestId('map-title')).toHaveText('Buying shoes — now');
  await expect(page.getByTestId('state-badge')).toHaveText('Current');
  await expect(page.getByTestId('persona-chip')).toContainText('Sanne');
  const headers = page.getByTestId('phase-header');
  await expect(headers).toHaveCount(5);
  await expect(headers.locator('h2')).toHaveText(['See', 'Think', 'Do', 'Care', 'Love']);
  await expect(cardsInPhase(page, 0).first()).toContainText('Sees a trend on Instagram');
  await expect(cardsInPhase(page, 4)).toHaveCount(0);
  await expect(page.locator('.tp-cell[data-phase-index="4"]')).toContainText(
    'Where does the customer meet you',
  );
  const curve = page.getByTestId('emotion-curve');
  await expect(curve).toBeVisible();
  await expect(curve.getByTestId('wow-marker').first()).toBeVisible();
  await expect(curve.getByTestId('pain-marker').first()).toBeVisible();
  await expect(page.getByTestId('evidence-data')).toHaveAttribute('data-count', /^[1-9]\d*$/);
  await expect(page.getByTestId('open-channels')).toHaveAttribute(
    'href',
    `/w/${ws}/journeys/${now.id}/channels`,
  );
  await expect(page.getByTestId('create-desired')).toBeVisible();

  // The export menu offers downloads in the current language; the pictures of this linked map include
  // the measured figures it shows, with the curve mode.
  await page.getByTestId('export-menu').click();
  for (const format of ['png', 'svg', 'pdf', 'json', 'mermaid']) {
    const figures = ['png', 'svg', 'pdf'].includes(format) ? '&figures=true&curve=designed' : '';
    await expect(page.getByTestId(`export-${format}`)).toHaveAttribute(
      'href',
      `/api/workspaces/${ws}/journeys/${now.id}/export?format=${format}&lang=en${figures}`,
    );
  }
  const json = await page.request.get((await page.getByTestId('export-json').getAttribute('href'))!);
  expect(json.status()).toBe(200);
  await page.keyboard.press('Escape');

  // Hovering a point of the curve tells its scores.
  await curve.locator('.curve-point').first().hover();
  await expect(page.getByTestId('curve-tooltip')).toContainText('Expected');
  await page.mouse.move(5, 5);

  await expectNoViolations(page, 'map');
  await saveScreenshot(page, 'map-demo', 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  await saveScreenshot(page, 'map-demo', 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);

  // Wall view: the whole journey on one screen.
  await page.getByTestId('wall-toggle').click();
  await expect(page).toHaveURL(/view=wall/);
  const frame = await page.getByTestId('map-frame').boundingBox();
  const grid = await page.getByTestId('map-grid').boundingBox();
  expect(grid!.width).toBeLessThanOrEqual(frame!.width + 1);
  await saveScreenshot(page, 'map-wall', 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  await saveScreenshot(page, 'map-wall', 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.getByTestId('wall-toggle').click();

  // In Dutch.
  await page.getByTestId('language-switch').selectOption('nl');
  await expect(page.getByTestId('state-badge')).toHaveText('Huidig');
  await expect(page.getByTestId('lane-touchpoints')).toContainText('Touchpoints');
  await expect(page.getByTestId('lane-pain-points')).toContainText('Pijnpunten');
  await saveScreenshot(page, 'map-demo-nl', 'desktop');
  await page.getByTestId('language-switch').selectOption('en');
});

test('an editor maps touchpoints in three channels; WOW and pain show on the curve; edits survive a reload', async ({
  page,
}) => {
  await startOwnMap(page, 'Getting a mortgage');
  await expect(page.locator('.tp-cell[data-phase-index="0"]')).toContainText('Add touchpoint');

  await addTouchpoint(page, 0, {
    title: 'Sees a bank ad',
    channel: 'advertising',
    expectation: 7,
    experience: 9,
  });
  await addTouchpoint(page, 1, {
    title: 'Compares mortgages online',
    channel: 'web',
    expectation: 8,
    experience: 5,
    emotion: -2,
  });
  await addTouchpoint(page, 2, { title: 'Calls an adviser', channel: 'phone', emotion: 2 });

  const curve = page.getByTestId('emotion-curve');
  await expect(curve.getByTestId('wow-marker')).toHaveCount(1);
  await expect(curve.getByTestId('pain-marker')).toHaveCount(1);
  await expect(page.getByTestId('lane-expectation')).toContainText('WOW +2');
  await expectSaved(page);

  await page.reload();
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(3);
  await expect(cardsInPhase(page, 0)).toHaveText([/Sees a bank ad/]);
  await expect(cardsInPhase(page, 1)).toHaveText([/Compares mortgages online/]);
  await expect(cardsInPhase(page, 2)).toHaveText([/Calls an adviser/]);
  await expect(page.getByRole('img', { name: 'Phone' }).first()).toBeVisible();
  await expect(page.getByTestId('emotion-curve').getByTestId('wow-marker')).toHaveCount(1);
  await expect(page.getByTestId('emotion-curve').getByTestId('pain-marker')).toHaveCount(1);

  // The panel shows every field of the card.
  await cardsInPhase(page, 1).first().click();
  const panel = page.getByTestId('touchpoint-panel');
  await expect(panel.getByTestId('tp-title')).toHaveValue('Compares mortgages online');
  await expect(panel.getByTestId('tp-channel')).toHaveValue('web');
  await expect(panel.getByTestId('tp-expectation')).toHaveValue('8');
  await expect(panel.getByTestId('tp-experience')).toHaveValue('5');
  await expect(panel.getByTestId('moment-hint')).toContainText('Pain point');
  await expectNoViolations(page, 'panel');
  await saveScreenshot(page, 'map-panel', 'desktop');
  await page.setViewportSize(VIEWPORTS.narrow);
  await saveScreenshot(page, 'map-panel', 'narrow');
  await page.setViewportSize(VIEWPORTS.desktop);
  await panel.getByTestId('panel-close').click();

  // Undo takes the last edit back (button and Ctrl+Z), redo brings it again.
  await page.getByTestId('add-touchpoint-3').click();
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(4);
  await page.getByTestId('panel-close').click();
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(3);
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(4);
  await page.locator('body').press('Control+z');
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(3);
  await expectSaved(page);
  await page.reload();
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(3);
});

test('keyboard: arrows move the focus, Enter opens, Alt+ArrowRight moves the card to the next phase', async ({
  page,
}) => {
  await startOwnMap(page, 'Opening an account');
  await addTouchpoint(page, 0, { title: 'Hears of the bank', channel: 'word-of-mouth' });
  await addTouchpoint(page, 0, { title: 'Visits the website', channel: 'web' });
  await expectSaved(page);

  const first = cardsInPhase(page, 0).first();
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(cardsInPhase(page, 0).nth(1)).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(cardsInPhase(page, 0)).toHaveText([/Hears of the bank/]);
  await expect(cardsInPhase(page, 1)).toHaveText([/Visits the website/]);
  await expect(cardsInPhase(page, 1).first()).toBeFocused();
  await expect(page.getByTestId('map-announcement')).toContainText('Moved “Visits the website” to Think');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(cardsInPhase(page, 0)).toHaveText([/Hears of the bank/, /Visits the website/]);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(cardsInPhase(page, 0)).toHaveText([/Visits the website/, /Hears of the bank/]);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('touchpoint-panel').getByTestId('tp-title')).toHaveValue(
    'Visits the website',
  );
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('touchpoint-panel')).toBeHidden();
  await expectSaved(page);
  await page.reload();
  await expect(cardsInPhase(page, 0)).toHaveText([/Visits the website/, /Hears of the bank/]);
});

test('a conflicting save shows the banner; "reload theirs" loads theirs, "keep mine" makes a copy', async ({
  page,
}) => {
  const { ws, journeyId } = await startOwnMap(page, 'Moving house');
  // Someone else renames the map in the meantime.
  const current = (await (await page.request.get(`/api/workspaces/${ws}/journeys/${journeyId}`)).json()) as {
    journey: { version: number };
  };
  const patched = await page.request.patch(`/api/workspaces/${ws}/journeys/${journeyId}`, {
    headers: SAME_ORIGIN,
    data: { title: 'Moving house (their edit)', version: current.journey.version },
  });
  expect(patched.status()).toBe(200);

  await page.getByTestId('add-touchpoint-0').click();
  await page.getByTestId('panel-close').click();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'conflict');
  const banner = page.getByTestId('conflict-banner');
  await expect(banner).toContainText('Someone else changed this map');
  await banner.getByTestId('conflict-reload').click();
  await expect(page.getByTestId('conflict-banner')).toBeHidden();
  await expect(page.getByTestId('map-title')).toHaveText('Moving house (their edit)');
  await expect(page.getByTestId('touchpoint-card')).toHaveCount(0);
  await expectSaved(page);

  // A second conflict: this time keep the local map as a copy.
  const again = (await (await page.request.get(`/api/workspaces/${ws}/journeys/${journeyId}`)).json()) as {
    journey: { version: number };
  };
  await page.request.patch(`/api/workspaces/${ws}/journeys/${journeyId}`, {
    headers: SAME_ORIGIN,
    data: { goal: 'Their goal', version: again.journey.version },
  });
  await addTouchpoint(page, 2, { title: 'Signs the contract', channel: 'email' });
  await expect(page.getByTestId('conflict-banner')).toBeVisible();
  await page.getByTestId('conflict-keep-mine').click();
  await expect(page).not.toHaveURL(new RegExp(`${journeyId}$`));
  await expect(page.getByTestId('map-title')).toHaveText('Moving house (their edit) (my copy)');
  await expect(cardsInPhase(page, 2)).toHaveText([/Signs the contract/]);
  await expectSaved(page);
});

test('create the desired version, then share the map read-only and revoke the link', async ({
  page,
  browser,
}) => {
  const { ws, journeyId } = await startOwnMap(page, 'Claiming insurance');
  await addTouchpoint(page, 0, { title: 'Reports the damage', channel: 'app', emotion: 3 });
  await expectSaved(page);

  await page.getByTestId('create-desired').click();
  await expect(page).not.toHaveURL(new RegExp(`${journeyId}$`));
  await expect(page.getByTestId('state-badge')).toHaveText('Desired');
  await expect(page.getByTestId('counterpart-link')).toHaveText('See current version');
  await expect(page.getByTestId('counterpart-link')).toHaveAttribute(
    'href',
    `/w/${ws}/journeys/${journeyId}`,
  );
  // from the desired map too, the comparison runs from the current map to the desired one
  await expect(page.getByTestId('open-compare')).toHaveAttribute(
    'href',
    new RegExp(`/w/${ws}/journeys/${journeyId}/compare/jrn_\\w+$`),
  );
  await expect(page.getByTestId('touchpoint-card')).toHaveText([/Reports the damage/]);
  await page.getByTestId('counterpart-link').click();
  await expect(page.getByTestId('counterpart-link')).toHaveText('See desired version');
  await expect(page.getByTestId('create-desired')).toHaveCount(0);

  await page.getByTestId('share-button').click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('create-share-link').click();
  const url = await dialog.getByTestId('share-link-url').inputValue();
  expect(url).toMatch(/\/share\/[\w-]+$/);

  const guestContext = await browser.newContext({ viewport: VIEWPORTS.desktop });
  const guest = await guestContext.newPage();
  await guest.goto(url);
  await expect(guest.getByTestId('share-banner')).toContainText('Read-only shared map');
  await expect(guest.getByTestId('map-title')).toHaveText('Claiming insurance');
  await expect(guest.getByTestId('touchpoint-card')).toHaveText([/Reports the damage/]);
  await expect(guest.getByTestId('emotion-curve')).toBeVisible();
  await expect(guest.getByTestId('add-touchpoint-0')).toHaveCount(0);
  await expect(guest.getByTestId('workspace-switch')).toHaveCount(0);
  await expectNoViolations(guest, 'shared map');
  await guest.getByTestId('touchpoint-card').first().click();
  await expect(guest.getByTestId('touchpoint-panel').getByTestId('tp-channel')).toHaveText('App');
  await guest.getByTestId('language-switch').selectOption('nl');
  await expect(guest.getByTestId('share-banner')).toContainText('Gedeelde kaart, alleen lezen');

  await dialog.getByTestId('revoke-share-link').click();
  await expect(dialog.getByTestId('revoke-share-link')).toHaveCount(0);
  await guest.reload();
  await expect(guest.getByTestId('share-not-found')).toBeVisible();
  await guestContext.close();
});

test('phases and lanes: rename and remove a phase, drag a card, hide a lane and add a custom one', async ({
  page,
}) => {
  await startOwnMap(page, 'Renting a car');
  await addTouchpoint(page, 0, { title: 'Books online', channel: 'web' });

  // Rename "Think" from its header menu.
  await page.getByTestId('phase-menu-1').click();
  await page.getByRole('menuitem', { name: 'Rename and describe' }).click();
  await page.getByTestId('phase-name-input').fill('Compare');
  await page.getByTestId('phase-name-input').press('Enter');
  await expect(page.getByTestId('phase-header').nth(1).locator('h2')).toHaveText('Compare');

  // Drag the card from the first phase into the third.
  const card = cardsInPhase(page, 0).first();
  const target = page.locator('.tp-cell[data-phase-index="2"]');
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(cardsInPhase(page, 2)).toHaveText([/Books online/]);
  await expect(cardsInPhase(page, 0)).toHaveCount(0);

  // Remove "Love" after confirming.
  await page.getByTestId('phase-menu-4').click();
  await page.getByTestId('remove-phase-4').click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('Remove phase “Love”?');
  await page.getByTestId('confirm-submit').click();
  await expect(page.getByTestId('phase-header')).toHaveCount(4);

  // Hide "thinks & feels"; add a custom lane.
  await page.getByTestId('lanes-menu').click();
  await page.getByTestId('lane-toggle-thinks-feels').uncheck();
  await expect(page.getByTestId('lane-thinks-feels')).toHaveCount(0);
  await page.getByTestId('new-lane-title').fill('Systems');
  await page.getByTestId('add-lane').click();
  await expect(page.getByTestId('lane-custom')).toContainText('Systems');
  await page.keyboard.press('Escape');
  await page.getByTestId('lane-custom').getByRole('textbox').first().fill('CRM, booking engine');

  await expectSaved(page);
  await page.reload();
  await expect(page.getByTestId('phase-header').locator('h2')).toHaveText(['See', 'Compare', 'Do', 'Care']);
  await expect(cardsInPhase(page, 2)).toHaveText([/Books online/]);
  await expect(page.getByTestId('lane-thinks-feels')).toHaveCount(0);
  await expect(page.getByTestId('lane-custom').getByRole('textbox').first()).toHaveValue(
    'CRM, booking engine',
  );
});
