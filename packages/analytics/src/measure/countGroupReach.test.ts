import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { countGroupReach } from './countGroupReach.js';
import type { MeasureTouchpoint } from './types.js';

// Four hand-made journeys: A browses and pays by card on the web, B pays cash in the app, C only says
// thanks, D does something no touchpoint matches.
const rows = [
  makeRow('A', 'browse', 0, { channel: 'web' }),
  makeRow('A', 'pay', 10, { channel: 'web', properties: { method: 'card' } }),
  makeRow('B', 'pay', 100, { channel: 'app', properties: { method: 'cash' } }),
  makeRow('C', 'thanks', 200),
  makeRow('D', 'other', 300),
];
const touchpoints: MeasureTouchpoint[] = [
  { id: 'browse', matcher: { activities: ['browse'] } },
  {
    id: 'payCard',
    matcher: { activities: ['pay'], properties: [{ key: 'method', op: 'eq', value: 'card' }] },
  },
  { id: 'payApp', matcher: { activities: ['pay'], channels: ['app'] } },
  { id: 'thanks', matcher: { activities: ['thanks'] } },
  { id: 'silent', matcher: null },
];
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'g', toBatches(rows));
});
afterAll(() => store.close());

describe('countGroupReach', () => {
  test('countGroupReach(groups) counts the journeys reaching any touchpoint of a group once', async () => {
    const result = await countGroupReach(store, { dataset: 'g' }, touchpoints, [
      // A (card) and B (app): 2 of 4, though each touchpoint alone reaches 1
      { id: 'checkout', touchpointIds: ['payCard', 'payApp'] },
      // A matches both: counted once
      { id: 'shared', touchpointIds: ['browse', 'payCard'] },
      // A, B, C
      { id: 'all', touchpointIds: ['browse', 'payCard', 'payApp', 'thanks'] },
      // only the matched touchpoint counts: C
      { id: 'mixed', touchpointIds: ['silent', 'thanks'] },
      { id: 'silent', touchpointIds: ['silent'] },
      { id: 'none', touchpointIds: [] },
      { id: 'unknown', touchpointIds: ['gone'] },
    ]);
    expect(result.journeys).toBe(4);
    expect(result.groups.map((g) => [g.id, g.measured, g.journeys, g.reachShare])).toEqual([
      ['checkout', true, 2, 0.5],
      ['shared', true, 1, 0.25],
      ['all', true, 3, 0.75],
      ['mixed', true, 1, 0.25],
      ['silent', false, 0, null],
      ['none', false, 0, null],
      ['unknown', false, 0, null],
    ]);
  });

  test('countGroupReach(groups, filter) counts within the filter', async () => {
    const result = await countGroupReach(
      store,
      { dataset: 'g' },
      touchpoints,
      [{ id: 'checkout', touchpointIds: ['payCard', 'payApp'] }],
      { channels: ['app'] },
    );
    // only B's event is in the app: one journey in scope, and it reaches the checkout
    expect(result.journeys).toBe(1);
    expect(result.groups[0]).toMatchObject({ journeys: 1, reachShare: 1 });
  });
});
