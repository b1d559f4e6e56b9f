import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { measureConformance } from './measureConformance.js';
import { measureJourney } from './measureJourney.js';
import type { MeasurePhase, MeasureTouchpoint } from './types.js';

// Seven hand-made journeys; the expected figures are worked out by hand in the comments.
const rows = [
  // J1: the designed path, then NPS 9
  makeRow('J1', 'see ad', 0, { channel: 'social' }),
  makeRow('J1', 'visit site', 60, { channel: 'web' }),
  makeRow('J1', 'add to cart', 120, { channel: 'web' }),
  makeRow('J1', 'pay', 300, {
    channel: 'web',
    properties: { method: 'card', amount: 120, paidAt: '2024-03-01T10:00:00+01:00' },
  }),
  makeRow('J1', 'survey', 400, { nps: 9 }),
  // J2: two visits, a cart, answers 6 then 10 (the last one counts)
  makeRow('J2', 'visit site', 0),
  makeRow('J2', 'visit site', 30),
  makeRow('J2', 'add to cart', 100),
  makeRow('J2', 'survey', 200, { nps: 6 }),
  makeRow('J2', 'survey', 300, { nps: 10 }),
  // J3: an ad on the web (not the social ad of the map), one visit, then leaves; NPS 3
  makeRow('J3', 'see ad', 0, { channel: 'web' }),
  makeRow('J3', 'visit site', 10),
  makeRow('J3', 'survey', 50, { nps: 3 }),
  // J4: the cart before the visit, and pays cash (not the card payment of the map)
  makeRow('J4', 'add to cart', 0),
  makeRow('J4', 'visit site', 50),
  makeRow('J4', 'pay', 80, { properties: { method: 'cash', amount: 55 } }),
  // J5: only pays by card; CSAT 4
  makeRow('J5', 'pay', 0, { properties: { method: 'card', amount: 30, paidAt: '2024-03-01T08:00:00Z' } }),
  makeRow('J5', 'survey', 10, { csat: 4 }),
  // J6: reaches nothing
  makeRow('J6', 'call', 0),
  // J7: visit and cart at the same second: (ts, seq) puts the visit first
  makeRow('J7', 'visit site', 0),
  makeRow('J7', 'add to cart', 0),
];

const touchpoints: MeasureTouchpoint[] = [
  { id: 'ad', matcher: { activities: ['see ad'], channels: ['social'] } },
  { id: 'visit', matcher: { activities: ['visit site'] } },
  { id: 'cart', matcher: { activities: ['add to cart'] } },
  { id: 'pay', matcher: { activities: ['pay'], properties: [{ key: 'method', op: 'eq', value: 'card' }] } },
  { id: 'thanks', matcher: null },
];
const phases: MeasurePhase[] = [
  { id: 'see', touchpointIds: ['ad', 'visit'] },
  { id: 'do', touchpointIds: ['cart', 'pay'] },
  { id: 'love', touchpointIds: ['thanks'] },
];
const scope = { dataset: 'shop' };
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'shop', toBatches(rows));
});
afterAll(() => store.close());

