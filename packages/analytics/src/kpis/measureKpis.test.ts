import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportRow } from '../import/types.js';
import type { MeasureTouchpoint } from '../measure/types.js';
import { importEvents } from '../store/importEvents.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { KpiDefinitionError } from './checkKpiDefinition.js';
import { measureKpiGroups, measureKpis } from './measureKpis.js';
import type { KpiDefinition, KpiMeasurement } from './types.js';

// Hand-built before/after datasets, one per group of metrics. A journey belongs to the period in which it
// starts: baseline = days [0, 100), after = days [100, 200). Every expected number is worked out in the
// comments (z-tests by hand; Welch's t and the exact Mann–Whitney p as scipy 1.17 gives them:
// stats.ttest_ind(after, before, equal_var=False), stats.mannwhitneyu(after, before, method='exact')).
// K = (z₀.₉₇₅ + z₀.₈)² = (1.959964 + 0.841621)² = 7.848880 (the power calculation's factor).
const day = 86_400;
const baseline = { fromMs: 0, toMs: 100 * day * 1000 };
const after = { fromMs: 100 * day * 1000, toMs: 200 * day * 1000 };

/** A journey starting on `startDay`: its events at the given seconds after the start. */
function journey(id: string, startDay: number, steps: [string, number, Partial<ImportRow>?][]): ImportRow[] {
  return steps.map(([activity, offset, extra], i) =>
    makeRow(id, activity, startDay * day + offset, { eventId: `${id}/${i}`, ...extra }),
  );
}
function repeat<T>(count: number, make: (i: number) => T[]): T[] {
  return Array.from({ length: count }, (_, i) => make(i)).flat();
}

// Funnel: visit → cart → pay. Before (20 journeys): 2 visit, cart, pay (converted); 2 visit, pay, cart (pay
// comes later in the design: not dropped off, but pay is not after cart in time: not converted); 6 visit,
// cart (dropped off); 10 visit only. After (20): 14 visit, cart, pay; 2 visit, cart; 4 visit only.
const funnelRows = [
  ...repeat(2, (i) =>
    journey(`b-vcp-${i}`, 1 + i, [
      ['visit', 0],
      ['cart', 10],
      ['pay', 70],
    ]),
  ),
  ...repeat(2, (i) =>
    journey(`b-vpc-${i}`, 3 + i, [
      ['visit', 0],
      ['pay', 10],
      ['cart', 20],
    ]),
  ),
  ...repeat(6, (i) =>
    journey(`b-vc-${i}`, 5 + i, [
      ['visit', 0],
      ['cart', 10],
    ]),
  ),
  ...repeat(10, (i) => journey(`b-v-${i}`, 20 + i, [['visit', 0]])),
  ...repeat(14, (i) =>
    journey(`a-vcp-${i}`, 101 + i, [
      ['visit', 0],
      ['cart', 10],
      ['pay', 40],
    ]),
  ),
  ...repeat(2, (i) =>
    journey(`a-vc-${i}`, 120 + i, [
      ['visit', 0],
      ['cart', 10],
    ]),
  ),
  ...repeat(4, (i) => journey(`a-v-${i}`, 130 + i, [['visit', 0]])),
];
const funnel: MeasureTouchpoint[] = [
  { id: 'visit', matcher: { activities: ['visit'] } },
  { id: 'cart', matcher: { activities: ['cart'] } },
  { id: 'pay', matcher: { activities: ['pay'] } },
];

// Times x → y (seconds from the first x to the first later y). Before: 10, 20, 30, 40, 50, and one journey
// whose only y comes before its x (no time). After: 60, 70, 80, 90 — one of them with a second y later.
const timeRows = [
  ...[10, 20, 30, 40, 50].flatMap((t, i) =>
    journey(`b-t-${i}`, 1 + i, [
      ['x', 0],
      ['y', t],
    ]),
  ),
  ...journey('b-yx', 9, [
    ['y', 0],
    ['x', 5],
  ]),
  ...[60, 70, 80].flatMap((t, i) =>
    journey(`a-t-${i}`, 101 + i, [
      ['x', 0],
      ['y', t],
    ]),
  ),
  ...journey('a-t-3', 110, [
    ['x', 0],
    ['y', 90],
    ['y', 500],
  ]),
];
const pair: MeasureTouchpoint[] = [
  { id: 'x', matcher: { activities: ['x'] } },
  { id: 'y', matcher: { activities: ['y'] } },
];

