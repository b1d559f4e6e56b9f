import { benjaminiHochberg, twoProportionZTest } from '@trailmap/analytics';
import type { JourneyMap } from '@trailmap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/createTestApp.js';
import { createShopMap } from './testing/createShopMap.js';
import { uploadCsvDataset } from './testing/uploadCsvDataset.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';

/**
 * The measured map over HTTP: a map linked to a dataset uploaded through the API, with matchers on its
 * touchpoints, answers the figures of docs/measured-map.md — hand-computed here on seven journeys.
 */

// The journeys: SHOP_CSV (testing/uploadCsvDataset.ts), those of the engine's own known-answer test

const MATCHERS: Record<string, object | null> = {
  'Saw the ad': { activities: ['see ad'], channels: ['social'] },
  'Visited the site': { activities: ['visit site'] },
  'Added to cart': { activities: ['add to cart'] },
  'Paid by card': { activities: ['pay'], properties: [{ key: 'method', op: 'eq', value: 'card' }] },
  'Thank-you mail': null,
};

let t: TestApp;
let people: People;
let seeded: SeededWorkspace;
let ws: string;
let url: string;
let journey: JourneyMap;
let datasetId: string;

beforeAll(async () => {
  t = await createTestApp();
  people = await signUpPeople(t.app, 'measures');
  seeded = await seedWorkspace(people);
  ws = `/api/workspaces/${seeded.workspaceId}`;
  datasetId = await uploadCsvDataset(people.owner, seeded.workspaceId, 'Shop');
  // two cards in the first phase, two in the third, one in the last; in this order
  const phaseOf = [0, 0, 2, 2, 4];
  ({ journey, url } = await createShopMap(
    people.owner,
    seeded.workspaceId,
    Object.entries(MATCHERS).map(([title, matcher], i) => ({ title, matcher, phase: phaseOf[i]! })),
  ));
});
afterAll(async () => t?.close());

const byTitle = (title: string) => journey.touchpoints.find((tp) => tp.title === title)!.id;

