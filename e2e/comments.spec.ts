import { copyDemoShoesMap } from './demoMapSupport.js';
import { SAME_ORIGIN, expect, saveScreenshot, shootBoth, test, uniqueEmail } from './support.js';

test('a member comments on a card with a mention, the card shows the count, the thread is resolved and listed', async ({
  page,
  playwright,
}) => {
  const { ws, journey } = await copyDemoShoesMap<{
    id: string;
    touchpoints: { id: string; title: string }[];
  }>(page, 'Comments');
  // a second member to mention: an account of its own, added by the demo owner
  const email = uniqueEmail('mentioned');
  const other = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  const signedUp = await other.post('/api/auth/sign-up', {
    headers: SAME_ORIGIN,
    data: { email, password: 'correct horse battery', name: 'Vera Bakker' },
  });
  expect(signedUp.status()).toBe(201);
  await other.dispose();
  const added = await page.request.post(`/api/workspaces/${ws}/members`, {
    headers: SAME_ORIGIN,
    data: { email, role: 'viewer' },
  });
  expect(added.status()).toBe(201);
  const vera = ((await added.json()) as { member: { userId: string } }).member.userId;

  const card = journey.touchpoints.find((t) => t.title === 'Delivery')!;
  await page.goto(`/w/${ws}/journeys/${journey.id}`);
  const slot = page.locator(`[data-testid="touchpoint-card"][data-touchpoint-id="${card.id}"]`).locator('..');
  await slot.getByTestId('touchpoint-card').click();
  // a selected card offers to comment; the badge opens the comments panel
  await slot.getByTestId('comment-badge').click();
  const panel = page.getByTestId('comments-panel');
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`comments=touchpoint(:|%3A)${card.id}`));
  const text = panel.getByTestId('comment-new-text');
  await text.fill('Can we promise a slot here? @Ve');
  await expect(panel.getByTestId('mention-option')).toHaveText(['Vera Bakker']);
  await text.press('Enter');
  await expect(text).toHaveValue('Can we promise a slot here? @Vera Bakker ');
  await text.pressSequentially('please check with logistics.');
  await panel.getByTestId('comment-new-send').click();
  const thread = panel.getByTestId('comment-thread');
  await expect(thread).toHaveCount(1);
  await expect(thread.getByTestId('comment-body')).toHaveText(
    'Can we promise a slot here? @Vera Bakker please check with logistics.',
  );
  await expect(thread.locator('.comment-mention')).toHaveText('@Vera Bakker');
  await expect(slot.getByTestId('comment-badge')).toHaveText('1');
  await shootBoth(page, 'comments-panel');

  // stored with the mention, and listed for the workspace
  const listed = (await (
    await page.request.get(`/api/workspaces/${ws}/comments?journeyId=${journey.id}`)
  ).json()) as {
    threads: { comments: { mentions: { id: string }[] }[] }[];
  };
  expect(listed.threads.map((t) => t.comments[0]!.mentions.map((m) => m.id))).toEqual([[vera]]);
  await page.goto(`/w/${ws}/comments`);
  const section = page.getByRole('region', { name: 'Delivery' }).first();
  await expect(section.getByTestId('comment-body')).toContainText('Can we promise a slot here?');
  await saveScreenshot(page, 'comments-page', 'desktop');
  await section.getByTestId('comment-open-on-map').click();
  await expect(page.getByTestId('comments-panel')).toBeVisible();

  // resolved: the card's count goes, the thread waits under "resolved"
  await page.getByTestId('comments-panel').getByTestId('comment-resolve').click();
  await expect(page.getByTestId('comments-panel').getByTestId('comments-none')).toBeVisible();
  await page.getByTestId('panel-close').click();
  await expect(slot.getByTestId('comment-badge')).toHaveCount(0);
  await page.goto(`/w/${ws}/comments?filter=resolved`);
  await expect(page.getByTestId('comment-thread').first()).toHaveAttribute('data-status', 'resolved');
});
