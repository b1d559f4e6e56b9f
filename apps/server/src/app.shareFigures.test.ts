import type { JourneyMap } from '@trailmap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from './testing/createTestApp.js';
import { createTestApp, type TestApp } from './testing/createTestApp.js';
import { SHOP_CSV, uploadCsvDataset } from './testing/uploadCsvDataset.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';

/**
 * Share links with measured figures: a link made with figures options serves the linked map's figures
 * through its token (GET /api/share/:token/measures) — the workspace route's answer with the link's period
 * and persona — and nothing for another map, a link without figures or a revoked link.
 */

// SHOP_CSV, plus a journey with a call (matching no touchpoint) between the visit and the cart
const CSV = `${SHOP_CSV}J8,visit site,2024-01-03T00:00:00Z,,,
J8,call,2024-01-03T00:01:00Z,phone,,
J8,add to cart,2024-01-03T00:02:00Z,,,
`;

let t: TestApp;
let people: People;
let seeded: SeededWorkspace;
let ws: string;
let journey: JourneyMap;
let url: string;
let socialPersona: string;

const publicGet = (path: string) => t.app.inject({ method: 'GET', url: path });

/** A map of `workspace` with three cards (two with matchers), linked to a new dataset of `csv`. */
async function makeLinkedMap(client: Client, workspace: string, csv: string): Promise<JourneyMap> {
  const base = `/api/workspaces/${workspace}`;
  const datasetId = await uploadCsvDataset(client, workspace, 'Shop', csv);
  const created = await client.request('POST', `${base}/journeys`, {
    title: 'Shop',
    template: 'see-think-do-care-love',
  });
  expect(created.statusCode, created.body).toBe(201);
  let map: JourneyMap = created.json().journey;
  const cards = [
    { title: 'Visited the site', phase: 0, matcher: { activities: ['visit site'] } },
    { title: 'Added to cart', phase: 2, matcher: { activities: ['add to cart'] } },
    { title: 'Thank-you mail', phase: 4, matcher: null },
  ];
  for (const [i, card] of cards.entries()) {
    const added = await client.request('POST', `${base}/journeys/${map.id}/touchpoints`, {
      version: map.version,
      phaseId: map.phases[card.phase]!.id,
      order: i,
      title: card.title,
      channel: 'web',
      matcher: card.matcher,
    });
    expect(added.statusCode, added.body).toBe(201);
    map = added.json().journey;
  }
  const linked = await client.request('PATCH', `${base}/journeys/${map.id}`, {
    version: map.version,
    datasetId,
  });
  expect(linked.statusCode, linked.body).toBe(200);
  return linked.json().journey;
}

async function share(body: object | undefined, client: Client = people.editor, mapUrl = url) {
  const created = await client.request('POST', `${mapUrl}/share-links`, body);
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { token: string; shareLink: { id: string; figures: unknown } };
}

beforeAll(async () => {
  t = await createTestApp();
  people = await signUpPeople(t.app, 'share-figures');
  seeded = await seedWorkspace(people);
  ws = `/api/workspaces/${seeded.workspaceId}`;
  journey = await makeLinkedMap(people.owner, seeded.workspaceId, CSV);
  url = `${ws}/journeys/${journey.id}`;
  const persona = await people.owner.request('POST', `${ws}/personas`, {
    name: 'Social',
    segmentRule: { match: 'all', conditions: [{ field: 'channel', op: 'eq', value: 'social' }] },
  });
  expect(persona.statusCode, persona.body).toBe(201);
  socialPersona = persona.json().persona.id;
});
afterAll(async () => t?.close());

