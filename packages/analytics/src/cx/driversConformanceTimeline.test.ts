import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stitchIdentities } from '../identity/stitchIdentities.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { assessConformance, type DesignedJourney } from './assessConformance.js';
import { checkConformance } from './checkConformance.js';
import { importFixture, makeEvent } from './fixtures.test-helpers.js';
import { getCustomerTimeline } from './getCustomerTimeline.js';
import { getDrivers } from './getDrivers.js';
import { getMineCxSection } from './getMineCxSection.js';

// Drivers fixture: eight journeys Visit → [X] → [Z] → Survey(nps) → [Review].
// NPS 10 10 9 8 | 2 4 6 8; X passed by the first four, Z by journeys 1 and 5; Review (after the answer) by 1.
const npsScores = [10, 10, 9, 8, 2, 4, 6, 8];
const driverRows = npsScores.flatMap((nps, i) => {
  const id = `D${i + 1}`;
  const rows = [makeEvent(id, id, 'Visit', 0)];
  if (i < 4) rows.push(makeEvent(id, id, 'X', 10));
  if (i === 0 || i === 4) rows.push(makeEvent(id, id, 'Z', 20));
  rows.push(makeEvent(id, id, 'Survey', 30, { nps }));
  if (i === 0) rows.push(makeEvent(id, id, 'Review', 40));
  return rows;
});

const design: DesignedJourney = {
  phases: [
    { name: 'See', steps: [{ name: 'Ad', activities: ['Ad'] }] },
    {
      name: 'Do',
      steps: [
        { name: 'Cart', activities: ['Cart'] },
        { name: 'Order', activities: ['Order'] },
      ],
    },
    { name: 'Care', steps: [{ name: 'Delivered', activities: ['Delivered'] }] },
  ],
};
const variants = [
  { activities: ['Ad', 'Cart', 'Order', 'Delivered'], journeys: 2 }, // fits
  { activities: ['Ad', 'Cart', 'Cart', 'Order', 'Delivered'], journeys: 1 }, // fits (a repeat)
  { activities: ['Cart', 'Order', 'Delivered'], journeys: 1 }, // skips Ad
  { activities: ['Ad', 'Order', 'Cart', 'Delivered'], journeys: 1 }, // Cart after Order
  { activities: ['Ad', 'Cart', 'Call', 'Order', 'Delivered'], journeys: 1 }, // Call after Cart
];
const conformanceRows = variants.flatMap((variant, v) =>
  Array.from({ length: variant.journeys }, (_, j) =>
    variant.activities.map((activity, k) => makeEvent(`V${v}-${j}`, null, activity, k * 60)),
  ).flat(),
);

// Identity fixture: C1 browses anonymously as a1, logs in (Identify links a1 → C1), then calls; C2 is someone else.
const identityRows = [
  makeEvent('T1', null, 'Ad Viewed', 0, { anonymousId: 'a1', channel: 'ads' }),
  makeEvent('T1', null, 'Page Viewed', 60, { anonymousId: 'a1', channel: 'web' }),
  makeEvent('T1', 'C1', 'Identify', 120, { anonymousId: 'a1', channel: 'web' }),
  makeEvent('T1', 'C1', 'Inbound Call', 86_400, { channel: 'phone', properties: { topic: 'delivery' } }),
  makeEvent('T2', 'C1', 'NPS Survey Answered', 3 * 86_400, { channel: 'email', nps: 9 }),
  makeEvent('T3', null, 'Page Viewed', 30, { anonymousId: 'a2', channel: 'web' }),
  makeEvent('T3', 'C2', 'Inbound Call', 90, { channel: 'phone' }),
];

let store: EventStore;
beforeAll(async () => {
  store = await openEventStore();
  await importFixture(store, 'drivers', driverRows);
  await importFixture(store, 'conformance', conformanceRows);
  await importFixture(store, 'identity', identityRows);
});
afterAll(() => store.close());

