import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_PLANTED_EFFECTS, generateEvents } from '@trailmap/generate';
import type { MeasureTouchpoint } from '../measure/types.js';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { measureKpis } from './measureKpis.js';
import type { KpiDefinition } from './types.js';

// Generated retail journeys (packages/generate, default planted effects): among first phone calls, the share
// followed by a repeat call drops from 30 % to 15 % for calls from 1 July 2024 on. 80,000 events ≈ 6,900
// journeys, ~1,000 journeys with a first call (cx/plantedEffects.test.ts).
const changeMs = DEFAULT_PLANTED_EFFECTS.repeatChangeMs;
const dayMs = 86_400_000;
const baseline = { fromMs: changeMs - 181 * dayMs, toMs: changeMs };
const after = { fromMs: changeMs, toMs: changeMs + 181 * dayMs };
const calls = { contactChannels: ['phone'], contactActivities: ['Inbound Call'] };
const map: MeasureTouchpoint[] = [
  { id: 'cart', matcher: { activities: ['Cart Added'] } },
  { id: 'checkout', matcher: { activities: ['Checkout Started'] } },
  { id: 'order', matcher: { activities: ['Order Placed'] } },
  { id: 'delivered', matcher: { activities: ['Order Delivered'] } },
];
const seeds = [1, 2, 3];
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore();
  for (const seed of seeds)
    await importEvents(store, `seed-${seed}`, generateEvents({ events: 80_000, seed }));
});
afterAll(() => store.close());

describe('measureKpis on planted effects', () => {
  test.each(seeds)(
    'the planted repeat-call drop is improved, its size inside the interval; an unchanged metric no-change; a tiny sample too-few (seed %i)',
    async (seed) => {
      const kpis: KpiDefinition[] = [
        { id: 'repeat', metric: 'repeatContactShare', baseline, after },
        // Nothing planted changes over time between checkout and order (the app/web drop is constant).
        {
          id: 'checkout',
          metric: 'conversionShare',
          touchpointId: 'checkout',
          toTouchpointId: 'order',
          baseline,
          after,
        },
        // One day after the change: a handful of journeys.
        {
          id: 'tiny',
          metric: 'repeatContactShare',
          baseline,
          after: { fromMs: changeMs, toMs: changeMs + dayMs },
        },
      ];
      const [repeat, checkout, tiny] = await measureKpis(store, { dataset: `seed-${seed}` }, kpis, map, {
        service: calls,
      });
      const planted =
        DEFAULT_PLANTED_EFFECTS.repeatCallShareAfter - DEFAULT_PLANTED_EFFECTS.repeatCallShareBefore;
      // Seed 1: 0.299 of 545 → 0.165 of 514, change −0.134 [−0.183, −0.083], adjusted p 8·10⁻⁷.
      expect(repeat?.verdict).toBe('improved');
      expect(repeat?.before.low).toBeLessThan(DEFAULT_PLANTED_EFFECTS.repeatCallShareBefore);
      expect(repeat?.before.high).toBeGreaterThan(DEFAULT_PLANTED_EFFECTS.repeatCallShareBefore);
      expect(repeat?.after.low).toBeLessThan(DEFAULT_PLANTED_EFFECTS.repeatCallShareAfter);
      expect(repeat?.after.high).toBeGreaterThan(DEFAULT_PLANTED_EFFECTS.repeatCallShareAfter);
      expect(repeat?.change.low).toBeLessThan(planted);
      expect(repeat?.change.high).toBeGreaterThan(planted);
      expect(repeat?.adjustedPValue).toBeLessThan(0.01);
      // Seed 1: 0.799 of 2,675 → 0.800 of 2,635, p 0.89; 5 points from 0.8 need 908 journeys per period.
      expect(checkout?.verdict).toBe('no-change');
      expect(checkout?.change.n).toBeGreaterThanOrEqual(checkout?.change.needed ?? Infinity);
      // Seed 1: 4 journeys with a first call on 1 July, of the 1,246 needed for 5 points from 0.30.
      expect(tiny?.verdict).toBe('too-few');
      expect(tiny?.change.n).toBeLessThan(30);
      expect(tiny?.change.needed).toBeGreaterThan(1000);
    },
  );
});