describe('share links with figures', () => {
  it('stores the figures options and serves the same figures as the workspace route', async () => {
    const { token, shareLink } = await share({
      includeBackstage: true,
      figures: { curve: 'both', from: null, to: null },
    });
    expect(shareLink.figures).toEqual({ curve: 'both', from: null, to: null, personaId: null });
    const page = await publicGet(`/api/share/${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.json().figures).toEqual({ curve: 'both', from: null, to: null, personaId: null });

    const shared = await publicGet(`/api/share/${token}/measures`);
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.headers['cache-control']).toBe('no-store');
    const own = await people.viewer.request('GET', `${url}/measures`);
    expect(shared.json()).toEqual(own.json());
    expect(shared.json().journeys).toBe(8);
    // with back stage, the activity between two touchpoints that matches none is listed
    expect(shared.json().conformance.deviations).toContainEqual(
      expect.objectContaining({ kind: 'unmatched', activity: 'call' }),
    );
  });

  it("respects the link's period and persona", async () => {
    const { token } = await share({
      figures: { curve: 'measured', from: '2024-01-01', to: '2024-01-02', personaId: socialPersona },
    });
    const shared = (await publicGet(`/api/share/${token}/measures`)).json();
    const own = (
      await people.viewer.request(
        'GET',
        `${url}/measures?from=2024-01-01&to=2024-01-02&personaId=${socialPersona}`,
      )
    ).json();
    // J1 is the one journey with the social ad, in January
    expect(shared.journeys).toBe(1);
    // the shared page names the persona, which the map itself does not name
    expect((await publicGet(`/api/share/${token}`)).json().figures).toEqual({
      curve: 'measured',
      from: '2024-01-01',
      to: '2024-01-02',
      personaId: socialPersona,
      personaName: 'Social',
    });
    expect(shared.dataset).toMatchObject({ from: '2024-01-01', to: '2024-01-02', personaId: socialPersona });
    expect(shared).toEqual({
      ...own,
      conformance: { ...own.conformance, deviations: expect.any(Array) },
    });

    const { token: january } = await share({ figures: { from: '2024-01-01', to: '2024-02-01' } });
    // J5 pays in February
    expect((await publicGet(`/api/share/${january}/measures`)).json().journeys).toBe(7);
  });

  it('without back stage: the map hides its dataset link and matchers, and conformance its unmatched activities', async () => {
    const { token } = await share({ figures: { curve: 'designed', from: null, to: null } });
    const page = (await publicGet(`/api/share/${token}`)).json();
    expect(page.journey.datasetId).toBeNull();
    expect(page.journey.touchpoints.every((tp: { matcher: unknown }) => tp.matcher === null)).toBe(true);
    const shared = (await publicGet(`/api/share/${token}/measures`)).json();
    const own = (await people.viewer.request('GET', `${url}/measures`)).json();
    expect(shared.touchpoints).toEqual(own.touchpoints);
    expect(shared.conformance.followShare).toBe(own.conformance.followShare);
    expect(shared.conformance.deviations).toEqual(
      own.conformance.deviations.filter((d: { kind: string }) => d.kind !== 'unmatched'),
    );
    expect(shared.conformance.deviations.length).toBeLessThan(own.conformance.deviations.length);
  });

  it('404 for a link made without figures, a revoked link and an unknown token', async () => {
    const plain = await share(undefined);
    expect(plain.shareLink.figures).toBeNull();
    expect((await publicGet(`/api/share/${plain.token}`)).json().figures).toBeNull();
    expect((await publicGet(`/api/share/${plain.token}/measures`)).statusCode).toBe(404);

    const { token, shareLink } = await share({ figures: { from: null, to: null } });
    expect((await publicGet(`/api/share/${token}/measures`)).statusCode).toBe(200);
    const revoked = await people.editor.request('DELETE', `${url}/share-links/${shareLink.id}`);
    expect(revoked.statusCode).toBe(204);
    expect((await publicGet(`/api/share/${token}/measures`)).statusCode).toBe(404);
    expect((await publicGet(`/api/share/not-a-token/measures`)).statusCode).toBe(404);
  });

  it("a token answers only its own map: another workspace's link serves that map's figures, not ours", async () => {
    const theirs = await makeLinkedMap(people.outsider, people.otherWorkspaceId, SHOP_CSV);
    const theirUrl = `/api/workspaces/${people.otherWorkspaceId}/journeys/${theirs.id}`;
    const { token } = await share({ figures: { from: null, to: null } }, people.outsider, theirUrl);
    const answer = (await publicGet(`/api/share/${token}/measures`)).json();
    expect(answer.touchpoints.map((x: { touchpointId: string }) => x.touchpointId)).toEqual(
      theirs.touchpoints.map((tp) => tp.id),
    );
    expect(answer.journeys).toBe(7); // SHOP_CSV without J8
    const ours = new Set<string>(journey.touchpoints.map((tp) => tp.id));
    expect(answer.touchpoints.some((x: { touchpointId: string }) => ours.has(x.touchpointId))).toBe(false);
    // and they cannot share our map, nor with our persona
    const onOurs = await people.outsider.request('POST', `${url}/share-links`, { figures: {} });
    expect(onOurs.statusCode).toBe(404);
    const withOurPersona = await people.outsider.request('POST', `${theirUrl}/share-links`, {
      figures: { personaId: socialPersona, from: null, to: null },
    });
    expect(withOurPersona.statusCode).toBe(404);
  });

  it('refuses figures on an unlinked map (409), a backward period and a persona without a rule (400)', async () => {
    const created = await people.owner.request('POST', `${ws}/journeys`, {
      title: 'Unlinked',
      template: 'blank',
    });
    const unlinked = `${ws}/journeys/${created.json().journey.id}`;
    const notLinked = await people.editor.request('POST', `${unlinked}/share-links`, {
      figures: { from: null, to: null },
    });
    expect(notLinked.statusCode).toBe(409);
    expect(notLinked.json().error).toBe('not-linked');
    const backward = await people.editor.request('POST', `${url}/share-links`, {
      figures: { from: '2024-02-01', to: '2024-01-01' },
    });
    expect(backward.statusCode).toBe(400);
    expect(backward.json().issues[0].path).toBe('body.figures.to');
    const bare = await people.owner.request('POST', `${ws}/personas`, { name: 'No rule' });
    const noRule = await people.editor.request('POST', `${url}/share-links`, {
      figures: { from: null, to: null, personaId: bare.json().persona.id },
    });
    expect(noRule.statusCode).toBe(400);
    expect(noRule.json().issues[0].path).toBe('body.figures.personaId');
    const badCurve = await people.editor.request('POST', `${url}/share-links`, {
      figures: { curve: 'sideways', from: null, to: null },
    });
    expect(badCurve.statusCode).toBe(400);
    expect(badCurve.body).toContain('body.figures.curve');
  });

  it("the shared map's picture draws the link's figures; a link without figures draws none", async () => {
    const { token } = await share({ figures: { curve: 'both', from: null, to: null } });
    const picture = await publicGet(`/api/share/${token}/export?format=svg`);
    expect(picture.statusCode, picture.body).toBe(200);
    const own = (await people.viewer.request('GET', `${url}/measures`)).json();
    const visited = journey.touchpoints.find((tp) => tp.title === 'Visited the site')!;
    const reach = own.touchpoints.find(
      (x: { touchpointId: string }) => x.touchpointId === visited.id,
    ).reachShare;
    expect(picture.body).toContain(`>Reach ${Math.round(reach * 100)}%</tspan>`);
    const plain = await share(undefined);
    const without = await publicGet(`/api/share/${plain.token}/export?format=svg`);
    expect(without.statusCode).toBe(200);
    expect(without.body).not.toContain('figure-chip');
  });
});
