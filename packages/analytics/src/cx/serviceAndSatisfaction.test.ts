import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { npsWithInterval } from '../stats/npsWithInterval.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { compareWindows } from './compareWindows.js';
import {
  answer,
  billingCall,
  daySeconds as day,
  importFixture,
  makeEvent,
  order,
  visit,
  windowA,
  windowB,
} from './fixtures.test-helpers.js';
import { getSatisfaction } from './getSatisfaction.js';
import { getServiceMetrics } from './getServiceMetrics.js';

// Service fixture, checkable on paper (five journeys, days since the epoch):
// J1 (A): call billing unresolved d0, call billing resolved d3 → the second is a repeat; first contact followed up.
// J2 (B): chat delivery resolved d0, call product d2 → different topic and channel: no repeat (topic key).
// J3 (C): call delivery unresolved d0, complaint d1 → not resolved at first contact; a complaint journey.
// J4 (D): a page view only.
// J5 (E): call billing d0 (no flag), e-mail with complaint = "true" d1, call billing d10 (outside 7 days).
const call = (caseId: string, customer: string, seconds: number, topic: string, resolved?: boolean) =>
  makeEvent(caseId, customer, 'Inbound Call', seconds, {
    channel: 'phone',
    properties: { topic, ...(resolved === undefined ? {} : { resolved }) },
  });
const serviceRows = [
  call('J1', 'A', 0, 'billing', false),
  call('J1', 'A', 3 * day, 'billing', true),
  makeEvent('J2', 'B', 'Chat Started', 0, {
    channel: 'chat',
    properties: { topic: 'delivery', resolved: true },
  }),
  call('J2', 'B', 2 * day, 'product'),
  call('J3', 'C', 0, 'delivery', false),
  makeEvent('J3', 'C', 'Complaint Filed', day, { channel: 'email' }),
  makeEvent('J4', 'D', 'Page Viewed', 0, { channel: 'web' }),
  call('J5', 'E', 0, 'billing'),
  makeEvent('J5', 'E', 'E-mail Received', day, { channel: 'email', properties: { complaint: 'true' } }),
  call('J5', 'E', 10 * day, 'billing'),
];

// Satisfaction fixture: ten journeys with last NPS answers 10 9 9 8 7 | 6 3 10 0 5 (segments new | returning).
// Journey 1 answered 0 earlier: only the last answer counts. Journeys 1–3 passed "Call".
// CSAT (journeys 1–4): 5 4 2 3. CES (journeys 1–2): 7 4.
const npsScores = [10, 9, 9, 8, 7, 6, 3, 10, 0, 5];
const satisfactionRows = npsScores.flatMap((nps, i) => {
  const caseId = `S${i + 1}`;
  const segment = i < 5 ? 'new' : 'returning';
  const rows = [makeEvent(caseId, `K${i}`, 'Visit', 0, { channel: 'web', properties: { segment } })];
  if (i === 0) rows.push(makeEvent(caseId, `K${i}`, 'Survey', 10, { channel: 'email', nps: 0 }));
  if (i < 3) rows.push(makeEvent(caseId, `K${i}`, 'Call', 20, { channel: 'phone' }));
  rows.push(
    makeEvent(caseId, `K${i}`, 'Survey', 30, {
      channel: 'email',
      nps,
      csat: [5, 4, 2, 3][i] ?? null,
      ces: [7, 4][i] ?? null,
    }),
  );
  if (i < 8) rows.push(makeEvent(caseId, `K${i}`, 'Order', 40, { channel: 'web' }));
  return rows;
});

// Windows fixture (days since the epoch; window A = days 0–10, B = days 10–20). A journey belongs to the
// window in which its first event lies, with all its events:
// W1: Visit d1, Order d2, NPS 10 d3 → A.          W2: Visit d2, NPS 3 d4 → A.
// W3: Visit d8, Call (billing) d9, Call (billing) d11, Order d11, NPS 9 d12 → A, straddling the edge.
// W4: Visit d11, Order d12, NPS 10 d13 → B.       W5: Visit d12, Order d14 → B.
// W6: Visit d15, Call (billing) d16, NPS 6 d17 → B. W7: Visit d19, Order d21, NPS 8 d22 → B, past its end.
// W8: Visit d25 → neither.
const windowRows = [
  ...[visit('W1', 1), order('W1', 2), answer('W1', 3, 10)],
  ...[visit('W2', 2), answer('W2', 4, 3)],
  ...[visit('W3', 8), billingCall('W3', 9), billingCall('W3', 11), order('W3', 11), answer('W3', 12, 9)],
  ...[visit('W4', 11), order('W4', 12), answer('W4', 13, 10)],
  ...[visit('W5', 12), order('W5', 14)],
  ...[visit('W6', 15), billingCall('W6', 16), answer('W6', 17, 6)],
  ...[visit('W7', 19), order('W7', 21), answer('W7', 22, 8)],
  visit('W8', 25),
];