describe('measureJourney', () => {
  test('measureJourney(map) gives the hand-computed reach, drop-off, time to next and scores', async () => {
    const m = await measureJourney(store, scope, touchpoints, phases);
    expect(m.journeys).toBe(7);
    const [ad, visit, cart, pay, thanks] = m.touchpoints;
    // ad: J1 only (J3's ad is on the web); J1 goes on; 60 s to its visit
    expect(ad).toMatchObject({ matchedEvents: 1, journeys: 1, dropOffShare: 0, medianSecondsToNext: 60 });
    expect(ad!.reachShare).toBeCloseTo(1 / 7, 12);
    expect(ad!.nps).toEqual({ value: 100, low: expect.any(Number), high: expect.any(Number), n: 1 });
    // visit: J1, J2 (2 events), J3, J4, J7; only J3 reaches no later touchpoint (J4 reached the cart, earlier
    // in time but later in the design); to next: J1 60, J2 100, J7 0 (J3, J4 have no later match after it)
    expect(visit).toMatchObject({
      matchedEvents: 6,
      journeys: 5,
      dropOffShare: 0.2,
      medianSecondsToNext: 60,
    });
    // NPS of J1 9, J2 10, J3 3: 2 promoters, 1 detractor of 3
    expect(visit!.nps!.n).toBe(3);
    expect(visit!.nps!.value).toBeCloseTo(100 / 3, 10);
    expect(visit!.csat).toBeNull();
    // cart: J1, J2, J4, J7; only J1 pays by card: 3 of 4 drop off; J1 180 s from cart to payment
    expect(cart).toMatchObject({
      matchedEvents: 4,
      journeys: 4,
      dropOffShare: 0.75,
      medianSecondsToNext: 180,
    });
    expect(cart!.nps).toMatchObject({ value: 100, n: 2 });
    // pay: J1 and J5 (J4 paid cash); the last measured touchpoint: no drop-off, no time to next
    expect(pay).toMatchObject({
      matchedEvents: 2,
      journeys: 2,
      dropOffShare: null,
      medianSecondsToNext: null,
    });
    expect(pay!.csat).toEqual({ value: 4, low: null, high: null, n: 1 });
    // no matcher: no data
    expect(thanks).toEqual({
      touchpointId: 'thanks',
      matchedEvents: null,
      journeys: null,
      reachShare: null,
      dropOffShare: null,
      medianSecondsToNext: null,
      nps: null,
      csat: null,
      ces: null,
    });
    const [see, doPhase, love] = m.phases;
    expect(see).toMatchObject({ phaseId: 'see', journeys: 5 });
    expect(see!.nps).toMatchObject({ n: 3 });
    // do: J1, J2, J4, J5, J7
    expect(doPhase).toMatchObject({ journeys: 5, csat: { value: 4, n: 1 } });
    expect(doPhase!.reachShare).toBeCloseTo(5 / 7, 12);
    expect(love).toEqual({
      phaseId: 'love',
      journeys: null,
      reachShare: null,
      nps: null,
      csat: null,
      ces: null,
    });
  });

  test('measureJourney(map, filter) measures the journeys in scope only', async () => {
    const m = await measureJourney(store, scope, touchpoints, phases, { caseNotContains: ['survey'] });
    // J4, J6, J7 remain
    expect(m.journeys).toBe(3);
    expect(m.touchpoints[1]).toMatchObject({ journeys: 2, dropOffShare: 0, nps: null });
    expect(m.touchpoints[1]!.reachShare).toBeCloseTo(2 / 3, 12);
  });

  test('property conditions: ne, in, contains, gt and lt', async () => {
    const cases: [MeasureTouchpoint['matcher'], number][] = [
      [{ activities: ['pay'], properties: [{ key: 'method', op: 'ne', value: 'card' }] }, 1],
      [{ activities: ['pay'], properties: [{ key: 'method', op: 'in', value: ['card', 'cash'] }] }, 3],
      [{ activities: ['pay'], properties: [{ key: 'method', op: 'contains', value: 'as' }] }, 1],
      [{ activities: ['pay'], properties: [{ key: 'amount', op: 'eq', value: 120 }] }, 1],
      [{ activities: ['pay'], properties: [{ key: 'amount', op: 'gt', value: 50 }] }, 2],
      [{ activities: ['pay'], properties: [{ key: 'amount', op: 'lt', value: 50 }] }, 1],
      // instants: 10:00+01:00 is 09:00Z, after 08:30Z; 08:00Z is not; no paidAt never holds
      [{ activities: ['pay'], properties: [{ key: 'paidAt', op: 'gt', value: '2024-03-01T08:30:00Z' }] }, 1],
      [{ activities: ['pay'], properties: [{ key: 'paidAt', op: 'lt', value: '2024-03-01T08:30:00Z' }] }, 1],
      // every condition must hold
      [
        {
          activities: ['pay'],
          properties: [
            { key: 'method', op: 'eq', value: 'card' },
            { key: 'amount', op: 'lt', value: 100 },
          ],
        },
        1,
      ],
      [{ activities: ['pay', 'call'], channels: ['web'] }, 1],
    ];
    for (const [matcher, events] of cases) {
      const m = await measureJourney(store, scope, [{ id: 't', matcher }], []);
      expect(m.touchpoints[0]!.matchedEvents, JSON.stringify(matcher)).toBe(events);
    }
  });
});

