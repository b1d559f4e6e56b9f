import { listDatasetChannelNames } from '@trailmap/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { suggestActivities, type SuggestActivitiesInput } from './suggestActivities.js';

// Calls written in several ways; the expected suggestions are worked out by hand below.
const rows = [
  makeRow('J1', 'Call', 0, { channel: 'phone' }),
  makeRow('J1', 'Call', 10, { channel: 'Phone' }),
  makeRow('J1', 'visit', 20, { channel: 'web' }),
  makeRow('J2', 'Call', 0, { channel: 'Call Centre', properties: { topic: 'billing' } }),
  makeRow('J2', 'Complaint', 5, { channel: 'call_centre' }),
  makeRow('J2', 'Callback', 9, { channel: 'phone' }),
  makeRow('J3', 'Call', 0, { channel: 'phone', properties: { topic: 'delivery' } }),
  makeRow('J3', 'Chat', 5, { channel: 'chat' }),
  makeRow('J4', 'Call', 0, { channel: 'web' }),
  makeRow('J5', 'Survey', 0, { channel: ' PHONE ' }),
  makeRow('J6', 'Call', 0, { channel: 'phone' }),
  makeRow('J6', 'Call', 5, { channel: 'phone' }),
  makeRow('J7', 'Call', 0),
];

const scope = { dataset: 'calls' };
let store: EventStore;

beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'calls', toBatches(rows));
});
afterAll(() => store.close());

const input: SuggestActivitiesInput = {
  channelNames: listDatasetChannelNames('phone'),
  otherMatchers: [
    // the delivery call (J3) is another touchpoint's
    { activities: ['Call'], properties: [{ key: 'topic', op: 'eq', value: 'delivery' }] },
    // every phone callback is another touchpoint's
    { activities: ['Callback'], channels: ['phone'] },
    null,
  ],
  ownActivities: ['Complaint'],
  limit: 10,
};

describe('suggestActivities', () => {
  test('suggestActivities(phone) gives the unmatched activities of every way of writing the channel, most events first', async () => {
    const suggestions = await suggestActivities(store, scope, input);
    // Call has 8 events: phone ×4 (J1, J3, J6 ×2), Phone, Call Centre, web and J7's without a channel.
    // phone: J3's is matched elsewhere → 3 events in J1, J6; in other channels 8 − 4 = 4. Complaint is the
    // touchpoint's own; Callback is matched elsewhere; ' PHONE ' is phone too.
    expect(suggestions).toEqual([
      { activity: 'Call', channel: 'phone', events: 3, journeys: 2, otherChannelEvents: 4 },
      { activity: 'Call', channel: 'Call Centre', events: 1, journeys: 1, otherChannelEvents: 7 },
      { activity: 'Call', channel: 'Phone', events: 1, journeys: 1, otherChannelEvents: 7 },
      { activity: 'Survey', channel: ' PHONE ', events: 1, journeys: 1, otherChannelEvents: 0 },
    ]);
  });

  test('suggestActivities: the limit cuts the ranking; no channel names, no suggestions', async () => {
    const two = await suggestActivities(store, scope, { ...input, limit: 2 });
    expect(two.map((s) => [s.activity, s.channel])).toEqual([
      ['Call', 'phone'],
      ['Call', 'Call Centre'],
    ]);
    expect(await suggestActivities(store, scope, { ...input, channelNames: [] })).toEqual([]);
  });

  test('suggestActivities: without other matchers every phone activity but the own ones is suggested', async () => {
    const all = await suggestActivities(store, scope, { ...input, otherMatchers: [], ownActivities: [] });
    expect(all.map((s) => [s.activity, s.channel, s.events])).toEqual([
      ['Call', 'phone', 4],
      ['Call', 'Call Centre', 1],
      ['Call', 'Phone', 1],
      ['Callback', 'phone', 1],
      ['Complaint', 'call_centre', 1],
      ['Survey', ' PHONE ', 1],
    ]);
  });

  test('suggestActivities: the filter narrows the events (those at second 0)', async () => {
    const first = await suggestActivities(store, scope, input, { timeRange: { fromMs: 0, toMs: 1 } });
    // Call at 0: J1, J2 (Call Centre), J3 (matched elsewhere), J4 (web), J6, J7 (no channel)
    expect(first).toEqual([
      { activity: 'Call', channel: 'phone', events: 2, journeys: 2, otherChannelEvents: 3 },
      { activity: 'Call', channel: 'Call Centre', events: 1, journeys: 1, otherChannelEvents: 5 },
      { activity: 'Survey', channel: ' PHONE ', events: 1, journeys: 1, otherChannelEvents: 0 },
    ]);
  });
});
