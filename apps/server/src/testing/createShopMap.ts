import type { JourneyMap } from '@trailmap/domain';
import { expect } from 'vitest';
import type { Client } from './createTestApp.js';

/** A card of a test map: its phase (index in See–Think–Do–Care–Love), channel (web) and matcher. */
export interface ShopCard {
  title: string;
  phase?: number;
  channel?: string;
  matcher: object | null;
}

/**
 * Creates the map "Shop" (See–Think–Do–Care–Love, unlinked) in `workspaceId` through the API with `cards`
 * in this order; the map as it ends and its address.
 */
export async function createShopMap(
  client: Client,
  workspaceId: string,
  cards: readonly ShopCard[],
): Promise<{ journey: JourneyMap; url: string }> {
  const created = await client.request('POST', `/api/workspaces/${workspaceId}/journeys`, {
    title: 'Shop',
    template: 'see-think-do-care-love',
  });
  expect(created.statusCode, created.body).toBe(201);
  let journey = created.json().journey as JourneyMap;
  const url = `/api/workspaces/${workspaceId}/journeys/${journey.id}`;
  for (const [i, card] of cards.entries()) {
    const added = await client.request('POST', `${url}/touchpoints`, {
      version: journey.version,
      phaseId: journey.phases[card.phase ?? 0]!.id,
      order: i,
      title: card.title,
      channel: card.channel ?? 'web',
      matcher: card.matcher,
    });
    expect(added.statusCode, added.body).toBe(201);
    journey = added.json().journey;
  }
  return { journey, url };
}