describe('measureConformance', () => {
  test('measureConformance(map) gives the hand-computed follow share and deviations', async () => {
    const card = { properties: { method: 'card' } };
    await importEvents(
      store,
      'conf',
      toBatches([
        // C1 follows: visit, cart, pay
        makeRow('C1', 'visit site', 0),
        makeRow('C1', 'add to cart', 10),
        makeRow('C1', 'pay', 20, card),
        // C2 skips the cart, two calls between visit and pay (follows: it never goes back)
        makeRow('C2', 'visit site', 0),
        makeRow('C2', 'call', 5),
        makeRow('C2', 'call', 6),
        makeRow('C2', 'pay', 20, card),
        // C3 goes back from the cart to the visit; a chat between the visit and the cart again
        makeRow('C3', 'add to cart', 0),
        makeRow('C3', 'visit site', 10),
        makeRow('C3', 'chat', 15),
        makeRow('C3', 'add to cart', 20),
        // C4 reaches nothing: not counted
        makeRow('C4', 'survey', 0, { nps: 8 }),
        // C5 skips the cart, one call between visit and pay
        makeRow('C5', 'visit site', 0),
        makeRow('C5', 'call', 3),
        makeRow('C5', 'pay', 9, card),
      ]),
    );
    const c = await measureConformance(store, { dataset: 'conf' }, touchpoints);
    expect(c.journeys).toBe(4);
    expect(c.followShare).toBe(0.75);
    expect(c.deviations).toEqual([
      { kind: 'skipped', touchpointId: 'cart', journeys: 2, share: 0.5 },
      {
        kind: 'unmatched',
        activity: 'call',
        afterTouchpointId: 'visit',
        beforeTouchpointId: 'pay',
        journeys: 2,
        events: 3,
        share: 0.5,
      },
      { kind: 'backward', fromTouchpointId: 'cart', toTouchpointId: 'visit', journeys: 1, share: 0.25 },
      {
        kind: 'unmatched',
        activity: 'chat',
        afterTouchpointId: 'visit',
        beforeTouchpointId: 'cart',
        journeys: 1,
        events: 1,
        share: 0.25,
      },
    ]);
    // first-reached orders: C1 visit, cart, pay; C2 and C5 visit, pay; C3 cart, visit
    expect(c.flow).toEqual({
      nodes: [
        { touchpointId: 'visit', journeys: 4 },
        { touchpointId: 'cart', journeys: 2 },
        { touchpointId: 'pay', journeys: 3 },
      ],
      edges: [
        { fromTouchpointId: 'visit', toTouchpointId: 'pay', journeys: 2, share: 0.5, direction: 'skipping' },
        { fromTouchpointId: 'visit', toTouchpointId: 'cart', journeys: 1, share: 0.25, direction: 'forward' },
        {
          fromTouchpointId: 'cart',
          toTouchpointId: 'visit',
          journeys: 1,
          share: 0.25,
          direction: 'backward',
        },
        { fromTouchpointId: 'cart', toTouchpointId: 'pay', journeys: 1, share: 0.25, direction: 'forward' },
      ],
      starts: [
        { touchpointId: 'visit', journeys: 3, share: 0.75 },
        { touchpointId: 'cart', journeys: 1, share: 0.25 },
      ],
      ends: [
        { touchpointId: 'pay', journeys: 3, share: 0.75 },
        { touchpointId: 'visit', journeys: 1, share: 0.25 },
      ],
    });
  });
});