describe('getDrivers', () => {
  test('getDrivers(fixture) gives Shapley shares, effects and odds ratios computed by hand', async () => {
    const result = await getDrivers(store, { dataset: 'drivers' }, { minSupport: 1 });
    // X = 1 1 1 1 0 0 0 0, Z = 1 0 0 0 1 0 0 0 are uncorrelated (E[XZ] = 1/8 = E[X]E[Z]), so each φ = r².
    // ȳ = 7.125, var y = 465/8 − 7.125² = 7.359375. cov(X, y) = 37/8 − 0.5·7.125 = 1.0625 → r² = 1.0625²/(0.25·7.359375) = 0.613588.
    // cov(Z, y) = 12/8 − 0.25·7.125 = −0.28125 → r² = 0.28125²/(0.1875·7.359375) = 0.057325. R² = 0.670913.
    expect(result.journeys).toBe(8);
    expect(result.rSquared).toBeCloseTo(0.670913, 5);
    const x = result.drivers.find((d) => d.activity === 'X');
    const z = result.drivers.find((d) => d.activity === 'Z');
    expect(x?.rSquaredContribution).toBeCloseTo(0.613588, 5);
    expect(z?.rSquaredContribution).toBeCloseTo(0.057325, 5);
    expect(x?.importance).toBeCloseTo(0.613588 / 0.670913, 5);
    // Effects: X mean 9.25 − 5 = 4.25; NPS 75 − (−75) = 150. Z: (10 + 2)/2 − 45/6 = −1.5.
    expect(x?.effect).toBeCloseTo(4.25, 12);
    expect(x?.npsDifference).toBeCloseTo(150, 12);
    expect(z?.effect).toBeCloseTo(-1.5, 12);
    // Promoter odds for X: a = 3, b = 1, c = 0, d = 4 → Haldane–Anscombe (3.5·4.5)/(1.5·0.5) = 21.
    expect(x?.oddsRatio.oddsRatio).toBeCloseTo(21, 12);
    expect(x?.oddsRatio.corrected).toBe(true);
    expect(result.drivers.map((d) => d.activity)).toEqual(['X', 'Z', 'Visit']); // Visit: passed by all, not in the model
    expect(result.drivers.some((d) => d.activity === 'Review')).toBe(false); // after the answer
    expect(result.paretoCut).toEqual(['X']);
  });

  test('getDrivers(relativeWeights) agrees with Shapley when the activities are uncorrelated', async () => {
    const result = await getDrivers(
      store,
      { dataset: 'drivers' },
      { minSupport: 1, method: 'relativeWeights' },
    );
    expect(result.rSquared).toBeCloseTo(0.670913, 5);
    expect(result.drivers.find((d) => d.activity === 'X')?.rSquaredContribution).toBeCloseTo(0.613588, 5);
    expect(result.paretoCut).toEqual(['X']);
  });

  test('getDrivers(minimum support) keeps thin activities out of the model', async () => {
    const result = await getDrivers(store, { dataset: 'drivers' }, { minSupport: 3 });
    expect(result.drivers.filter((d) => d.inModel).map((d) => d.activity)).toEqual(['X']);
    expect(result.drivers.find((d) => d.activity === 'Z')?.supported).toBe(false);
  });

  test('getDrivers(conversion) takes the activities before the outcome activity', async () => {
    const result = await getDrivers(
      store,
      { dataset: 'drivers' },
      { minSupport: 1, outcome: { kind: 'conversion', activity: 'Z' } },
    );
    // Z reached by D1 and D5: X before Z in D1 only → a = 1, b = 3, c = 1, d = 3 → OR 1.
    const x = result.drivers.find((d) => d.activity === 'X');
    expect([x?.journeysPassed, x?.oddsRatio.oddsRatio]).toEqual([4, 1]);
  });

  test('getMineCxSection(fixture) has the exact shape trailmap mine prints', async () => {
    const section = await getMineCxSection(store, { dataset: 'drivers' }, { minSupport: 1 });
    expect(Object.keys(section)).toEqual(['nps', 'drivers', 'paretoCut']);
    // Promoters 10 10 9, passives 8 8, detractors 2 4 6: NPS = 100·(3 − 3)/8 = 0.
    expect(section.nps).toMatchObject({ value: 0, n: 8 });
    expect(section.drivers.map((d) => d.activity)).toEqual(['X', 'Z']);
    expect(Object.keys(section.drivers[0] ?? {})).toEqual(['activity', 'importance', 'effect']);
    expect(section.paretoCut).toEqual(['X']);
  });
});