describe('GET …/journeys/:id/measures', () => {
  it('answers 409 not-linked before the map is linked, then the hand-computed figures', async () => {
    const before = await people.viewer.request('GET', `${url}/measures`);
    expect(before.statusCode).toBe(409);
    expect(before.json().error).toBe('not-linked');
    const linked = await people.editor.request('PATCH', url, { version: journey.version, datasetId });
    expect(linked.statusCode, linked.body).toBe(200);
    journey = linked.json().journey;

    const response = await people.viewer.request('GET', `${url}/measures`);
    expect(response.statusCode, response.body).toBe(200);
    const m = response.json();
    expect(m.dataset).toMatchObject({ id: datasetId, name: 'Shop' });
    // no period asked for: the figures cover the dataset's first to last event
    expect(m.dataset).toMatchObject({
      firstEventAt: '2024-01-01T00:00:00.000Z',
      lastEventAt: '2024-02-01T00:00:00.000Z',
      period: { from: '2024-01-01T00:00:00.000Z', to: '2024-02-01T00:00:00.000Z' },
    });
    expect(m.journeys).toBe(7);
    const figure = (title: string) =>
      m.touchpoints.find((x: { touchpointId: string }) => x.touchpointId === byTitle(title));
    expect(m.touchpoints.map((x: { touchpointId: string }) => x.touchpointId)).toEqual(
      Object.keys(MATCHERS).map(byTitle),
    );
    expect(figure('Saw the ad')).toMatchObject({
      matchedEvents: 1,
      journeys: 1,
      dropOffShare: 0,
      medianSecondsToNext: 60,
    });
    expect(figure('Visited the site')).toMatchObject({
      matchedEvents: 6,
      journeys: 5,
      dropOffShare: 0.2,
      medianSecondsToNext: 60,
      nps: { n: 3 },
    });
    expect(figure('Visited the site').nps.value).toBeCloseTo(100 / 3, 10);
    expect(figure('Added to cart')).toMatchObject({
      journeys: 4,
      dropOffShare: 0.75,
      medianSecondsToNext: 180,
    });
    expect(figure('Paid by card')).toMatchObject({
      journeys: 2,
      dropOffShare: null,
      medianSecondsToNext: null,
    });
    expect(figure('Thank-you mail')).toMatchObject({ journeys: null, reachShare: null, nps: null });
    const [see, , doPhase, , love] = m.phases;
    expect(see).toMatchObject({ phaseId: journey.phases[0]!.id, journeys: 5 });
    expect(doPhase).toMatchObject({ journeys: 5 });
    expect(love).toMatchObject({ journeys: null });
    // J4 goes back from the cart to the visit; the others with a touchpoint follow the design
    expect(m.conformance.followShare).toBeCloseTo(5 / 6, 12);
    expect(m.conformance.deviations).toContainEqual({
      kind: 'backward',
      fromTouchpointId: byTitle('Added to cart'),
      toTouchpointId: byTitle('Visited the site'),
      journeys: 1,
      share: 1 / 6,
    });
  });

  it('conformance.flow is the actual journey over the touchpoints, counted by hand', async () => {
    const response = await people.viewer.request('GET', `${url}/measures`);
    expect(response.statusCode, response.body).toBe(200);
    const { flow } = response.json().conformance;
    // first-reached orders: J1 ad, visit, cart, pay; J2 and J7 visit, cart; J3 visit; J4 cart, visit
    // (pays cash); J5 pay; J6 nothing (not counted): six journeys
    const [ad, visit, cart, pay] = ['Saw the ad', 'Visited the site', 'Added to cart', 'Paid by card'].map(
      byTitle,
    );
    expect(flow.nodes).toEqual([
      { touchpointId: ad, journeys: 1 },
      { touchpointId: visit, journeys: 5 },
      { touchpointId: cart, journeys: 4 },
      { touchpointId: pay, journeys: 2 },
    ]);
    const edge = (from: string, to: string, journeys: number, direction: string) => ({
      fromTouchpointId: from,
      toTouchpointId: to,
      journeys,
      share: journeys / 6,
      direction,
    });
    expect(flow.edges).toEqual([
      edge(visit!, cart!, 3, 'forward'),
      edge(ad!, visit!, 1, 'forward'),
      edge(cart!, visit!, 1, 'backward'),
      edge(cart!, pay!, 1, 'forward'),
    ]);
    const end = (touchpointId: string, journeys: number) => ({ touchpointId, journeys, share: journeys / 6 });
    expect(flow.starts).toEqual([end(visit!, 3), end(ad!, 1), end(cart!, 1), end(pay!, 1)]);
    expect(flow.ends).toEqual([end(visit!, 2), end(cart!, 2), end(pay!, 2)]);
  });

  it('from / to narrow the period; a period the wrong way round is 400', async () => {
    const january = await people.viewer.request('GET', `${url}/measures?from=2024-01-01&to=2024-01-31`);
    expect(january.statusCode, january.body).toBe(200);
    // J5 (February) drops out
    expect(january.json().journeys).toBe(6);
    expect(january.json().dataset).toMatchObject({
      from: '2024-01-01',
      to: '2024-01-31',
      period: { from: '2024-01-01T00:00:00.000Z', to: '2024-01-31T00:00:00.000Z' },
    });
    const wrong = await people.viewer.request('GET', `${url}/measures?from=2024-02-01&to=2024-01-01`);
    expect(wrong.statusCode).toBe(400);
    expect((await people.viewer.request('GET', `${url}/measures?from=yesterday`)).statusCode).toBe(400);
  });

  it('another workspace gets 404 for the map; an outsider key or session cannot read it', async () => {
    const outsider = await people.outsider.request('GET', `${url}/measures`);
    expect(outsider.statusCode).toBe(404);
    const theirs = `/api/workspaces/${people.otherWorkspaceId}/journeys/${journey.id}/measures`;
    expect((await people.outsider.request('GET', theirs)).statusCode).toBe(404);
    expect((await people.outsider.request('GET', `${url}/drivers`)).statusCode).toBe(404);
  });
});

