import type { JourneyMap } from '@trailmap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/createTestApp.js';
import { createShopMap } from './testing/createShopMap.js';
import { uploadCsvDataset } from './testing/uploadCsvDataset.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';

/**
 * The prioritisation view's answer on the hand-made Shop map over SHOP_CSV (seven journeys): which journeys
 * reach which touchpoint is worked out in app.journeyMeasures.test.ts — the ad on social J1; the site J1,
 * J2, J3, J4, J7; the cart J1, J2, J4, J7; a card payment J1, J5; the thank-you mail has no matcher.
 */
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

const tp = (title: string) => journey.touchpoints.find((x) => x.title === title)!.id;

interface Answer {
  criteria: { id: string; weight: number }[];
  formula: string;
  data: { dataset: { journeys: number } | null; reason: string | null };
  chosen: { count: number; limit: number };
  ideas: {
    id: string;
    title: string;
    score: number | null;
    scores: Record<string, { value: number | null; basis: string; measuredValue: number | null }>;
    measuredReach: { journeys: number; reachShare: number } | null;
    projects: { id: string; status: string }[];
  }[];
}

async function addIdea(fields: Record<string, unknown>): Promise<string> {
  const r = await people.editor.request('POST', `${url}/ideas`, { version: journey.version, ...fields });
  expect(r.statusCode, r.body).toBe(201);
  journey = r.json().journey;
  return r.json().idea.id;
}

async function priorities(): Promise<Answer> {
  const r = await people.viewer.request('GET', `${url}/priorities`);
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}

beforeAll(async () => {
  t = await createTestApp();
  people = await signUpPeople(t.app, 'priorities');
  seeded = await seedWorkspace(people);
  ws = `/api/workspaces/${seeded.workspaceId}`;
  const datasetId = await uploadCsvDataset(people.owner, seeded.workspaceId, 'Shop');
  ({ journey, url } = await createShopMap(
    people.owner,
    seeded.workspaceId,
    Object.entries(MATCHERS).map(([title, matcher], i) => ({ title, matcher, phase: [0, 0, 2, 2, 4][i]! })),
  ));
  const linked = await people.editor.request('PATCH', url, { version: journey.version, datasetId });
  expect(linked.statusCode, linked.body).toBe(200);
  journey = linked.json().journey;
});
afterAll(async () => t?.close());

