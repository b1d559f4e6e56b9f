import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymousClient,
  createTestApp,
  signUp,
  type Client,
  type TestApp,
} from './testing/createTestApp.js';

let t: TestApp;
let owner: Client;
let viewer: Client;
let outsider: Client;
let ws: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'owner@example.com');
  outsider = await signUp(t.app, 'outsider@example.com');
  ws = (await owner.request('GET', '/api/workspaces')).json().workspaces[0].id;
  const invited = await owner.request('POST', `/api/workspaces/${ws}/members`, {
    email: 'viewer@example.com',
    role: 'viewer',
  });
  viewer = await signUp(t.app, 'viewer@example.com', undefined, invited.json().token);
});
afterAll(async () => t?.close());

const journeysUrl = () => `/api/workspaces/${ws}/journeys`;
const countJourneys = async () =>
  (await owner.request('GET', journeysUrl())).json().journeys.length as number;

interface Named {
  name: string;
}

describe('example maps', () => {
  it('GET /api/templates lists the examples beside the unchanged templates, in the asked language', async () => {
    const dutch = (await t.app.inject({ method: 'GET', url: '/api/templates?language=nl' })).json();
    expect(dutch.templates.map((tpl: { model: string }) => tpl.model)).toEqual([
      'see-think-do-care-love',
      'see-think-do-care',
      'orientation-purchase-use-service-billing',
      'awareness-consideration-purchase-retention-advocacy',
      'blank',
    ]);
    expect(
      dutch.examples.map(({ key, model, name, touchpointCount }: Record<string, unknown>) => ({
        key,
        model,
        name,
        touchpointCount,
      })),
    ).toEqual([
      {
        key: 'webshop-purchase',
        model: 'see-think-do-care-love',
        name: 'Online een espressomachine kopen',
        touchpointCount: 12,
      },
      {
        key: 'loan-application',
        model: 'orientation-purchase-use-service-billing',
        name: 'Een persoonlijke lening aanvragen',
        touchpointCount: 12,
      },
      {
        key: 'service-complaint',
        model: 'custom',
        name: 'Internet kapot: van storing tot klacht',
        touchpointCount: 11,
      },
    ]);
    expect(dutch.examples[1].phases.map((p: Named) => p.name)).toEqual([
      'Oriëntatie',
      'Aankoop',
      'Gebruik',
      'Service',
      'Facturatie',
    ]);
    const english = (await t.app.inject({ method: 'GET', url: '/api/templates' })).json();
    expect(english.examples[0].name).toBe('Buying an espresso machine online');
    expect(english.examples[0].description).not.toBe('');
  });

  it('POST /journeys with example and language nl makes the Dutch loan map with its cards, goal and scope', async () => {
    const r = await owner.request('POST', journeysUrl(), {
      title: 'Autolening',
      example: 'loan-application',
      language: 'nl',
    });
    expect(r.statusCode).toBe(201);
    const journey = r.json().journey;
    expect(journey.title).toBe('Autolening');
    expect(journey.phaseModel).toBe('orientation-purchase-use-service-billing');
    expect(journey.phases.map((p: Named) => p.name)).toEqual([
      'Oriëntatie',
      'Aankoop',
      'Gebruik',
      'Service',
      'Facturatie',
    ]);
    expect(journey.touchpoints).toHaveLength(12);
    expect(journey.touchpoints[0].title).toBe('Vergelijkt rentes');
    expect(journey.goal).toMatch(/^Snel 12\.000 euro lenen/);
    expect(journey.scope).not.toBe('');
    expect(journey.painPoints.length).toBeGreaterThanOrEqual(3);
    expect(journey.ideas.length).toBeGreaterThanOrEqual(3);
    // Stored as made: reading it back gives the same map.
    const read = await owner.request('GET', `${journeysUrl()}/${journey.id}`);
    expect(read.json().journey).toEqual(journey);
  });

  it('a map made twice from the same example has different ids; a goal sent wins over the example’s', async () => {
    const make = async () =>
      (
        await owner.request('POST', journeysUrl(), {
          title: 'Complaint',
          example: 'service-complaint',
          goal: 'Our own goal',
        })
      ).json().journey;
    const first = await make();
    const second = await make();
    expect(second.id).not.toBe(first.id);
    expect(second.phaseModel).toBe('custom');
    expect(second.goal).toBe('Our own goal');
    expect(second.phases.map((p: Named) => p.name)).toEqual(first.phases.map((p: Named) => p.name));
    const idsOf = (map: typeof first) =>
      ['phases', 'lanes', 'touchpoints', 'painPoints', 'ideas'].flatMap((kind) =>
        (map[kind] as { id: string }[]).map((item) => item.id),
      );
    const secondIds = new Set(idsOf(second));
    expect(idsOf(first).filter((id) => secondIds.has(id))).toEqual([]);
  });

  it('a template alone still makes an empty map, as before', async () => {
    const r = await owner.request('POST', journeysUrl(), { title: 'Empty', template: 'see-think-do-care' });
    expect(r.statusCode).toBe(201);
    expect(r.json().journey).toMatchObject({ phaseModel: 'see-think-do-care', goal: '', scope: '' });
    expect(r.json().journey.touchpoints).toEqual([]);
    const blank = await owner.request('POST', journeysUrl(), { title: 'Blank' });
    expect(blank.json().journey.phaseModel).toBe('blank');
  });

  it('an unknown example, or an example with a template, gets 400 naming the field and makes nothing', async () => {
    const before = await countJourneys();
    const unknown = await owner.request('POST', journeysUrl(), { title: 'X', example: 'mortgage' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues.map((i: { path: string }) => i.path)).toEqual(['body.example']);
    const both = await owner.request('POST', journeysUrl(), {
      title: 'X',
      example: 'webshop-purchase',
      template: 'blank',
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().issues.map((i: { path: string }) => i.path)).toEqual(['body.template']);
    expect(await countJourneys()).toBe(before);
  });

  it('making a map from an example needs a session (401), an editor (403) and a member (404), and the CSRF rule', async () => {
    const before = await countJourneys();
    const body = { title: 'X', example: 'webshop-purchase' };
    expect((await anonymousClient(t.app).request('POST', journeysUrl(), body)).statusCode).toBe(401);
    expect((await viewer.request('POST', journeysUrl(), body)).statusCode).toBe(403);
    expect((await outsider.request('POST', journeysUrl(), body)).statusCode).toBe(404);
    const crossSite = await owner.request('POST', journeysUrl(), body, { origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error).toBe('csrf');
    expect(await countJourneys()).toBe(before);
  });
});