let store: EventStore;
beforeAll(async () => {
  store = await openEventStore();
  await importFixture(store, 'service', serviceRows);
  await importFixture(store, 'satisfaction', satisfactionRows);
  await importFixture(store, 'windows', windowRows);
});
afterAll(() => store.close());

describe('getServiceMetrics', () => {
  test('getServiceMetrics(topic key, 7 days) counts the fixture by hand', async () => {
    const m = await getServiceMetrics(store, { dataset: 'service' });
    expect(m).toMatchObject({
      journeys: 5,
      journeysWithContact: 4, // J1 J2 J3 J5
      contacts: 7,
      repeatContacts: 1, // J1's second call
      firstContactsFollowedUp: 1, // J1
      resolvedFirstContacts: 2, // J2 (resolved, no repeat), J5 (no flag, no repeat within 7 days)
      journeysWithComplaint: 2, // J3 by activity, J5 by property
      complaints: 2,
      contactsPerJourney: 7 / 5,
      contactsPerContactJourney: 7 / 4,
    });
    expect(m.firstContactResolution.estimate).toBe(0.5);
    expect(m.complaintRate.estimate).toBe(0.4);
    expect(m.repeatContactRate.estimate).toBeCloseTo(1 / 7, 12);
    expect(m.firstContactResolution.smallSample).toBe(true);
  });

  test('getServiceMetrics(any key) makes J2 a repeat; a 14-day window makes J5 one', async () => {
    const anyKey = await getServiceMetrics(store, { dataset: 'service' }, { repeatKey: 'any' });
    expect([anyKey.repeatContacts, anyKey.firstContactsFollowedUp, anyKey.resolvedFirstContacts]).toEqual([
      2, 2, 1,
    ]);
    const channelKey = await getServiceMetrics(store, { dataset: 'service' }, { repeatKey: 'channel' });
    expect([channelKey.repeatContacts, channelKey.resolvedFirstContacts]).toEqual([1, 2]);
    const twoWeeks = await getServiceMetrics(store, { dataset: 'service' }, { repeatWindowDays: 14 });
    expect([
      twoWeeks.repeatContacts,
      twoWeeks.firstContactsFollowedUp,
      twoWeeks.resolvedFirstContacts,
    ]).toEqual([2, 2, 1]);
  });

  test('getServiceMetrics(contactActivities) and the shared filter narrow the contacts', async () => {
    const calls = await getServiceMetrics(
      store,
      { dataset: 'service' },
      { contactActivities: ['Inbound Call'] },
    );
    expect([calls.contacts, calls.journeysWithContact]).toEqual([6, 4]);
    const filtered = await getServiceMetrics(
      store,
      { dataset: 'service' },
      {},
      { timeRange: { toMs: 5 * day * 1000 } },
    );
    expect([filtered.journeys, filtered.contacts]).toEqual([5, 6]);
  });
});