describe('getMineCxSection without scores', () => {
  test('getMineCxSection(no survey answers) reports n = 0 and no drivers', async () => {
    expect(await getMineCxSection(store, { dataset: 'conformance' })).toEqual({
      nps: { value: 0, low: -100, high: 100, n: 0 },
      drivers: [],
      paretoCut: [],
    });
  });
});

describe('checkConformance', () => {
  test('assessConformance(variants) counts fit, skips, unexpected activities and reorderings by hand', () => {
    const result = assessConformance(variants, design);
    expect([result.journeys, result.fittingJourneys, result.fitShare]).toEqual([6, 3, 0.5]);
    expect(result.steps.map((s) => [s.phase, s.step, s.journeysSkipped])).toEqual([
      ['See', 'Ad', 1],
      ['Do', 'Cart', 0],
      ['Do', 'Order', 0],
      ['Care', 'Delivered', 0],
    ]);
    expect(result.unexpected).toEqual([{ activity: 'Call', afterStep: 'Cart', journeys: 1, events: 1 }]);
    expect(result.reorderings).toEqual([{ step: 'Cart', after: 'Order', journeys: 1 }]);
  });

  test('checkConformance(store) reads the variants and agrees; ignored activities drop out', async () => {
    expect(await checkConformance(store, { dataset: 'conformance' }, design)).toEqual(
      assessConformance(variants, design),
    );
    const ignoring = await checkConformance(store, { dataset: 'conformance' }, design, {
      ignoreActivities: ['Call'],
    });
    expect(ignoring.fittingJourneys).toBe(4);
  });
});

describe('getCustomerTimeline', () => {
  test('getCustomerTimeline(C1) without identities shows only the known-id events', async () => {
    const timeline = await getCustomerTimeline(store, { dataset: 'identity' }, 'C1');
    expect(timeline.events.map((e) => e.activity)).toEqual([
      'Identify',
      'Inbound Call',
      'NPS Survey Answered',
    ]);
  });

  test('getCustomerTimeline(C1, identities) merges the anonymous web events into the customer, in time order', async () => {
    const identities = stitchIdentities({ rows: identityRows });
    const timeline = await getCustomerTimeline(store, { dataset: 'identity' }, 'C1', { identities });
    expect(timeline.customerId).toBe('C1');
    expect(timeline.anonymousIds).toEqual(['a1']);
    expect(timeline.events.map((e) => [e.activity, e.channel])).toEqual([
      ['Ad Viewed', 'ads'],
      ['Page Viewed', 'web'],
      ['Identify', 'web'],
      ['Inbound Call', 'phone'],
      ['NPS Survey Answered', 'email'],
    ]);
    expect(timeline.events[3]?.properties).toEqual({ topic: 'delivery' });
    expect(timeline.journeys.map((j) => [j.caseId, j.events, j.channels, j.nps])).toEqual([
      ['T1', 4, ['ads', 'web', 'phone'], null],
      ['T2', 1, ['email'], 9],
    ]);
    expect(timeline.channels).toEqual(['ads', 'email', 'phone', 'web']);
    // Asking by the anonymous id finds the same customer.
    expect(
      (await getCustomerTimeline(store, { dataset: 'identity' }, 'a1', { identities })).events,
    ).toHaveLength(5);
    expect(
      (await getCustomerTimeline(store, { dataset: 'identity' }, 'C1', { identities, limit: 2 })).truncated,
    ).toBe(true);
  });
});