// Scores. NPS over every journey (each journey's last answer): before 5 promoters (10, 10, 9, 9, and one
// journey answering 0 then 10), 2 passives (8, 7), 3 detractors (0, 3, 6); after 7 promoters, 2 passives,
// 1 detractor. CES over every journey: before 3, 4, 5; after 5, 6, 7. CSAT of the journeys reaching `help`:
// before 2, 3, 3, 4 (and a journey answering 1 without help, not counted); after 4, 4, 5, 5.
const nps = (score: number) => ({ nps: score });
const scoreRows = [
  ...[10, 10, 9, 9].flatMap((s, i) => journey(`b-p-${i}`, 1 + i, [['answer', 0, nps(s)]])),
  ...journey('b-p-last', 6, [
    ['answer', 0, nps(0)],
    ['answer', 60, nps(10)],
  ]),
  ...[8, 7, 0, 3, 6].flatMap((s, i) => journey(`b-o-${i}`, 10 + i, [['answer', 0, nps(s)]])),
  ...[10, 10, 10, 9, 9, 9, 9, 8, 7, 2].flatMap((s, i) =>
    journey(`a-n-${i}`, 101 + i, [['answer', 0, nps(s)]]),
  ),
  ...[3, 4, 5].flatMap((s, i) => journey(`b-ces-${i}`, 20 + i, [['rate', 0, { ces: s }]])),
  ...[5, 6, 7].flatMap((s, i) => journey(`a-ces-${i}`, 120 + i, [['rate', 0, { ces: s }]])),
  ...[2, 3, 3, 4].flatMap((s, i) =>
    journey(`b-h-${i}`, 30 + i, [
      ['help', 0],
      ['rate', 5, { csat: s }],
    ]),
  ),
  ...journey('b-nohelp', 40, [['rate', 0, { csat: 1 }]]),
  ...[4, 4, 5, 5].flatMap((s, i) =>
    journey(`a-h-${i}`, 130 + i, [
      ['help', 0],
      ['rate', 5, { csat: s }],
    ]),
  ),
];
const helpMap: MeasureTouchpoint[] = [{ id: 'help', matcher: { activities: ['help'] } }];

// Service: calls on the phone about topic t (a contact; a repeat when the same customer calls about the same
// topic within 7 days; `resolved: false` marks an unresolved one; `Complaint Filed` is a complaint).
// Before (6 journeys): c0, c1 call twice a day apart (first contact followed up); c2 calls once; c3 calls
// once, unresolved; c4 files a complaint; c5 does nothing contact-like.
// After (6): d0 calls twice; d1, d2, d3 call once; d4, d5 nothing.
const call = (extra: Record<string, unknown> = {}): Partial<ImportRow> => ({
  channel: 'phone',
  properties: { topic: 't', ...extra },
});
const serviceRows = [
  ...repeat(2, (i) =>
    journey(`c${i}`, 1 + i, [
      ['Inbound Call', 0, call()],
      ['Inbound Call', day, call()],
    ]),
  ),
  ...journey('c2', 10, [['Inbound Call', 0, call()]]),
  ...journey('c3', 11, [['Inbound Call', 0, call({ resolved: false })]]),
  ...journey('c4', 12, [['Complaint Filed', 0]]),
  ...journey('c5', 13, [['visit', 0]]),
  ...journey('d0', 101, [
    ['Inbound Call', 0, call()],
    ['Inbound Call', day, call()],
  ]),
  ...repeat(3, (i) => journey(`d${i + 1}`, 110 + i, [['Inbound Call', 0, call()]])),
  ...repeat(2, (i) => journey(`d${i + 4}`, 120 + i, [['visit', 0]])),
];

let store: EventStore;
beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'funnel', toBatches(funnelRows));
  await importEvents(store, 'times', toBatches(timeRows));
  await importEvents(store, 'scores', toBatches(scoreRows));
  await importEvents(store, 'service', toBatches(serviceRows));
});
afterAll(() => store.close());