describe('getSatisfaction', () => {
  test('getSatisfaction(none): NPS 0 of 10 answers (4 P, 2 passives, 4 D), CSAT and CES', async () => {
    const [all] = await getSatisfaction(store, { dataset: 'satisfaction' });
    // var = [(0.4 + 0.4) − 0²]/10 = 0.08, SE = 28.284 points, half-width 1.959964·28.2843 = 55.4362.
    expect(all?.journeys).toBe(10);
    expect(all?.nps.estimate).toBeCloseTo(0, 12);
    expect(all?.nps.standardError).toBeCloseTo(28.2843, 4);
    expect(all?.nps.high).toBeCloseTo(55.4362, 3);
    expect(all?.nps.n).toBe(10);
    expect(all?.nps.smallSample).toBe(true);
    expect(all?.npsMeanScore).toBeCloseTo(6.7, 12);
    // CSAT 5 4 2 3: mean 3.5, s = √(5/3) = 1.29099, top box (4–5) 2 of 4.
    expect(all?.csat.mean.estimate).toBeCloseTo(3.5, 12);
    expect(all?.csat.mean.standardDeviation).toBeCloseTo(1.29099, 5);
    expect(all?.csat.topBox.estimate).toBe(0.5);
    expect(all?.csat.topBox.n).toBe(4);
    // CES 7 4: mean 5.5, top box (5–7) 1 of 2.
    expect(all?.ces.mean.estimate).toBeCloseTo(5.5, 12);
    expect(all?.ces.topBox.estimate).toBe(0.5);
  });

  test('getSatisfaction(attribute segment) splits NPS 60 / −60', async () => {
    const groups = await getSatisfaction(
      store,
      { dataset: 'satisfaction' },
      { by: 'attribute', key: 'segment' },
    );
    expect(groups.map((g) => [g.group, g.journeys, Math.round(g.nps.estimate)])).toEqual([
      ['new', 5, 60],
      ['returning', 5, -60],
    ]);
    expect(groups[0]?.nps).toEqual(npsWithInterval({ promoters: 3, passives: 2, detractors: 0 }));
  });

  test('getSatisfaction(activity, channel, phase) groups journeys by what they passed', async () => {
    const byActivity = await getSatisfaction(store, { dataset: 'satisfaction' }, { by: 'activity' });
    const call = byActivity.find((g) => g.group === 'Call');
    expect([call?.journeys, call?.nps.estimate]).toEqual([3, 100]);
    expect(byActivity.find((g) => g.group === 'Order')?.journeys).toBe(8);
    const byChannel = await getSatisfaction(store, { dataset: 'satisfaction' }, { by: 'channel' });
    expect(byChannel.map((g) => [g.group, g.journeys])).toEqual([
      ['email', 10],
      ['phone', 3],
      ['web', 10],
    ]);
    const byPhase = await getSatisfaction(
      store,
      { dataset: 'satisfaction' },
      { by: 'phase', phases: { Care: ['Call'], Do: ['Order', 'Visit'] } },
    );
    expect(byPhase.map((g) => [g.group, g.journeys])).toEqual([
      ['Care', 3],
      ['Do', 10],
    ]);
    // The answers (Survey, e-mail) lie outside every phase and the phone channel, yet are the journeys'
    // scores: Care and phone = journeys 1–3 (10 9 9, NPS 100), Do = all ten (NPS 0).
    expect(byPhase.map((g) => g.nps.estimate)).toEqual([100, 0]);
    expect(byChannel.find((g) => g.group === 'phone')?.nps.estimate).toBe(100);
  });
});