describe('GET …/journeys/:id/measures/compare', () => {
  const januaryVsFebruary =
    'beforeFrom=2024-01-01&beforeTo=2024-02-01&afterFrom=2024-02-01&afterTo=2024-03-01';

  it('compares the journeys that start in each period, with the hand-computed changes', async () => {
    const response = await people.viewer.request('GET', `${url}/measures/compare?${januaryVsFebruary}`);
    expect(response.statusCode, response.body).toBe(200);
    const c = response.json();
    // January: J1, J2, J3, J4, J6, J7; February: J5 only
    expect(c.before).toEqual({ from: '2024-01-01', to: '2024-02-01', journeys: 6 });
    expect(c.after).toEqual({ from: '2024-02-01', to: '2024-03-01', journeys: 1 });
    const change = (title: string) =>
      c.touchpoints.find((x: { touchpointId: string }) => x.touchpointId === byTitle(title));
    // Paid by card: J1 of 6 in January, J5 of 1 in February
    const pay = change('Paid by card').reachShare;
    expect(pay.before).toBeCloseTo(1 / 6, 12);
    expect(pay.after).toBe(1);
    expect(pay.difference).toBeCloseTo(5 / 6, 12);
    expect(pay.pValue).toBeCloseTo(
      twoProportionZTest({ successes: 1, n: 1 }, { successes: 1, n: 6 }).pValue,
      12,
    );
    // Visited the site: 5 of 6, then 0 of 1; no journey reaches it in February, so no drop-off or NPS test
    expect(change('Visited the site').reachShare).toMatchObject({ before: 5 / 6, after: 0 });
    expect(change('Visited the site').dropOffShare).toBeNull();
    expect(change('Visited the site').nps).toBeNull();
    expect(change('Thank-you mail')).toEqual({
      touchpointId: byTitle('Thank-you mail'),
      reachShare: null,
      dropOffShare: null,
      nps: null,
    });
    // the four reach tests, adjusted together
    const tests = c.touchpoints.flatMap((x: Record<string, { pValue: number } | null>) =>
      [x.reachShare, x.dropOffShare, x.nps].filter((y) => y !== null),
    );
    expect(tests).toHaveLength(4);
    const adjusted = benjaminiHochberg(tests.map((x: { pValue: number }) => x.pValue));
    tests.forEach((x: { adjustedPValue: number; significant: boolean }, i: number) => {
      expect(x.adjustedPValue).toBeCloseTo(adjusted[i]!, 12);
      expect(x.significant).toBe(x.adjustedPValue < 0.05);
    });
    // asked again: the cached answer
    const again = await people.viewer.request('GET', `${url}/measures/compare?${januaryVsFebruary}`);
    expect(again.json()).toEqual(c);
  });

  it('refuses a missing, empty or backward period with 400 naming the field', async () => {
    const ask = (query: string) => people.viewer.request('GET', `${url}/measures/compare?${query}`);
    const missing = await ask('beforeFrom=2024-01-01&beforeTo=2024-02-01&afterFrom=2024-02-01');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues[0].path).toBe('query.afterTo');
    const empty = await ask(
      'beforeFrom=2024-01-01&beforeTo=2024-01-01&afterFrom=2024-02-01&afterTo=2024-03-01',
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().issues[0].path).toBe('query.beforeTo');
    const backward = await ask(
      'beforeFrom=2024-01-01&beforeTo=2024-02-01&afterFrom=2024-03-01&afterTo=2024-02-01',
    );
    expect(backward.statusCode).toBe(400);
    expect(backward.json().issues[0].path).toBe('query.afterTo');
    const notADate = await ask('beforeFrom=soon&beforeTo=2024-02-01&afterFrom=2024-02-01&afterTo=2024-03-01');
    expect(notADate.statusCode).toBe(400);
    expect(notADate.body).toContain('beforeFrom');
  });

  it('another workspace gets 404 for the map', async () => {
    const outsider = await people.outsider.request('GET', `${url}/measures/compare?${januaryVsFebruary}`);
    expect(outsider.statusCode).toBe(404);
    const theirs = `/api/workspaces/${people.otherWorkspaceId}/journeys/${journey.id}/measures/compare?${januaryVsFebruary}`;
    expect((await people.outsider.request('GET', theirs)).statusCode).toBe(404);
  });
});

