import type { JourneyMap } from '@trailmap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/createTestApp.js';
import { createShopMap } from './testing/createShopMap.js';
import { uploadCsvDataset } from './testing/uploadCsvDataset.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';

/**
 * Picture exports with the measured figures (`figures=true`, `curve=`): a linked map's export draws the
 * engine's figures as chips; without the option, or for a map that is not linked, it draws none.
 */

let t: TestApp;
let people: People;
let seeded: SeededWorkspace;
let ws: string;
let url: string;
let journey: JourneyMap;
let datasetId: string;

beforeAll(async () => {
  t = await createTestApp();
  people = await signUpPeople(t.app, 'export-figures');
  seeded = await seedWorkspace(people);
  ws = `/api/workspaces/${seeded.workspaceId}`;
  datasetId = await uploadCsvDataset(people.owner, seeded.workspaceId, 'Shop');
  const cards = [
    { title: 'Visited the site', phase: 0, matcher: { activities: ['visit site'] } },
    { title: 'Added to cart', phase: 2, matcher: { activities: ['add to cart'] } },
    { title: 'Thank-you mail', phase: 4, matcher: null },
  ];
  ({ journey, url } = await createShopMap(people.owner, seeded.workspaceId, cards));
});
afterAll(async () => t?.close());

describe('GET …/journeys/:id/export with figures', () => {
  it('ignores figures=true while the map is not linked', async () => {
    const r = await people.viewer.request('GET', `${url}/export?format=svg&figures=true&curve=both`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.body).not.toContain('figure-chip');
    expect(r.body).not.toContain('measured-curve');
  });

  it("draws the engine's reach of a card as a chip when asked for, and none without the option", async () => {
    const linked = await people.editor.request('PATCH', url, { version: journey.version, datasetId });
    expect(linked.statusCode, linked.body).toBe(200);
    const measures = (await people.viewer.request('GET', `${url}/measures`)).json();
    const visited = journey.touchpoints.find((tp) => tp.title === 'Visited the site')!;
    const reach: number = measures.touchpoints.find(
      (x: { touchpointId: string }) => x.touchpointId === visited.id,
    ).reachShare;
    expect(reach).toBeCloseTo(5 / 7, 10);

    const withFigures = await people.viewer.request('GET', `${url}/export?format=svg&figures=true`);
    expect(withFigures.statusCode, withFigures.body).toBe(200);
    expect(withFigures.body).toContain(`>Reach ${Math.round(reach * 100)}%</tspan>`);
    expect(withFigures.body).toContain('>No data</tspan>'); // the card without a matcher
    expect(withFigures.body).toContain('>NPS: too few answers</tspan>'); // 3 answers
    expect(withFigures.body).toContain('>5 journeys</tspan>'); // the first phase

    const dutch = await people.viewer.request('GET', `${url}/export?format=svg&figures=true&lang=nl`);
    expect(dutch.body).toContain(`>Bereik ${Math.round(reach * 100)}%</tspan>`);

    const without = await people.viewer.request('GET', `${url}/export?format=svg`);
    expect(without.statusCode).toBe(200);
    expect(without.body).not.toContain('figure-chip');
    expect(without.body).not.toContain('Reach 71%');

    const png = await people.viewer.request('GET', `${url}/export?format=png&figures=true&curve=both`);
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
  });

  it("draws a persona's figures with personaId; a persona of another workspace is 404", async () => {
    const persona = await people.owner.request('POST', `${ws}/personas`, {
      name: 'Cash payers',
      segmentRule: { match: 'all', conditions: [{ field: 'properties.method', op: 'eq', value: 'cash' }] },
    });
    expect(persona.statusCode, persona.body).toBe(201);
    const personaId = persona.json().persona.id;
    const measures = (await people.viewer.request('GET', `${url}/measures?personaId=${personaId}`)).json();
    // J4 alone pays cash: it visits the site, so the card's reach is 100 %
    expect(measures.journeys).toBe(1);
    const r = await people.viewer.request(
      'GET',
      `${url}/export?format=svg&figures=true&personaId=${personaId}`,
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.body).toContain('>Reach 100%</tspan>');
    expect(r.body).toContain('>1 journey</tspan>');
    const theirs = await people.viewer.request(
      'GET',
      `${url}/export?format=svg&figures=true&personaId=${people.otherPersonaId}`,
    );
    expect(theirs.statusCode).toBe(404);
  });

  it('refuses an unknown curve mode', async () => {
    const r = await people.viewer.request('GET', `${url}/export?format=svg&figures=true&curve=wavy`);
    expect(r.statusCode).toBe(400);
  });
});
