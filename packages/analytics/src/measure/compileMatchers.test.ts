import { matchesEvent, touchpointMatcherSchema, type TouchpointMatcher } from '@trailmap/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportRow } from '../import/types.js';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { countMatches } from './countMatches.js';
import { measureJourney } from './measureJourney.js';

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

// Events whose properties take every form a condition meets: text, numbers (also as text), booleans,
// instants with offsets, missing.
const activities = ['visit', 'pay', 'call'];
const channels = ['web', 'app', null];
const rows: ImportRow[] = Array.from({ length: 400 }, (_, i) => {
  const properties: Record<string, unknown> = {};
  if (next() < 0.8) properties.method = pick(['card', 'cash', 'Card', 'gift card']);
  if (next() < 0.8)
    properties.amount = next() < 0.7 ? Math.round(next() * 2000) / 10 : String(Math.round(next() * 200));
  if (next() < 0.7) properties.vip = next() < 0.5;
  if (next() < 0.7)
    properties.at = pick([
      '2024-03-01T10:00:00+01:00',
      '2024-03-01T08:00:00Z',
      '2024-02-29T23:30:00-02:00',
      'soon',
    ]);
  return makeRow(`c${i % 50}`, pick(activities), i, { channel: pick(channels), properties });
}).concat([
  // a number and its text both equal the value 20 as text; 20.5 does not
  makeRow('fixed', 'visit', 1000, { properties: { amount: 20 } }),
  makeRow('fixed', 'visit', 1001, { properties: { amount: '20' } }),
  makeRow('fixed', 'visit', 1002, { properties: { amount: 20.5 } }),
]);

const matchers: TouchpointMatcher[] = [
  { activities: ['pay'] },
  { activities: ['pay', 'call'], channels: ['web'] },
  { activities: ['pay'], properties: [{ key: 'method', op: 'eq', value: 'card' }] },
  { activities: ['pay'], properties: [{ key: 'method', op: 'ne', value: 'card' }] },
  { activities: ['pay'], properties: [{ key: 'method', op: 'in', value: ['cash', 'gift card'] }] },
  { activities: ['pay'], properties: [{ key: 'method', op: 'contains', value: 'card' }] },
  { activities: ['visit', 'pay'], properties: [{ key: 'amount', op: 'gt', value: 100 }] },
  { activities: ['visit', 'pay'], properties: [{ key: 'amount', op: 'lt', value: 50.5 }] },
  { activities: ['visit'], properties: [{ key: 'amount', op: 'eq', value: 20 }] },
  { activities: ['visit', 'call'], properties: [{ key: 'vip', op: 'eq', value: 'true' }] },
  { activities: ['visit', 'call'], properties: [{ key: 'at', op: 'gt', value: '2024-03-01T08:30:00Z' }] },
  { activities: ['visit', 'call'], properties: [{ key: 'at', op: 'lt', value: '2024-03-01T08:30:00Z' }] },
  {
    activities: ['pay', 'visit'],
    channels: ['app'],
    properties: [
      { key: 'method', op: 'ne', value: 'cash' },
      { key: 'amount', op: 'gt', value: 10 },
    ],
  },
].map((m) => touchpointMatcherSchema.parse(m));

let store: EventStore;
beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'm', toBatches(rows));
});
afterAll(() => store.close());

describe('compileMatchers', () => {
  test('the engine matches exactly the events the domain’s matchesEvent matches, for every operator', async () => {
    const measured = await measureJourney(
      store,
      { dataset: 'm' },
      matchers.map((matcher, i) => ({ id: `t${i}`, matcher })),
      [],
    );
    const expected = matchers.map(
      (matcher) =>
        rows.filter((row) =>
          matchesEvent(matcher, {
            activity: row.activity,
            channel: row.channel,
            properties: row.properties ?? {},
          }),
        ).length,
    );
    expect(expected.every((n) => n > 0)).toBe(true);
    expect(measured.touchpoints.map((t) => t.matchedEvents)).toEqual(expected);
  });

  test('countMatches(matcher) counts what measureMap counts for the same matcher, events and journeys', async () => {
    const measured = await measureJourney(
      store,
      { dataset: 'm' },
      matchers.map((matcher, i) => ({ id: `t${i}`, matcher })),
      [],
    );
    for (const [i, matcher] of matchers.entries()) {
      const count = await countMatches(store, { dataset: 'm' }, matcher);
      const expectedJourneys = new Set(
        rows
          .filter((row) =>
            matchesEvent(matcher, {
              activity: row.activity,
              channel: row.channel,
              properties: row.properties ?? {},
            }),
          )
          .map((row) => row.caseId),
      ).size;
      expect(count, JSON.stringify(matcher)).toEqual({
        matchedEvents: measured.touchpoints[i]!.matchedEvents,
        journeys: expectedJourneys,
      });
      expect(measured.touchpoints[i]!.journeys).toBe(expectedJourneys);
    }
  });
});