const kpi = (
  id: string,
  metric: KpiDefinition['metric'],
  extra: Partial<KpiDefinition> = {},
): KpiDefinition => ({
  id,
  metric,
  baseline,
  after,
  ...extra,
});
const byId = (results: KpiMeasurement[], id: string): KpiMeasurement => {
  const found = results.find((r) => r.kpiId === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};

describe('measureKpis, known answers', () => {
  test('shares of a funnel: reach, drop-off and conversion, with Benjamini–Hochberg across the KPIs', async () => {
    const results = await measureKpis(
      store,
      { dataset: 'funnel' },
      [
        kpi('reach', 'reachShare', { touchpointId: 'cart' }),
        kpi('drop', 'dropOffShare', { touchpointId: 'cart' }),
        kpi('convert', 'conversionShare', { touchpointId: 'cart', toTouchpointId: 'pay' }),
        kpi('visit', 'reachShare', { touchpointId: 'visit', target: 0.5 }),
      ],
      funnel,
    );
    // reach cart: 10/20 → 16/20. Pooled p̄ = 26/40 = 0.65, SE = √(0.65·0.35·(1/20 + 1/20)) = 0.150831,
    // z = 0.3/0.150831 = 1.988981, p = 0.046703. Wilson 10/20: [0.299298, 0.700702].
    const reach = byId(results, 'reach');
    expect(reach.test).toBe('two-proportion z');
    expect(reach.before).toEqual({
      value: 0.5,
      low: expect.closeTo(0.299298, 5) as number,
      high: expect.closeTo(0.700702, 5) as number,
      n: 20,
    });
    expect(reach.after.value).toBe(0.8);
    expect(reach.after.n).toBe(20);
    expect(reach.change.value).toBeCloseTo(0.3, 10);
    expect(reach.pValue).toBeCloseTo(0.046703, 5);
    // drop-off of cart (no pay at any time): 6/10 → 2/16 (the 2 "visit, pay, cart" journeys reach pay, a
    // later touchpoint, so they do not drop off). p̄ = 8/26, SE = √(8/26·18/26·(1/10 + 1/16)) = 0.186052,
    // z = −0.475/0.186052 = −2.553048, p = 0.010678.
    const drop = byId(results, 'drop');
    expect(drop.before).toMatchObject({ value: 0.6, n: 10 });
    expect(drop.after).toMatchObject({ value: 0.125, n: 16 });
    expect(drop.pValue).toBeCloseTo(0.010678, 5);
    // conversion cart → pay (pay after the first cart): 2/10 → 14/16. p̄ = 16/26,
    // SE = √(16/26·10/26·(1/10 + 1/16)) = 0.196116, z = 0.675/0.196116 = 3.441838, p = 0.000578.
    const convert = byId(results, 'convert');
    expect(convert.before).toMatchObject({ value: 0.2, n: 10 });
    expect(convert.after).toMatchObject({ value: 0.875, n: 16 });
    expect(convert.pValue).toBeCloseTo(0.000578, 5);
    // reach of visit: 20/20 both times, SE 0 → p = 1.
    const visit = byId(results, 'visit');
    expect(visit.pValue).toBe(1);
    // Benjamini–Hochberg over p = (0.046703, 0.010678, 0.000578, 1), m = 4: sorted 0.000578·4/1 = 0.002311,
    // 0.010678·4/2 = 0.021357, 0.046703·4/3 = 0.062271, 1·4/4 = 1 (each the minimum of itself and those above).
    expect(convert.adjustedPValue).toBeCloseTo(0.002311, 5);
    expect(drop.adjustedPValue).toBeCloseTo(0.021357, 5);
    expect(reach.adjustedPValue).toBeCloseTo(0.062271, 5);
    expect(visit.adjustedPValue).toBe(1);
    // Verdicts: conversion up (good) and drop-off down (good) are significant → improved. Reach is not
    // after BH; its default effect 5 points needs n = K·(0.5·0.5 + 0.55·0.45)/0.05² = 1,561.9 → 1,562 per
    // period, it has 20: too few. Visit's target 0.5 is an effect of 0.5 from 1 (p₂ = 0.5): n = K·(0 +
    // 0.25)/0.25 = 7.85 → 8 ≤ 20: no change.
    expect(convert.verdict).toBe('improved');
    expect(drop.verdict).toBe('improved');
    expect(reach.verdict).toBe('too-few');
    expect(reach.change).toMatchObject({ effect: 0.05, n: 20, needed: 1562 });
    expect(visit.verdict).toBe('no-change');
    expect(visit.change).toMatchObject({ effect: 0.5, n: 20, needed: 8 });
  });

  test('measureKpiGroups: KPIs on two datasets, Benjamini–Hochberg across all of them as one project', async () => {
    const funnelKpis = [
      kpi('reach', 'reachShare', { touchpointId: 'cart' }),
      kpi('drop', 'dropOffShare', { touchpointId: 'cart' }),
      kpi('convert', 'conversionShare', { touchpointId: 'cart', toTouchpointId: 'pay' }),
    ];
    const alone = await measureKpis(store, { dataset: 'funnel' }, funnelKpis, funnel);
    const both = await measureKpiGroups(store, [
      { scope: { dataset: 'funnel' }, kpis: funnelKpis, touchpoints: funnel },
      {
        scope: { dataset: 'funnel' },
        kpis: [kpi('visit', 'reachShare', { touchpointId: 'visit', target: 0.5 })],
        touchpoints: funnel,
      },
    ]);
    expect(both.map((r) => r.kpiId)).toEqual(['reach', 'drop', 'convert', 'visit']);
    // each group reads the same figures as alone …
    for (const r of alone) expect(byId(both, r.kpiId).pValue).toBe(r.pValue);
    // … and the adjustment runs over all four p-values (m = 4), as in the test above, not over three
    expect(byId(both, 'convert').adjustedPValue).toBeCloseTo(0.002311, 5);
    expect(byId(both, 'reach').adjustedPValue).toBeCloseTo(0.062271, 5);
    expect(byId(alone, 'reach').adjustedPValue).toBeCloseTo(0.046703, 5);
  });

  test('medianSecondsBetween: medians with their intervals, exact Mann–Whitney, worse when slower', async () => {
    const [time] = await measureKpis(
      store,
      { dataset: 'times' },
      [kpi('time', 'medianSecondsBetween', { touchpointId: 'x', toTouchpointId: 'y', target: 21 })],
      pair,
    );
    // Before 10, 20, 30, 40, 50: median 30; ranks ⌊5/2 − 1.96·√5/2⌋ = ⌊0.31⌋ → 1 and ⌈1 + 2.5 + 2.19⌉ = 6 → 5:
    // [10, 50]. After 60, 70, 80, 90: median 75, ranks 1 and ⌈1 + 2 + 1.96⌉ = 5 → 4: [60, 90].
    expect(time?.test).toBe('Mann–Whitney U');
    expect(time?.before).toEqual({ value: 30, low: 10, high: 50, n: 5 });
    expect(time?.after).toEqual({ value: 75, low: 60, high: 90, n: 4 });
    expect(time?.change).toMatchObject({ value: 45, low: null, high: null });
    // Every after time exceeds every before time: U = 20 of 20, U_min = 0; exact p = 2·1/C(9, 4) = 2/126.
    expect(time?.pValue).toBeCloseTo(2 / 126, 10);
    expect(time?.adjustedPValue).toBeCloseTo(2 / 126, 10);
    // Slower is worse (time down is good).
    expect(time?.verdict).toBe('worsened');
    // Power (Noether): target 21 = 30 − 9, scale 0.7; P(0.7·X′ < X) over the baseline's 25 pairs: X = 10 → 1,
    // 20 → 2, 30 → 4, 40 → 5, 50 → 5: 17/25 = 0.68; n = K/(6·0.18²) = 40.37 → 41.
    expect(time?.change).toMatchObject({ effect: 9, n: 4, needed: 41 });
  });

  test('nps, csat and ces: the NPS variance test and Welch, last answers, a touchpoint scope', async () => {
    const results = await measureKpis(
      store,
      { dataset: 'scores' },
      [kpi('nps', 'nps'), kpi('csat', 'csat', { touchpointId: 'help' }), kpi('ces', 'ces')],
      helpMap,
    );
    // NPS 100·(5 − 3)/10 = 20 → 100·(7 − 1)/10 = 60. var = [(p_P + p_D) − (p_P − p_D)²]/n: before
    // (0.8 − 0.04)/10 = 0.076, after (0.8 − 0.36)/10 = 0.044; SE of the difference 100·√0.12 = 34.641016,
    // z = 40/34.641016 = 1.154701, p = 0.248213; interval 40 ± 1.959964·34.641016 = [−27.895145, 107.895145].
    // Before's own interval: 20 ± 1.959964·100·√0.076 = [−34.032479, 74.032479].
    const n = byId(results, 'nps');
    expect(n.test).toBe('NPS variance z');
    expect(n.before.value).toBeCloseTo(20, 10);
    expect(n.before.low).toBeCloseTo(-34.032479, 5);
    expect(n.before.high).toBeCloseTo(74.032479, 5);
    expect(n.before.n).toBe(10);
    expect(n.after.value).toBeCloseTo(60, 10);
    expect(n.change.value).toBeCloseTo(40, 10);
    expect(n.change.low).toBeCloseTo(-27.895145, 5);
    expect(n.change.high).toBeCloseTo(107.895145, 5);
    expect(n.pValue).toBeCloseTo(0.248213, 5);
    // Default effect 5 points, pooled v = 12/20 + 4/20 − (8/20)² = 0.64: n = K·2·0.64·100²/5² = 4,018.6 → 4,019.
    expect(n.change).toMatchObject({ effect: 5, needed: 4019 });
    expect(n.verdict).toBe('too-few');
    // CSAT of journeys reaching help: 2, 3, 3, 4 (mean 3, s² = 2/3) → 4, 4, 5, 5 (mean 4.5, s² = 1/3):
    // Welch t = 1.5/√(2/3/4 + 1/3/4) = 1.5/0.5 = 3, df = 0.25²/((1/6)²/3 + (1/12)²/3) = 5.4, p = 0.027339,
    // interval [0.242824, 2.757176]. Before: 3 ± t(0.975, 3)·√(2/3)/2 = [1.700772, 4.299228].
    const csat = byId(results, 'csat');
    expect(csat.test).toBe('Welch t');
    expect(csat.before.value).toBe(3);
    expect(csat.before.low).toBeCloseTo(1.700772, 5);
    expect(csat.before.high).toBeCloseTo(4.299228, 5);
    expect(csat.before.n).toBe(4);
    expect(csat.after).toMatchObject({ value: 4.5, n: 4 });
    expect(csat.change.low).toBeCloseTo(0.242824, 5);
    expect(csat.change.high).toBeCloseTo(2.757176, 5);
    expect(csat.pValue).toBeCloseTo(0.027339, 5);
    // CES 3, 4, 5 → 5, 6, 7: t = 2/√(1/3 + 1/3) = 2.449490, df = 4, p = 0.070484.
    const ces = byId(results, 'ces');
    expect(ces.before).toMatchObject({ value: 4, n: 3 });
    expect(ces.after).toMatchObject({ value: 6, n: 3 });
    expect(ces.pValue).toBeCloseTo(0.070484, 5);
    // BH over (0.248213, 0.027339, 0.070484): 0.027339·3 = 0.082017, 0.070484·3/2 = 0.105726, 0.248213.
    expect(csat.adjustedPValue).toBeCloseTo(0.082017, 5);
    expect(ces.adjustedPValue).toBeCloseTo(0.105726, 5);
    expect(n.adjustedPValue).toBeCloseTo(0.248213, 5);
  });

  test('service metrics: repeat contacts, first-contact resolution, complaints, contacts per journey', async () => {
    const results = await measureKpis(
      store,
      { dataset: 'service' },
      [
        kpi('repeat', 'repeatContactShare'),
        kpi('fcr', 'firstContactResolutionShare'),
        kpi('complaints', 'complaintShare'),
        kpi('contacts', 'contactsPerJourney'),
      ],
      [],
      { service: { contactChannels: ['phone'] } },
    );
    // Repeat: of the journeys with a contact, those whose first contact is followed up within 7 days:
    // 2/4 → 1/4. p̄ = 3/8, SE = √(3/8·5/8·(1/4 + 1/4)) = 0.342327, z = −0.25/0.342327 = −0.730297, p = 0.465209.
    const repeatShare = byId(results, 'repeat');
    expect(repeatShare.before).toMatchObject({ value: 0.5, n: 4 });
    expect(repeatShare.after).toMatchObject({ value: 0.25, n: 4 });
    expect(repeatShare.pValue).toBeCloseTo(0.465209, 5);
    // First contact resolved (not followed up, not resolved = false): c2 of 4 → d1, d2, d3 of 4: 1/4 → 3/4.
    // p̄ = 1/2, SE = √(0.25·0.5) = 0.353553, z = 0.5/0.353553 = 1.414214, p = 0.157299.
    const fcr = byId(results, 'fcr');
    expect(fcr.before).toMatchObject({ value: 0.25, n: 4 });
    expect(fcr.after).toMatchObject({ value: 0.75, n: 4 });
    expect(fcr.pValue).toBeCloseTo(0.157299, 5);
    // Complaints: 1/6 → 0/6. p̄ = 1/12, SE = √(1/12·11/12·(1/6 + 1/6)) = 0.159571, z = −1.044466, p = 0.296270.
    const complaints = byId(results, 'complaints');
    expect(complaints.before.value).toBeCloseTo(1 / 6, 10);
    expect(complaints.after).toMatchObject({ value: 0, n: 6 });
    expect(complaints.pValue).toBeCloseTo(0.29627, 5);
    // Contacts per journey: 2, 2, 1, 1, 0, 0 (mean 1, s = 0.894427) → 2, 1, 1, 1, 0, 0 (mean 5/6, s = 0.752773):
    // Welch t = −0.349215, df = 9.716763, p = 0.734377, interval [−1.234286, 0.900953].
    const contacts = byId(results, 'contacts');
    expect(contacts.test).toBe('Welch t');
    expect(contacts.before).toMatchObject({ value: 1, n: 6 });
    expect(contacts.after.value).toBeCloseTo(5 / 6, 10);
    expect(contacts.pValue).toBeCloseTo(0.734377, 5);
    expect(contacts.change.low).toBeCloseTo(-1.234286, 5);
    expect(contacts.change.high).toBeCloseTo(0.900953, 5);
    // Default effect 10 % of the baseline's 1 contact: n = K·2·0.8/0.1² = 1,255.8 → 1,256.
    expect(contacts.change).toMatchObject({ needed: 1256 });
    expect(contacts.change.effect).toBeCloseTo(0.1, 10);
    expect(results.map((r) => r.verdict)).toEqual(['too-few', 'too-few', 'too-few', 'too-few']);
  });

  test('a persona segment narrows the journeys; an empty period is too few with no p-value', async () => {
    const [reach] = await measureKpis(
      store,
      { dataset: 'funnel' },
      [
        kpi('reach', 'reachShare', {
          touchpointId: 'pay',
          segment: {
            caseRule: { match: 'all', conditions: [{ field: 'activity', op: 'eq', value: 'cart' }] },
          },
        }),
      ],
      funnel,
    );
    // Journeys with a cart: before 10 (4 pay), after 16 (14 pay).
    expect(reach?.before).toMatchObject({ value: 0.4, n: 10 });
    expect(reach?.after).toMatchObject({ value: 0.875, n: 16 });
    const [empty] = await measureKpis(
      store,
      { dataset: 'funnel' },
      [kpi('empty', 'reachShare', { touchpointId: 'pay', after: { fromMs: 300 * day * 1000 } })],
      funnel,
    );
    expect(empty?.after).toEqual({ value: null, low: null, high: null, n: 0 });
    expect(empty?.pValue).toBeNull();
    expect(empty?.adjustedPValue).toBeNull();
    expect(empty?.verdict).toBe('too-few');
  });

  test('against a control segment: the segment (after) vs the control (before), both starting in the after period', async () => {
    const cart = {
      caseRule: {
        match: 'all' as const,
        conditions: [{ field: 'activity', op: 'eq' as const, value: 'cart' }],
      },
    };
    const noCart = {
      caseRule: {
        match: 'all' as const,
        conditions: [{ field: 'activity', op: 'neq' as const, value: 'cart' }],
      },
    };
    const [pay] = await measureKpis(
      store,
      { dataset: 'funnel' },
      [kpi('pay', 'reachShare', { touchpointId: 'pay', segment: cart, control: noCart })],
      funnel,
    );
    // After period: journeys with a cart event 16 (14 pay) against journeys with an event other than cart —
    // every journey has a visit, so all 20 (14 pay). 14/20 = 0.7 → 14/16 = 0.875: p̄ = 28/36,
    // SE = √(28/36·8/36·(1/20 + 1/16)) = 0.139443, z = 0.175/0.139443 = 1.254990, p = 0.209482.
    expect(pay?.before).toMatchObject({ value: 0.7, n: 20 });
    expect(pay?.after).toMatchObject({ value: 0.875, n: 16 });
    expect(pay?.pValue).toBeCloseTo(0.209482, 5);
  });

  test('a KPI that cannot be measured as defined is a KpiDefinitionError naming it', async () => {
    const fails = (k: KpiDefinition) => measureKpis(store, { dataset: 'funnel' }, [k], funnel);
    await expect(fails(kpi('a', 'reachShare'))).rejects.toThrow(KpiDefinitionError);
    await expect(fails(kpi('b', 'reachShare', { touchpointId: 'nope' }))).rejects.toThrow(/KPI b: .*nope/);
    await expect(fails(kpi('c', 'conversionShare', { touchpointId: 'cart' }))).rejects.toThrow(
      /toTouchpointId/,
    );
    await expect(fails(kpi('d', 'dropOffShare', { touchpointId: 'pay' }))).rejects.toThrow(/last measured/);
    await expect(fails(kpi('e', 'nps', { baseline: { fromMs: 10, toMs: 5 } }))).rejects.toThrow(
      /ends before it starts/,
    );
  });
});
