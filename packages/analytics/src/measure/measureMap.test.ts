import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { measureMap } from './measureMap.js';
import type { MeasureTouchpoint } from './types.js';

// Three hand-made journeys; the expected figures are worked out in the comments.
const card = (channel: string) => ({ channel, properties: { method: 'card' } });
const cash = (channel: string) => ({ channel, properties: { method: 'cash' } });
const rows = [
  // T1: two payments in the same second, cash (app) before card (web) by arrival: the card payment is
  // told apart by its own event (seq), not by its case, activity and time. Positions by first match:
  // browse 0 @1, pay-app 2 @2, pay-card 1 @3, thanks 3 @4 → order [0, 2, 1, 3]: goes back from 2 to 1.
  makeRow('T1', 'browse', 0, { channel: 'web' }),
  makeRow('T1', 'pay', 10, { ...cash('app'), eventId: 'T1/pay/cash' }),
  makeRow('T1', 'pay', 10, { ...card('web'), eventId: 'T1/pay/card' }),
  makeRow('T1', 'thanks', 30),
  // T2: one payment by card in the app matches pay-card and pay-app at once → order [0, 1, 2, 3]
  makeRow('T2', 'browse', 100, { channel: 'web' }),
  makeRow('T2', 'pay', 105, card('app')),
  makeRow('T2', 'thanks', 106),
  // T3: a cash payment on the web matches nothing
  makeRow('T3', 'pay', 200, cash('web')),
];
const touchpoints: MeasureTouchpoint[] = [
  { id: 'browse', matcher: { activities: ['browse'] } },
  {
    id: 'payCard',
    matcher: { activities: ['pay'], properties: [{ key: 'method', op: 'eq', value: 'card' }] },
  },
  { id: 'payApp', matcher: { activities: ['pay'], channels: ['app'] } },
  { id: 'thanks', matcher: { activities: ['thanks'] } },
];
const scope = { dataset: 'pay' };
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'pay', toBatches(rows));
});
afterAll(() => store.close());