describe('GET …/journeys/:id/drivers', () => {
  it('answers every touchpoint with a matcher, ranked, with the vital few', async () => {
    const response = await people.viewer.request('GET', `${url}/drivers?outcome=nps`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.outcome).toBe('nps');
    // journeys with an NPS answer: J1, J2, J3
    expect(body.journeys).toBe(3);
    expect(body.drivers.map((d: { touchpointId: string }) => d.touchpointId).sort()).toEqual(
      ['Saw the ad', 'Visited the site', 'Added to cart', 'Paid by card'].map(byTitle).sort(),
    );
    for (const driver of body.drivers)
      expect(Object.keys(driver).sort()).toEqual([
        'cumulativeShare',
        'importance',
        'share',
        'touchpointId',
        'vitalFew',
      ]);
  });

  it('conversion needs a touchpoint of the map with a matcher (400 naming touchpointId)', async () => {
    const missing = await people.viewer.request('GET', `${url}/drivers?outcome=conversion`);
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('touchpointId');
    const noMatcher = await people.viewer.request(
      'GET',
      `${url}/drivers?outcome=conversion&touchpointId=${byTitle('Thank-you mail')}`,
    );
    expect(noMatcher.statusCode).toBe(400);
    const ok = await people.viewer.request(
      'GET',
      `${url}/drivers?outcome=conversion&touchpointId=${byTitle('Paid by card')}`,
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      outcome: 'conversion',
      touchpointId: byTitle('Paid by card'),
      journeys: 7,
    });
    expect((await people.viewer.request('GET', `${url}/drivers?outcome=loyalty`)).statusCode).toBe(400);
  });
});

describe('GET …/journeys/:id/matcher-count', () => {
  const count = (client: People['owner'], matcher: unknown, base = url) =>
    client.request(
      'GET',
      `${base}/matcher-count?matcher=${encodeURIComponent(typeof matcher === 'string' ? matcher : JSON.stringify(matcher))}`,
    );

  it('counts the events a matcher matches and their journeys on the linked dataset (viewers may ask)', async () => {
    const visits = await count(people.viewer, { activities: ['visit site'] });
    expect(visits.statusCode, visits.body).toBe(200);
    // J1 1, J2 2, J3 1, J4 1, J7 1
    expect(visits.json()).toEqual({ matchedEvents: 6, journeys: 5 });
    const card = await count(people.viewer, {
      activities: ['pay'],
      properties: [{ key: 'method', op: 'eq', value: 'card' }],
    });
    expect(card.json()).toEqual({ matchedEvents: 2, journeys: 2 });
    const social = await count(people.viewer, { activities: ['see ad'], channels: ['social'] });
    expect(social.json()).toEqual({ matchedEvents: 1, journeys: 1 });
    const two = await count(people.viewer, { activities: ['see ad', 'call'] });
    expect(two.json()).toEqual({ matchedEvents: 3, journeys: 3 });
    const none = await count(people.viewer, { activities: ['no such step'] });
    expect(none.json()).toEqual({ matchedEvents: 0, journeys: 0 });
  });

  it('refuses a bad matcher with 400 naming the field', async () => {
    const empty = await count(people.viewer, { activities: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().issues[0].path).toBe('query.matcher.activities');
    const misspelt = await count(people.viewer, { activities: ['pay'], channel: ['web'] });
    expect(misspelt.statusCode).toBe(400);
    expect(misspelt.json().issues[0].path).toMatch(/^query\.matcher/);
    const op = await count(people.viewer, {
      activities: ['pay'],
      properties: [{ key: 'method', op: 'like', value: 'c' }],
    });
    expect(op.statusCode).toBe(400);
    expect(op.json().issues[0].path).toMatch(/^query\.matcher\.properties\.0/);
    const broken = await count(people.viewer, '{not json');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().issues[0].path).toBe('query.matcher');
    expect((await people.viewer.request('GET', `${url}/matcher-count`)).statusCode).toBe(400);
  });

  it('another workspace gets 404; an unlinked map is 409 not-linked', async () => {
    const outsider = await count(people.outsider, { activities: ['pay'] });
    expect(outsider.statusCode).toBe(404);
    const created = await people.owner.request('POST', `${ws}/journeys`, {
      title: 'Unlinked',
      template: 'blank',
    });
    const unlinked = `${ws}/journeys/${created.json().journey.id}`;
    const answer = await count(people.viewer, { activities: ['pay'] }, unlinked);
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error).toBe('not-linked');
  });
});

