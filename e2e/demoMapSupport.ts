import type { Page } from '@playwright/test';
import { DEMO, SAME_ORIGIN, expect, signIn } from './support.js';

/**
 * Signs in as the demo user and copies the demo's "Buying shoes — now" (linked to the generated retail
 * dataset, with matchers) into a map of the test's own, titled `title` and a unique suffix, so that editing
 * it never touches a map other tests read. `J` is the shape of the copy the test reads.
 */
export async function copyDemoShoesMap<J extends { id: string } = { id: string }>(
  page: Page,
  title: string,
): Promise<{ ws: string; journey: J }> {
  await signIn(page, DEMO.email, DEMO.password);
  const ws = ((await (await page.request.get('/api/workspaces')).json()) as { workspaces: { id: string }[] })
    .workspaces[0]!.id;
  const list = (await (await page.request.get(`/api/workspaces/${ws}/journeys`)).json()) as {
    journeys: { id: string; title: string }[];
  };
  const now = list.journeys.find((j) => j.title === 'Buying shoes — now');
  if (!now) throw new Error('no demo map "Buying shoes — now"');
  const copy = await page.request.post(`/api/workspaces/${ws}/journeys/${now.id}/duplicate`, {
    headers: SAME_ORIGIN,
    data: { title: `${title} ${Date.now().toString(36)}` },
  });
  expect(copy.status()).toBe(201);
  const { journey } = (await copy.json()) as { journey: J };
  return { ws, journey };
}