describe('GET …/journeys/:id/priorities', () => {
  it('pre-fills reach from the journeys reaching any of an idea’s touchpoints (the union), marked measured', async () => {
    // checkout: card payment J1, J5 + cart J1, J2, J4, J7 → 5 of 7 (more than either touchpoint alone: 4)
    const checkout = await addIdea({
      title: 'One-page checkout',
      touchpointIds: [tp('Paid by card'), tp('Added to cart')],
      feasibility: 4,
      scores: { frequency: 3 },
      source: { kind: 'drop-off', note: 'Cart: 43 % drop-off', touchpointId: tp('Added to cart') },
    });
    // ad + card payment: J1 (both, counted once) and J5 → 2 of 7 = 29 % → 3 (the sum, 3 of 7 = 43 %, would be 4)
    const adPay = await addIdea({
      title: 'Pay from the ad',
      touchpointIds: [tp('Saw the ad'), tp('Paid by card')],
    });
    // no matcher: the typed reach stands, estimated
    const mail = await addIdea({ title: 'Friendlier mail', touchpointIds: [tp('Thank-you mail')], reach: 2 });
    // the team overrode the measured reach (site: 5 of 7 → 5) with 1
    const site = await addIdea({
      title: 'Faster site',
      touchpointIds: [tp('Visited the site')],
      reach: 1,
      scoreBasis: { reach: 'estimated', satisfaction: 'measured' },
    });

    const answer = await priorities();
    expect(answer.data.dataset?.journeys).toBe(7);
    expect(answer.data.reason).toBeNull();
    expect(answer.criteria).toEqual([
      { id: 'reach', weight: 1 },
      { id: 'frequency', weight: 1 },
      { id: 'feasibility', weight: 1 },
      { id: 'prospects', weight: 0 },
      { id: 'media', weight: 0 },
      { id: 'brand', weight: 0 },
      { id: 'satisfaction', weight: 0 },
    ]);
    expect(answer.formula).toContain('Σ wᵢ·sᵢ / Σ wᵢ');
    const byId = new Map(answer.ideas.map((i) => [i.id, i]));
    expect(byId.get(checkout)!.measuredReach).toEqual({ journeys: 5, reachShare: 5 / 7 });
    expect(byId.get(checkout)!.scores.reach).toEqual({ value: 5, basis: 'measured', measuredValue: 5 });
    // (5 + 3 + 4) / 3 = 4
    expect(byId.get(checkout)!.score).toBe(4);
    expect(byId.get(adPay)!.measuredReach).toEqual({ journeys: 2, reachShare: 2 / 7 });
    expect(byId.get(adPay)!.scores.reach).toMatchObject({ value: 3, basis: 'measured' });
    // only reach is scored: the score is that reach
    expect(byId.get(adPay)!.score).toBe(3);
    expect(byId.get(mail)!.measuredReach).toBeNull();
    expect(byId.get(mail)!.scores.reach).toEqual({ value: 2, basis: 'estimated', measuredValue: null });
    expect(byId.get(site)!.scores.reach).toEqual({ value: 1, basis: 'estimated', measuredValue: 5 });
    expect(byId.get(checkout)!.scores.frequency).toEqual({
      value: 3,
      basis: 'estimated',
      measuredValue: null,
    });
  });

  it('scores with the workspace’s weights once an owner changes them', async () => {
    const set = await people.owner.request('PATCH', `${ws}/settings`, {
      criterionWeights: { reach: 2, frequency: 0 },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().settings.criterionWeights).toMatchObject({ reach: 2, frequency: 0, feasibility: 1 });
    const answer = await priorities();
    const checkout = answer.ideas.find((i) => i.title === 'One-page checkout')!;
    // (2·5 + 1·4) / 3 = 14 / 3; frequency no longer counts
    expect(checkout.score).toBeCloseTo(14 / 3, 12);
    const reset = await people.owner.request('PATCH', `${ws}/settings`, {
      criterionWeights: { reach: 1, frequency: 1 },
    });
    expect(reset.statusCode).toBe(200);
  });

  it('lists the projects that carry an idea out, and the chosen count against the limit', async () => {
    const idea = journey.ideas.find((i) => i.title === 'Faster site')!;
    const created = await people.editor.request('POST', `${ws}/projects`, {
      journeyId: journey.id,
      title: 'Faster site',
      ideaIds: [idea.id],
      status: 'chosen',
    });
    expect(created.statusCode, created.body).toBe(201);
    const answer = await priorities();
    expect(answer.chosen).toEqual({ count: 1, limit: 5 });
    expect(answer.ideas.find((i) => i.id === idea.id)!.projects).toEqual([
      { id: created.json().project.id, title: 'Faster site', status: 'chosen' },
    ]);
  });

  it('answers an unlinked map with every score estimated and the reason', async () => {
    const unlinked = await people.owner.request('POST', `${ws}/journeys`, {
      title: 'Plain',
      template: 'blank',
    });
    const plainUrl = `${ws}/journeys/${unlinked.json().journey.id}`;
    const r = await people.viewer.request('GET', `${plainUrl}/priorities`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ data: { dataset: null, reason: 'not-linked' }, ideas: [] });
  });

  it('401 without credentials, 404 for an outsider, another workspace’s map or an unknown map', async () => {
    expect((await people.anonymous.request('GET', `${url}/priorities`)).statusCode).toBe(401);
    expect((await people.outsider.request('GET', `${url}/priorities`)).statusCode).toBe(404);
    const theirs = await people.outsider.request(
      'POST',
      `/api/workspaces/${people.otherWorkspaceId}/journeys`,
      {
        title: 'Theirs',
        template: 'blank',
      },
    );
    const theirId: string = theirs.json().journey.id;
    expect((await people.owner.request('GET', `${ws}/journeys/${theirId}/priorities`)).statusCode).toBe(404);
    expect(
      (await people.owner.request('GET', `${ws}/journeys/jrn_unknown000000/priorities`)).statusCode,
    ).toBe(404);
  });

  it('only owners change the weights; a bad weight is a 400 naming the field and writes nothing', async () => {
    expect(
      (await people.editor.request('PATCH', `${ws}/settings`, { criterionWeights: { media: 1 } })).statusCode,
    ).toBe(403);
    expect(
      (await people.viewer.request('PATCH', `${ws}/settings`, { criterionWeights: { media: 1 } })).statusCode,
    ).toBe(403);
    const bad = await people.owner.request('PATCH', `${ws}/settings`, { criterionWeights: { media: -1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('criterionWeights.media');
    const none = await people.owner.request('PATCH', `${ws}/settings`, {
      criterionWeights: { reach: 0, frequency: 0, feasibility: 0 },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().message).toContain('body.criterionWeights');
    const settings = (await people.viewer.request('GET', `${ws}/settings`)).json().settings;
    expect(settings.criterionWeights).toMatchObject({ reach: 1, frequency: 1, feasibility: 1, media: 0 });
  });
});
