import type { JourneyMap } from '@trailmap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/createTestApp.js';
import { createShopMap } from './testing/createShopMap.js';
import { uploadCsvDataset } from './testing/uploadCsvDataset.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';

/**
 * Matcher suggestions over HTTP on the seven hand-made shop journeys (SHOP_CSV, testing/uploadCsvDataset.ts).
 * Events with a channel: J1 see ad (social), visit site, add to cart, pay by card (web); J3 see ad (web).
 */

const CARDS = [
  { title: 'Visited the site', channel: 'web', matcher: { activities: ['visit site'] } },
  {
    title: 'Paid by card',
    channel: 'web',
    matcher: { activities: ['pay'], properties: [{ key: 'method', op: 'eq', value: 'card' }] },
  },
  { title: 'Something on the web', channel: 'web', matcher: null },
  { title: 'Social', channel: 'social', matcher: null },
  { title: 'In the store', channel: 'store', matcher: null },
];

let t: TestApp;
let people: People;
let seeded: SeededWorkspace;
let url: string;
let journey: JourneyMap;
let datasetId: string;

const idOf = (title: string) => journey.touchpoints.find((tp) => tp.title === title)!.id;
const suggestionsOf = (client: keyof People, query: string) =>
  (people[client] as People['viewer']).request('GET', `${url}/matcher-suggestions?${query}`);

beforeAll(async () => {
  t = await createTestApp();
  people = await signUpPeople(t.app, 'suggest');
  seeded = await seedWorkspace(people);
  datasetId = await uploadCsvDataset(people.owner, seeded.workspaceId, 'Shop');
  ({ journey, url } = await createShopMap(
    people.owner,
    seeded.workspaceId,
    CARDS.map((card) => ({ ...card, phase: 1 })),
  ));
});
afterAll(async () => t?.close());

describe('GET …/journeys/:id/matcher-suggestions', () => {
  it('answers 409 not-linked before the map is linked', async () => {
    const response = await suggestionsOf('viewer', `touchpointId=${idOf('Social')}`);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toBe('not-linked');
  });

  it("gives a viewer the channel's activities that no other touchpoint matches, most events first", async () => {
    const linked = await people.editor.request('PATCH', url, { version: journey.version, datasetId });
    expect(linked.statusCode, linked.body).toBe(200);
    journey = linked.json().journey;

    const web = await suggestionsOf('viewer', `touchpointId=${idOf('Something on the web')}`);
    expect(web.statusCode, web.body).toBe(200);
    // J1's visit and card payment are other touchpoints'; add to cart happens 3 more times without a
    // channel, see ad once on social
    expect(web.json()).toEqual({
      touchpointId: idOf('Something on the web'),
      channel: 'web',
      suggestions: [
        { activity: 'add to cart', channel: 'web', events: 1, journeys: 1, otherChannelEvents: 3 },
        { activity: 'see ad', channel: 'web', events: 1, journeys: 1, otherChannelEvents: 1 },
      ],
    });
    // a touchpoint's own activities are not suggested to it; the others' events still count as theirs
    const visit = await suggestionsOf('viewer', `touchpointId=${idOf('Visited the site')}`);
    expect(visit.json().suggestions.map((s: { activity: string }) => s.activity)).toEqual([
      'add to cart',
      'see ad',
    ]);
    const social = await suggestionsOf('editor', `touchpointId=${idOf('Social')}&limit=5`);
    expect(social.json().suggestions).toEqual([
      { activity: 'see ad', channel: 'social', events: 1, journeys: 1, otherChannelEvents: 1 },
    ]);
    // no store events at all
    const store = await suggestionsOf('owner', `touchpointId=${idOf('In the store')}`);
    expect(store.json()).toMatchObject({ channel: 'store', suggestions: [] });
    // the channel the editor shows, before the card's new channel is saved
    const asWeb = await suggestionsOf('viewer', `touchpointId=${idOf('In the store')}&channel=web`);
    expect(asWeb.json().channel).toBe('web');
    expect(asWeb.json().suggestions.map((s: { activity: string }) => s.activity)).toEqual([
      'add to cart',
      'see ad',
    ]);
    const one = await suggestionsOf('viewer', `touchpointId=${idOf('Something on the web')}&limit=1`);
    expect(one.json().suggestions.map((s: { activity: string }) => s.activity)).toEqual(['add to cart']);
  });

  it('follows the stored matchers: a matcher given to the card takes its events out', async () => {
    const updated = await people.editor.request('PATCH', `${url}/touchpoints/${idOf('Social')}`, {
      version: journey.version,
      matcher: { activities: ['see ad'] },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    journey = updated.json().journey;
    const web = await suggestionsOf('viewer', `touchpointId=${idOf('Something on the web')}`);
    expect(web.json().suggestions.map((s: { activity: string }) => s.activity)).toEqual(['add to cart']);
  });

  it('404 for a touchpoint not on this map, another workspace or an outsider; 401 without a session', async () => {
    const elsewhere = await suggestionsOf('viewer', `touchpointId=${seeded.touchpointId}`);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().error).toBe('not-found');
    const outsider = await suggestionsOf('outsider', `touchpointId=${idOf('Social')}`);
    expect(outsider.statusCode).toBe(404);
    const theirs = `/api/workspaces/${people.otherWorkspaceId}/journeys/${journey.id}/matcher-suggestions?touchpointId=${idOf('Social')}`;
    expect((await people.outsider.request('GET', theirs)).statusCode).toBe(404);
    expect((await suggestionsOf('anonymous', `touchpointId=${idOf('Social')}`)).statusCode).toBe(401);
  });

  it('400 for a missing or malformed touchpoint id, a limit out of range and an unknown channel', async () => {
    for (const query of [
      '',
      'touchpointId=nope',
      `touchpointId=${idOf('Social')}&limit=0`,
      `touchpointId=${idOf('Social')}&limit=51`,
      `touchpointId=${idOf('Social')}&limit=two`,
      `touchpointId=${idOf('Social')}&channel=fax`,
    ]) {
      const response = await suggestionsOf('viewer', query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error, query).toBe('validation');
    }
  });
});
