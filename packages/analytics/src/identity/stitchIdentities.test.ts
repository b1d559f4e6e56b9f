import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../import/types.js';
import { applyIdentities, resolveCustomerId } from './applyIdentities.js';
import { collectIdentityLinks } from './collectIdentityLinks.js';
import { createIdentityStitcher, stitchIdentities } from './stitchIdentities.js';
import type { IdentityMap } from './types.js';

function row(fields: Partial<ImportRow> & Pick<ImportRow, 'eventId' | 'activity'>): ImportRow {
  return {
    caseId: null,
    customerId: null,
    anonymousId: null,
    tsMs: 0,
    startTsMs: null,
    channel: null,
    source: 'test',
    properties: null,
    nps: null,
    csat: null,
    ces: null,
    ...fields,
  };
}

/** Anonymous web visits (cookie a-web), an identify call, and a phone call logged by customer number. */
const webVisit1 = row({
  eventId: 'w1',
  activity: 'Viewed Billing',
  anonymousId: 'a-web',
  channel: 'web',
  source: 'segment',
});
const webVisit2 = row({
  eventId: 'w2',
  activity: 'Viewed Contact',
  anonymousId: 'a-web',
  channel: 'web',
  source: 'segment',
});
const identify = row({
  eventId: 'i1',
  activity: 'Identify',
  customerId: 'K-100',
  anonymousId: 'a-web',
  source: 'segment',
});
const phoneCall = row({
  eventId: 'p1',
  activity: 'Call Billing Question',
  customerId: 'K-100',
  channel: 'phone',
  source: 'csv',
});

const PHONE_KEYS = { sharedKeys: ['phone_hash'] } as const;

function plain(map: IdentityMap): unknown {
  return {
    customerIdOf: [...map.customerIdOf].sort(),
    customers: [...map.customers.values()].sort((a, b) => (a.customerId < b.customerId ? -1 : 1)),
    customerIdOfKey: [...map.customerIdOfKey].sort(),
  };
}

