import { describe, expect, it } from 'vitest';
import { migrateRecord } from '../migrations.js';
import { JOURNEY_MIGRATIONS, journeyMapSchema } from './JourneyMap.js';
import { touchpointFieldsSchema } from './Touchpoint.js';
import {
  matchesEvent,
  touchpointMatcherSchema,
  type MatchableEvent,
  type TouchpointMatcher,
} from './TouchpointMatcher.js';

function pathsOf(value: unknown): string[] {
  const result = touchpointMatcherSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

const event = (overrides: Partial<MatchableEvent> = {}): MatchableEvent => ({
  activity: 'Order Placed',
  channel: 'app',
  properties: { order_value: '120', device: 'app', resolved: true, contact: 1, at: '2024-06-30T22:00:00Z' },
  ...overrides,
});

describe('touchpointMatcherSchema', () => {
  it('touchpointMatcherSchema takes activities with optional channels and property conditions of every op', () => {
    const matcher = {
      activities: ['Order Placed', 'Checkout Started'],
      channels: ['app', 'web'],
      properties: [
        { key: 'segment', op: 'eq', value: 'new' },
        { key: 'contact', op: 'ne', value: 2 },
        { key: 'topic', op: 'in', value: ['delivery', 'billing', 3] },
        { key: 'page', op: 'contains', value: 'search' },
        { key: 'order_value', op: 'gt', value: 99.5 },
        { key: 'at', op: 'lt', value: '2024-07-01T00:00:00+02:00' },
      ],
    };
    expect(touchpointMatcherSchema.parse(matcher)).toEqual(matcher);
    expect(touchpointMatcherSchema.parse({ activities: ['Ad Viewed'] })).toEqual({
      activities: ['Ad Viewed'],
    });
  });

  it('touchpointMatcherSchema refuses what is out of bounds, naming the path', () => {
    expect(pathsOf({ activities: [] })).toEqual(['activities']);
    expect(pathsOf({})).toEqual(['activities']);
    expect(pathsOf({ activities: [''] })).toEqual(['activities.0']);
    expect(pathsOf({ activities: ['x'.repeat(501)] })).toEqual(['activities.0']);
    expect(pathsOf({ activities: Array.from({ length: 201 }, (_, i) => `a${i}`) })).toEqual(['activities']);
    expect(pathsOf({ activities: Array.from({ length: 200 }, (_, i) => `a${i}`) })).toEqual([]);
    expect(pathsOf({ activities: ['a'], channels: [] })).toEqual(['channels']);
    expect(pathsOf({ activities: ['a'], channels: Array.from({ length: 21 }, () => 'web') })).toEqual([
      'channels',
    ]);
    const condition = { key: 'k', op: 'eq', value: 'v' };
    expect(pathsOf({ activities: ['a'], properties: Array.from({ length: 21 }, () => condition) })).toEqual([
      'properties',
    ]);
    expect(pathsOf({ activities: ['a'], properties: Array.from({ length: 20 }, () => condition) })).toEqual(
      [],
    );
    expect(pathsOf({ activities: ['a'], properties: [{ key: '', op: 'eq', value: 'v' }] })).toEqual([
      'properties.0.key',
    ]);
    expect(
      pathsOf({ activities: ['a'], properties: [{ key: 'k'.repeat(201), op: 'eq', value: 'v' }] }),
    ).toEqual(['properties.0.key']);
  });

  it('touchpointMatcherSchema checks each op’s value: in a list, gt/lt a number or an ISO date-time, others a string or number', () => {
    const one = (condition: object) => pathsOf({ activities: ['a'], properties: [condition] });
    expect(one({ key: 'k', op: 'in', value: 'web' })).toEqual(['properties.0.value']);
    expect(one({ key: 'k', op: 'in', value: [] })).toEqual(['properties.0.value']);
    expect(one({ key: 'k', op: 'in', value: [true] })).toEqual(['properties.0.value.0']);
    expect(one({ key: 'k', op: 'gt', value: 'soon' })).toEqual(['properties.0.value']);
    expect(one({ key: 'k', op: 'lt', value: '2024-07-01' })).toEqual(['properties.0.value']);
    expect(one({ key: 'k', op: 'gt', value: '2024-07-01T00:00:00Z' })).toEqual([]);
    expect(one({ key: 'k', op: 'eq', value: ['a'] })).toEqual(['properties.0.value']);
    expect(one({ key: 'k', op: 'ne', value: true })).toEqual(['properties.0.value']);
    expect(one({ key: 'k', op: 'contains', value: '' })).toEqual(['properties.0.value']);
    expect(one({ key: 'k', op: 'matches', value: '.*' })).toEqual(['properties.0.op']);
    expect(one({ key: 'k', op: 'eq' })).toEqual(['properties.0.value']);
    expect(one({ key: 'k', op: 'eq', value: 'v', extra: 1 })).toEqual(['properties.0']);
  });

  it('touchpointMatcherSchema refuses unknown keys (a misspelt `channel` never widens the match)', () => {
    expect(pathsOf({ activities: ['a'], channel: ['web'] })).toEqual(['']);
    expect(pathsOf({ activities: ['a'], activityPattern: 'Order*' })).toEqual(['']);
  });

  it('a touchpoint without a matcher has matcher null', () => {
    const fields = touchpointFieldsSchema.parse({
      phaseId: 'phs_test000001',
      title: 'Ad',
      channel: 'advertising',
    });
    expect(fields.matcher).toBeNull();
  });
});

describe('matchesEvent', () => {
  const match = (matcher: TouchpointMatcher, e: MatchableEvent = event()) => matchesEvent(matcher, e);

  it('matchesEvent needs the activity to be one of activities (exact) and the channel one of channels', () => {
    expect(match({ activities: ['Order Placed'] })).toBe(true);
    expect(match({ activities: ['order placed'] })).toBe(false);
    expect(match({ activities: ['Cart Added', 'Order Placed'], channels: ['app'] })).toBe(true);
    expect(match({ activities: ['Order Placed'], channels: ['web'] })).toBe(false);
    expect(match({ activities: ['Order Placed'], channels: ['app'] }, event({ channel: null }))).toBe(false);
  });

  it('matchesEvent compares eq, ne, in and contains by text; ne holds for a missing property', () => {
    const when = (properties: TouchpointMatcher['properties']) =>
      match({ activities: ['Order Placed'], properties });
    expect(when([{ key: 'contact', op: 'eq', value: 1 }])).toBe(true);
    expect(when([{ key: 'contact', op: 'eq', value: '1' }])).toBe(true);
    expect(when([{ key: 'resolved', op: 'eq', value: 'true' }])).toBe(true);
    expect(when([{ key: 'missing', op: 'eq', value: '' }])).toBe(false);
    expect(when([{ key: 'device', op: 'ne', value: 'web' }])).toBe(true);
    expect(when([{ key: 'device', op: 'ne', value: 'app' }])).toBe(false);
    expect(when([{ key: 'missing', op: 'ne', value: 'app' }])).toBe(true);
    expect(when([{ key: 'order_value', op: 'in', value: [100, 120] }])).toBe(true);
    expect(when([{ key: 'order_value', op: 'in', value: ['100'] }])).toBe(false);
    expect(when([{ key: 'device', op: 'contains', value: 'pp' }])).toBe(true);
    expect(when([{ key: 'device', op: 'contains', value: 'APP' }])).toBe(false);
    // Every condition must hold.
    expect(
      when([
        { key: 'device', op: 'eq', value: 'app' },
        { key: 'contact', op: 'eq', value: 2 },
      ]),
    ).toBe(false);
  });

  it('matchesEvent compares gt and lt as numbers or instants; other values never hold', () => {
    const when = (properties: TouchpointMatcher['properties']) =>
      match({ activities: ['Order Placed'], properties });
    expect(when([{ key: 'order_value', op: 'gt', value: 100 }])).toBe(true);
    expect(when([{ key: 'order_value', op: 'gt', value: 120 }])).toBe(false);
    expect(when([{ key: 'order_value', op: 'lt', value: 120.5 }])).toBe(true);
    expect(when([{ key: 'device', op: 'gt', value: 0 }])).toBe(false);
    expect(when([{ key: 'missing', op: 'lt', value: 0 }])).toBe(false);
    expect(when([{ key: 'at', op: 'lt', value: '2024-07-01T00:00:00+02:00' }])).toBe(false);
    expect(when([{ key: 'at', op: 'lt', value: '2024-07-01T00:00:00Z' }])).toBe(true);
    expect(when([{ key: 'at', op: 'gt', value: '2024-06-30T21:59:59Z' }])).toBe(true);
    expect(when([{ key: 'order_value', op: 'gt', value: '2024-01-01T00:00:00Z' }])).toBe(false);
  });
});

describe('JOURNEY_MIGRATIONS', () => {
  it('JOURNEY_MIGRATIONS lifts a version 1 map to 2: no dataset link, matcher null on every touchpoint', () => {
    const v1 = {
      id: 'jrn_test000001',
      workspaceId: 'wks_test000001',
      version: 4,
      title: 'Old map',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      phases: [{ id: 'phs_test000001', name: 'See' }],
      touchpoints: [{ id: 'tpt_test000001', phaseId: 'phs_test000001', title: 'Ad', channel: 'advertising' }],
    };
    expect(JOURNEY_MIGRATIONS.currentVersion).toBe(3);
    const lifted = migrateRecord(JOURNEY_MIGRATIONS, v1, 1);
    expect(lifted).toMatchObject({ datasetId: null, datasetFilter: null });
    expect((lifted.touchpoints as { matcher: unknown }[])[0]!.matcher).toBeNull();
    expect(journeyMapSchema.parse(lifted)).toMatchObject({ title: 'Old map', datasetId: null });
    // Already current: left as it is.
    expect(migrateRecord(JOURNEY_MIGRATIONS, lifted, 3)).toBe(lifted);
  });
});