describe('measureMap', () => {
  test('measureMap(map) tells same-second events apart and lets one event match two touchpoints', async () => {
    const { measures, conformance } = await measureMap(store, scope, touchpoints, [
      { id: 'buy', touchpointIds: ['payCard', 'payApp'] },
    ]);
    expect(measures.journeys).toBe(3);
    const figures = measures.touchpoints.map((t) => [
      t.touchpointId,
      t.journeys,
      t.matchedEvents,
      t.dropOffShare,
      t.medianSecondsToNext,
    ]);
    expect(figures).toEqual([
      // to the next later match: T1 10 s (pay-app at 10), T2 5 s → 7.5
      ['browse', 2, 2, 0, 7.5],
      // T1: from the card payment (index 3) the next event above position 1 is thanks: 20 s; T2: 1 s
      ['payCard', 2, 2, 0, 10.5],
      // T1: from the cash payment (index 2) the card payment (position 1) is not later; thanks is: 20 s
      ['payApp', 2, 2, 0, 10.5],
      ['thanks', 2, 2, null, null],
    ]);
    expect(measures.phases[0]).toMatchObject({ phaseId: 'buy', journeys: 2 });
    expect(conformance).toMatchObject({
      journeys: 2,
      followShare: 0.5,
      deviations: [
        { kind: 'backward', fromTouchpointId: 'payApp', toTouchpointId: 'payCard', journeys: 1, share: 0.5 },
      ],
    });
    // the steps between first-reached touchpoints: T1 browse → payApp → payCard → thanks, T2 browse →
    // payCard → payApp → thanks (same index: designed order)
    const { flow } = conformance;
    expect(flow.nodes).toEqual(touchpoints.map((t) => ({ touchpointId: t.id, journeys: 2 })));
    expect(flow.starts).toEqual([{ touchpointId: 'browse', journeys: 2, share: 1 }]);
    expect(flow.ends).toEqual([{ touchpointId: 'thanks', journeys: 2, share: 1 }]);
    expect(
      flow.edges.map((e) => `${e.fromTouchpointId}>${e.toTouchpointId}:${e.journeys}:${e.direction}`),
    ).toEqual([
      'browse>payCard:1:forward',
      'browse>payApp:1:skipping',
      'payCard>payApp:1:forward',
      'payCard>thanks:1:skipping',
      'payApp>payCard:1:backward',
      'payApp>thanks:1:forward',
    ]);
  });

  test('measureMap(map, filter, { window }) counts the journeys that start in the window, with all their events', async () => {
    const { measures, conformance } = await measureMap(
      store,
      scope,
      touchpoints,
      [],
      {},
      {
        window: { fromMs: 50_000 },
      },
    );
    // T2 and T3 start at 100 s and 200 s
    expect(measures.journeys).toBe(2);
    expect(measures.touchpoints.map((t) => t.journeys)).toEqual([1, 1, 1, 1]);
    expect(measures.touchpoints[0]!.reachShare).toBe(0.5);
    expect(conformance.followShare).toBe(1);
    const before = await measureMap(store, scope, touchpoints, [], {}, { window: { toMs: 50_000 } });
    expect(before.measures.journeys).toBe(1);
    expect(before.conformance.followShare).toBe(0);
  });

  test('measureMap(map) skips the touchpoints between the first and last reached that a journey misses', async () => {
    // a map whose middle touchpoint no journey reaches: T1 and T2 go from browse to thanks, their payments
    // (two in T1, one in T2) unmatched between the two
    const noPay = await measureMap(
      store,
      scope,
      [touchpoints[0]!, { id: 'never', matcher: { activities: ['refund'] } }, touchpoints[3]!],
      [],
    );
    expect(noPay.conformance).toMatchObject({
      journeys: 2,
      followShare: 1,
      deviations: [
        { kind: 'skipped', touchpointId: 'never', journeys: 2, share: 1 },
        {
          kind: 'unmatched',
          activity: 'pay',
          afterTouchpointId: 'browse',
          beforeTouchpointId: 'thanks',
          journeys: 2,
          events: 3,
          share: 1,
        },
      ],
    });
  });

  test('measureMap(map) answers the same by the lookup alone and with every position a property position', async () => {
    // Journeys with no event matching a position with property conditions are measured from the (activity,
    // channel) lookup alone; the others through their events' passing positions. The same map with a
    // condition that always holds ('ne' on a property no event has) on every touchpoint sends every
    // reaching journey the other way: every figure must stay the same.
    const lookupOnly: MeasureTouchpoint[] = [
      { id: 'browse', matcher: { activities: ['browse'] } },
      { id: 'pay', matcher: { activities: ['pay'] } },
      { id: 'payApp', matcher: { activities: ['pay'], channels: ['app'] } },
      { id: 'thanks', matcher: { activities: ['thanks', 'browse'] } },
      { id: 'never', matcher: { activities: ['refund'] } },
    ];
    const always = { key: 'no such property', op: 'ne' as const, value: 'x' };
    const byProperties = lookupOnly.map((t) => ({
      ...t,
      matcher: { ...t.matcher!, properties: [always] },
    }));
    const phases = [
      { id: 'buy', touchpointIds: ['pay', 'payApp'] },
      { id: 'after', touchpointIds: ['thanks', 'never'] },
    ];
    const expected = await measureMap(store, scope, lookupOnly, phases);
    expect(expected.measures.touchpoints.map((t) => [t.touchpointId, t.journeys, t.matchedEvents])).toEqual([
      ['browse', 2, 2],
      ['pay', 3, 4],
      ['payApp', 2, 2],
      ['thanks', 2, 4],
      ['never', 0, 0],
    ]);
    expect(await measureMap(store, scope, byProperties, phases)).toEqual(expected);
    const window = { window: { fromMs: 50_000 } };
    expect(await measureMap(store, scope, byProperties, phases, {}, window)).toEqual(
      await measureMap(store, scope, lookupOnly, phases, {}, window),
    );
  });

  test('measureMap(map) finds an unmatched event between two matched ones when another event matches twice', async () => {
    // U1: pay in the app matches pay and payApp (two pairs), the review between it and thanks matches
    // nothing: as many pairs as events, and still an unmatched event
    await importEvents(
      store,
      'twice',
      toBatches([
        makeRow('U1', 'pay', 0, { channel: 'app' }),
        makeRow('U1', 'review', 10),
        makeRow('U1', 'thanks', 20),
      ]),
    );
    const map: MeasureTouchpoint[] = [
      { id: 'pay', matcher: { activities: ['pay'] } },
      { id: 'payApp', matcher: { activities: ['pay'], channels: ['app'] } },
      { id: 'thanks', matcher: { activities: ['thanks'] } },
    ];
    const { conformance } = await measureMap(store, { dataset: 'twice' }, map, []);
    expect(conformance.deviations).toEqual([
      {
        kind: 'unmatched',
        activity: 'review',
        afterTouchpointId: 'pay',
        beforeTouchpointId: 'thanks',
        journeys: 1,
        events: 1,
        share: 1,
      },
    ]);
  });
});