describe('stitchIdentities', () => {
  it('stitchIdentities(rows) joins anonymous web events to the phone call via an identify call', () => {
    const rows = [webVisit1, webVisit2, identify, phoneCall];
    const identities = stitchIdentities({ rows });
    expect(identities.customerIdOf.get('a-web')).toBe('K-100');
    expect(identities.customers.get('K-100')).toEqual({
      customerId: 'K-100',
      userIds: ['K-100'],
      anonymousIds: ['a-web'],
      sharedKeys: [],
    });
    expect(applyIdentities(rows, identities).map((r) => [r.eventId, r.customerId, r.anonymousId])).toEqual([
      ['w1', 'K-100', 'a-web'],
      ['w2', 'K-100', 'a-web'],
      ['i1', 'K-100', 'a-web'],
      ['p1', 'K-100', null],
    ]);
  });

  it('stitchIdentities(rows, { sharedKeys }) joins anonymous web events to the phone call via a shared phone hash', () => {
    const webForm = row({
      eventId: 'w3',
      activity: 'Callback Requested',
      anonymousId: 'a-web',
      properties: { phone_hash: 'ph-1' },
    });
    const call = row({
      eventId: 'p2',
      activity: 'Call',
      customerId: 'K-100',
      properties: { phone_hash: ' ph-1 ' },
    });
    const identities = stitchIdentities({ rows: [webVisit1, webForm, call] }, PHONE_KEYS);
    expect(identities.customerIdOf.get('a-web')).toBe('K-100');
    expect(identities.customers.get('K-100')?.sharedKeys).toEqual(['phone_hash=ph-1']);
    expect(applyIdentities([webVisit1], identities, PHONE_KEYS)[0]?.customerId).toBe('K-100');
  });

  it('stitchIdentities(rows, { sharedKeys }) resolves a row that carries only a shared key', () => {
    const ivr = row({ eventId: 'v1', activity: 'IVR Menu', properties: { phone_hash: 'ph-2' } });
    const app = row({
      eventId: 'x1',
      activity: 'Login',
      customerId: 'K-7',
      properties: { phone_hash: 'ph-2' },
    });
    const identities = stitchIdentities({ rows: [ivr, app] }, PHONE_KEYS);
    expect(resolveCustomerId(ivr, identities, PHONE_KEYS)).toBe('K-7');
    const stranger = row({ eventId: 'v2', activity: 'IVR Menu', properties: { phone_hash: 'ph-3' } });
    expect(
      resolveCustomerId(stranger, stitchIdentities({ rows: [stranger] }, PHONE_KEYS), PHONE_KEYS),
    ).toBeNull();
  });

  it('stitchIdentities(links) is transitive: a↔b and b↔c put a, b and c in one customer', () => {
    const identities = stitchIdentities({
      links: [
        { left: { kind: 'anonymous', id: 'a' }, right: { kind: 'anonymous', id: 'b' }, reason: 'same-event' },
        { left: { kind: 'anonymous', id: 'b' }, right: { kind: 'anonymous', id: 'c' }, reason: 'same-event' },
        { left: { kind: 'anonymous', id: 'x' }, right: { kind: 'anonymous', id: 'y' }, reason: 'same-event' },
      ],
    });
    expect(['a', 'b', 'c', 'x', 'y'].map((id) => identities.customerIdOf.get(id))).toEqual([
      'a',
      'a',
      'a',
      'x',
      'x',
    ]);
    expect(identities.customers.get('a')?.anonymousIds).toEqual(['a', 'b', 'c']);
  });

  it('stitchIdentities(rows) chooses the smallest userId, and an alias previousId joins its customer', () => {
    const rows = [
      row({ eventId: '1', activity: 'Identify', customerId: 'u-9', anonymousId: 'anon-1' }),
      row({ eventId: '2', activity: 'Alias', customerId: 'u-3', properties: { previousId: 'u-9' } }),
      row({ eventId: '3', activity: 'Viewed Home', anonymousId: 'anon-0' }),
      row({ eventId: '4', activity: 'Alias', customerId: 'u-5', properties: { previousId: 'anon-0' } }),
    ];
    const identities = stitchIdentities({ rows });
    expect(Object.fromEntries(identities.customerIdOf)).toEqual({
      'u-9': 'u-3',
      'anon-1': 'u-3',
      'u-3': 'u-3',
      'anon-0': 'u-5',
      'u-5': 'u-5',
    });
    expect(identities.customers.get('u-3')).toMatchObject({
      userIds: ['u-3', 'u-9'],
      anonymousIds: ['anon-1'],
    });
  });

  it('stitchIdentities(rows) merges nothing without evidence', () => {
    const rows = [
      row({
        eventId: '1',
        activity: 'Viewed Home',
        anonymousId: 'a1',
        properties: { email_hash: 'same', city: 'Delft' },
      }),
      row({
        eventId: '2',
        activity: 'Viewed Home',
        anonymousId: 'a2',
        properties: { email_hash: 'same', city: 'Delft' },
      }),
      row({ eventId: '3', activity: 'Call', customerId: 'K1', properties: { phone_hash: '' } }),
      row({ eventId: '4', activity: 'Call', customerId: 'K2', properties: { phone_hash: '' } }),
    ];
    const identities = stitchIdentities({ rows }, PHONE_KEYS);
    expect(Object.fromEntries(identities.customerIdOf)).toEqual({ a1: 'a1', a2: 'a2', K1: 'K1', K2: 'K2' });
    expect(identities.customers.size).toBe(4);
  });

  it('stitchIdentities(rows) gives the same result whatever the input order', () => {
    const rows = [
      webVisit1,
      identify,
      phoneCall,
      row({ eventId: 'b1', activity: 'Identify', customerId: 'K-050', anonymousId: 'a-app' }),
      row({ eventId: 'b2', activity: 'Login', anonymousId: 'a-app', properties: { phone_hash: 'h' } }),
      row({ eventId: 'b3', activity: 'Call', customerId: 'K-100', properties: { phone_hash: 'h' } }),
      row({ eventId: 'c1', activity: 'Viewed Home', anonymousId: 'z-lonely' }),
    ];
    const expected = plain(stitchIdentities({ rows }, PHONE_KEYS));
    expect(stitchIdentities({ rows }, PHONE_KEYS).customerIdOf.get('a-web')).toBe('K-050');
    let seed = 7;
    for (let round = 0; round < 20; round += 1) {
      const shuffled = rows
        .map((r) => {
          seed = (seed * 16807) % 2147483647;
          return { r, k: seed };
        })
        .sort((a, b) => a.k - b.k)
        .map(({ r }) => r);
      expect(plain(stitchIdentities({ rows: shuffled }, PHONE_KEYS))).toEqual(expected);
    }
    const stitcher = createIdentityStitcher(PHONE_KEYS);
    stitcher.addRows(rows.slice(4));
    stitcher.addLinks(collectIdentityLinks(rows.slice(0, 4), PHONE_KEYS));
    expect(plain(stitcher.build())).toEqual(expected);
  });

  it('collectIdentityLinks(rows) says why ids are linked', () => {
    const alias = row({
      eventId: 'al',
      activity: 'Alias',
      customerId: 'u1',
      properties: { previousId: 'a9' },
    });
    const track = row({
      eventId: 't',
      activity: 'Checkout',
      customerId: 'u1',
      anonymousId: 'a1',
      properties: { email_hash: 'e' },
    });
    expect(collectIdentityLinks([identify, alias, track], { sharedKeys: ['email_hash'] })).toEqual([
      { left: { kind: 'anonymous', id: 'a-web' }, right: { kind: 'user', id: 'K-100' }, reason: 'identify' },
      { left: { kind: 'anonymous', id: 'a9' }, right: { kind: 'user', id: 'u1' }, reason: 'alias' },
      { left: { kind: 'anonymous', id: 'a1' }, right: { kind: 'user', id: 'u1' }, reason: 'same-event' },
      {
        left: { kind: 'user', id: 'u1' },
        right: { kind: 'key', name: 'email_hash', value: 'e' },
        reason: 'shared-key',
      },
    ]);
  });

  it('applyIdentities(rows) lets an id the map does not know stand for itself', () => {
    const identities = stitchIdentities({ rows: [identify] });
    const unknown = row({ eventId: 'n', activity: 'Viewed Home', anonymousId: 'a-new' });
    const nobody = row({ eventId: 'm', activity: 'Letter Sent' });
    expect(applyIdentities([unknown, nobody], identities).map((r) => r.customerId)).toEqual(['a-new', null]);
  });
});
