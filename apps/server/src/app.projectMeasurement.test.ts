import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing/createTestApp.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';
import { createShopMap } from './testing/createShopMap.js';
import { uploadCsvDataset } from './testing/uploadCsvDataset.js';

/**
 * `GET …/projects/:id/measurement` on the hand-made shop journeys (testing/uploadCsvDataset.ts): journeys
 * J1–J4, J6, J7 start on 1 January 2024 (the baseline, Dec 2023 – 15 Jan), J5 on 1 February (after).
 */

let t: TestApp;
let people: People;
let seeded: SeededWorkspace;
let ws: string;
let datasetId: string;
let journeyId: string;
let payId: string;
let noMatcherId: string;
let projectId: string;

const baseline = { from: '2023-12-01T00:00:00Z', to: '2024-01-15T00:00:00Z' };
const after = { from: '2024-01-15T00:00:00Z', to: '2024-03-01T00:00:00Z' };

beforeAll(async () => {
  t = await createTestApp();
  people = await signUpPeople(t.app, 'measurement');
  seeded = await seedWorkspace(people);
  ws = `/api/workspaces/${seeded.workspaceId}`;
  datasetId = await uploadCsvDataset(people.owner, seeded.workspaceId, 'shop');
  const { journey } = await createShopMap(people.owner, seeded.workspaceId, [
    { title: 'Pays', phase: 2, matcher: { activities: ['pay'] } },
    { title: 'Thanks', phase: 2, matcher: null },
  ]);
  journeyId = journey.id;
  const idOf = (title: string) => journey.touchpoints.find((tp) => tp.title === title)!.id;
  payId = idOf('Pays');
  noMatcherId = idOf('Thanks');
  const project = await people.editor.request('POST', `${ws}/projects`, {
    journeyId,
    title: 'Easier payment',
  });
  expect(project.statusCode, project.body).toBe(201);
  projectId = project.json().project.id;
  for (const kpi of [
    { metric: 'reachShare', scope: { datasetId, journeyId, touchpointId: payId }, baseline, after },
    { metric: 'nps', scope: { datasetId }, baseline, after },
  ]) {
    const response = await people.editor.request('POST', `${ws}/projects/${projectId}/kpis`, kpi);
    expect(response.statusCode, response.body).toBe(201);
  }
});
afterAll(async () => t?.close());

describe('GET …/projects/:id/measurement', () => {
  it('measures each KPI before vs after, for a viewer too', async () => {
    const response = await people.viewer.request('GET', `${ws}/projects/${projectId}/measurement`);
    expect(response.statusCode, response.body).toBe(200);
    const { kpis } = response.json() as {
      kpis: {
        kpiId: string;
        metric: string;
        before: { value: number | null; n: number };
        after: { value: number | null; n: number };
        test: string;
        verdict: string;
        pValue: number | null;
        adjustedPValue: number | null;
      }[];
    };
    expect(kpis.map((k) => k.metric).sort()).toEqual(['nps', 'reachShare']);
    // reach of "Pays": J1 and J4 of the six baseline journeys pay (J4 in cash: the matcher takes any pay);
    // after: J5 pays, 1 of 1
    const reach = kpis.find((k) => k.metric === 'reachShare');
    const nps = kpis.find((k) => k.metric === 'nps');
    expect(reach).toMatchObject({ test: 'two-proportion z', before: { n: 6 }, after: { value: 1, n: 1 } });
    expect(reach!.before.value).toBeCloseTo(2 / 6, 12);
    // NPS, each journey's last answer: J1 9, J2 10 (its last), J3 3 → (2 − 1) / 3 = 33.3; none after
    expect(nps!.before.n).toBe(3);
    expect(nps!.before.value).toBeCloseTo(100 / 3, 10);
    expect(nps!.after).toMatchObject({ value: null, n: 0 });
    expect(nps!.verdict).toBe('too-few');
    expect(reach!.verdict).toBe('too-few');
    expect(Object.keys(reach!).sort()).toEqual(
      ['adjustedPValue', 'after', 'before', 'change', 'kpiId', 'metric', 'pValue', 'test', 'verdict'].sort(),
    );
  });

  it('is 404 for another workspace’s member and for a project of another workspace', async () => {
    const outsider = await people.outsider.request('GET', `${ws}/projects/${projectId}/measurement`);
    expect(outsider.statusCode).toBe(404);
    const elsewhere = await people.outsider.request(
      'GET',
      `/api/workspaces/${people.otherWorkspaceId}/projects/${projectId}/measurement`,
    );
    expect(elsewhere.statusCode).toBe(404);
  });

  it('answers 409 naming the KPI when a touchpoint has no matcher, and measures nothing', async () => {
    const other = await people.editor.request('POST', `${ws}/projects`, {
      journeyId,
      title: 'Thank-you page',
    });
    const id = other.json().project.id as string;
    const kpi = await people.editor.request('POST', `${ws}/projects/${id}/kpis`, {
      metric: 'reachShare',
      scope: { datasetId, journeyId, touchpointId: noMatcherId },
      baseline,
      after,
    });
    expect(kpi.statusCode, kpi.body).toBe(201);
    const response = await people.viewer.request('GET', `${ws}/projects/${id}/measurement`);
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json()).toMatchObject({ error: 'kpi-not-measurable', kpiId: kpi.json().kpi.id });
  });

  it('a project without KPIs has an empty measurement', async () => {
    const other = await people.editor.request('POST', `${ws}/projects`, { journeyId, title: 'Nothing yet' });
    const response = await people.viewer.request(
      'GET',
      `${ws}/projects/${other.json().project.id}/measurement`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ kpis: [] });
  });
});