describe('compareWindows', () => {
  const segment = (value: string) => ({ attributes: [{ key: 'segment', op: 'equals' as const, value }] });

  test('compareWindows(nps) of a window with itself finds no difference; filters are event-level', async () => {
    const [result] = await compareWindows(
      store,
      { dataset: 'satisfaction' },
      { a: {}, b: {}, metrics: [{ kind: 'nps' }] },
    );
    expect(result?.difference).toBe(0);
    expect(result?.pValue).toBe(1);
    expect(result?.test).toBe('NPS variance z');
    const [none] = await compareWindows(
      store,
      { dataset: 'satisfaction' },
      { a: segment('new'), b: segment('returning'), metrics: [{ kind: 'nps' }] },
    );
    // Attribute filters keep matching events: only the visits carry the segment, so no answers remain.
    expect(none?.a.n).toBe(0);
  });

  test('compareWindows(conversion, passed touchpoint) restricts to journeys that passed it, with BH across metrics', async () => {
    // Window A = days 0–10, B = days 10–20 (windows fixture below).
    const results = await compareWindows(
      store,
      { dataset: 'windows' },
      {
        a: windowA,
        b: windowB,
        metrics: [
          { kind: 'conversion', to: 'Order' },
          { kind: 'conversion', from: 'Visit', to: 'Call' },
        ],
      },
    );
    // Order: A 2 of 3 (W1, W3), B 3 of 4 (W4, W5, W7). Pooled p = 5/7;
    // SE = √(5/7 · 2/7 · (1/3 + 1/4)) = 0.345033; z = (3/4 − 2/3)/0.345033 = 0.241523.
    expect(results[0]).toMatchObject({ test: 'two-proportion z', a: { n: 3 }, b: { n: 4 } });
    expect(results[0]?.a.value).toBeCloseTo(2 / 3, 12);
    expect(results[0]?.difference).toBeCloseTo(3 / 4 - 2 / 3, 12);
    expect(results[0]?.statistic).toBeCloseTo(0.241523, 5);
    // Visit → Call: A 1 of 3 (W3), B 1 of 4 (W6): z = (1/4 − 1/3)/0.345033 = −0.241523.
    expect(results[1]).toMatchObject({ a: { n: 3 }, b: { n: 4 } });
    expect(results[1]?.statistic).toBeCloseTo(-0.241523, 5);
    // Benjamini–Hochberg with m = 2: q of the larger p is p itself, of the smaller min(2p, larger p).
    const [p0, p1] = results.map((r) => r.pValue) as [number, number];
    expect(results[0]?.qValue).toBeCloseTo(p0 <= p1 ? Math.min(2 * p0, p1) : p0, 12);
    expect(results[1]?.qValue).toBeCloseTo(p1 < p0 ? Math.min(2 * p1, p0) : p1, 12);
    const [call] = await compareWindows(
      store,
      { dataset: 'windows' },
      { a: windowA, b: windowB, metrics: [{ kind: 'nps', passed: 'Call' }] },
    );
    // Journeys that passed Call: A = W3 (answer 9, NPS 100), B = W6 (answer 6, NPS −100).
    expect(call).toMatchObject({ metric: 'nps | Call', a: { value: 100, n: 1 }, b: { value: -100, n: 1 } });
  });

  test('compareWindows counts a journey straddling the window edge whole in the window where it starts', async () => {
    const [repeat, nps, duration] = await compareWindows(
      store,
      { dataset: 'windows' },
      {
        a: windowA,
        b: windowB,
        metrics: [
          { kind: 'firstContactRepeatRate', service: { contactActivities: ['Call'] } },
          { kind: 'nps' },
          { kind: 'journeyDuration' },
        ],
      },
    );
    // W3 starts on day 8 (A) and runs to day 12: its billing calls on days 9 and 11 both count in A, so its
    // first call is followed up within 7 days (1 of 1). Cut at the edge it would be 0 of 1 in A and W3's
    // day-11 call would be a first contact in B. B: W6's single call, not followed up (0 of 1).
    // Pooled p = 1/2; z = (0 − 1)/√(1/2 · 1/2 · 2) = −1.414214.
    expect(repeat).toMatchObject({ a: { value: 1, n: 1 }, b: { value: 0, n: 1 } });
    expect(repeat?.statistic).toBeCloseTo(-1.414214, 5);
    // NPS A: W1 10, W2 3, W3 9 (answered on day 12, inside B's dates, still A's) → (2 − 1)/3 = 33.33.
    // B: W4 10, W6 6, W7 8 (answered on day 22, after B's end, still B's) → (1 − 1)/3 = 0.
    expect(nps).toMatchObject({ a: { n: 3 }, b: { value: 0, n: 3 } });
    expect(nps?.a.value).toBeCloseTo(100 / 3, 12);
    // Durations (days) A: W1 2, W2 2, W3 4 → mean 8/3; B: W4 2, W5 2, W6 2, W7 3 → mean 9/4. W8 (day 25)
    // starts in neither window.
    expect(duration?.a.n).toBe(3);
    expect(duration?.b.n).toBe(4);
    expect(duration?.a.value).toBeCloseTo((8 / 3) * day, 9);
    expect(duration?.b.value).toBeCloseTo((9 / 4) * day, 9);
  });

  test('compareWindows(csat, Welch and Mann–Whitney) reads score distributions', async () => {
    const metrics = [{ kind: 'csat' as const }, { kind: 'csat' as const, test: 'mannWhitney' as const }];
    const results = await compareWindows(
      store,
      { dataset: 'satisfaction' },
      { a: { channels: ['email'] }, b: {}, metrics },
    );
    expect(results[0]).toMatchObject({ test: 'Welch t', difference: 0, a: { n: 4 }, b: { n: 4 } });
    expect(results[1]?.test).toBe('Mann–Whitney U');
    expect(results[1]?.pValue).toBeCloseTo(1, 12);
  });
});