describe('…/measures?personaId= (a persona in the data)', () => {
  async function persona(body: object): Promise<string> {
    const created = await people.owner.request('POST', `${ws}/personas`, { name: 'Segment', ...body });
    expect(created.statusCode, created.body).toBe(201);
    return created.json().persona.id;
  }

  it('keeps the journeys in which each condition of the segment rule is met by some event', async () => {
    // J1 saw the social ad; J1 and J5 paid by card
    const social = await persona({
      segmentRule: { match: 'all', conditions: [{ field: 'channel', op: 'eq', value: 'social' }] },
    });
    const card = await persona({
      segmentRule: { match: 'all', conditions: [{ field: 'properties.method', op: 'eq', value: 'card' }] },
    });
    const either = await persona({
      segmentRule: {
        match: 'any',
        conditions: [
          { field: 'channel', op: 'eq', value: 'social' },
          { field: 'properties.method', op: 'in', value: ['cash'] },
        ],
      },
    });
    const of = async (id: string) =>
      (await people.viewer.request('GET', `${url}/measures?personaId=${id}`)).json();
    const socialMeasures = await of(social);
    expect(socialMeasures.journeys).toBe(1);
    expect(socialMeasures.dataset.personaId).toBe(social);
    expect((await of(card)).journeys).toBe(2);
    // J1 (social) and J4 (cash)
    const eitherMeasures = await of(either);
    expect(eitherMeasures.journeys).toBe(2);
    const visit = eitherMeasures.touchpoints.find(
      (x: { touchpointId: string }) => x.touchpointId === byTitle('Visited the site'),
    );
    expect(visit).toMatchObject({ journeys: 2, reachShare: 1 });
    // then vs now follows the persona: of J1 and J5, J1 starts in January and J5 in February
    const compared = await people.viewer.request(
      'GET',
      `${url}/measures/compare?beforeFrom=2024-01-01&beforeTo=2024-02-01&afterFrom=2024-02-01&afterTo=2024-03-01&personaId=${card}`,
    );
    expect(compared.statusCode, compared.body).toBe(200);
    expect(compared.json().before.journeys).toBe(1);
    expect(compared.json().after.journeys).toBe(1);
    // the persona's answer and everyone's are cached apart
    expect((await of(card)).dataset.personaId).toBe(card);
    const drivers = await people.viewer.request('GET', `${url}/drivers?outcome=nps&personaId=${card}`);
    expect(drivers.statusCode, drivers.body).toBe(200);
    // of J1 and J5 only J1 answered NPS
    expect(drivers.json().journeys).toBe(1);
  });

  it('a persona without a rule, or with a field the data lacks, is 400; another workspace’s is 404', async () => {
    const bare = await persona({});
    const noRule = await people.viewer.request('GET', `${url}/measures?personaId=${bare}`);
    expect(noRule.statusCode).toBe(400);
    expect(noRule.body).toContain('query.personaId');
    const aged = await persona({
      segmentRule: { match: 'all', conditions: [{ field: 'age', op: 'gt', value: 40 }] },
    });
    const unreadable = await people.viewer.request('GET', `${url}/measures?personaId=${aged}`);
    expect(unreadable.statusCode).toBe(400);
    expect(unreadable.body).toContain('properties.<key>');
    const theirs = await people.viewer.request('GET', `${url}/measures?personaId=${people.otherPersonaId}`);
    expect(theirs.statusCode).toBe(404);
    const compareBare = await people.viewer.request(
      'GET',
      `${url}/measures/compare?beforeFrom=2024-01-01&beforeTo=2024-02-01&afterFrom=2024-02-01&afterTo=2024-03-01&personaId=${bare}`,
    );
    expect(compareBare.statusCode).toBe(400);
    expect(compareBare.body).toContain('query.personaId');
  });
});
