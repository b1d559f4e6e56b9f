import { readAllRows } from '@trailmap/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CRITERION_WEIGHTS } from '@trailmap/domain';
import { createTestApp, TEST_ORIGIN, type TestApp } from './testing/createTestApp.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';
import { storeDataset } from './testing/storeDataset.js';

/** Projects and their KPIs over HTTP: CRUD, roles, isolation, bad input and "choose five". */

let t: TestApp;
let people: People;
let seeded: SeededWorkspace;
let ws: string;
let datasetId: string;
let otherDatasetId: string;
let otherJourneyId: string;
/** A second touchpoint on the seeded map, for metrics from one touchpoint to another. */
let secondTouchpointId: string;

const baseline = { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' };

beforeAll(async () => {
  t = await createTestApp();
  people = await signUpPeople(t.app, 'projects');
  seeded = await seedWorkspace(people);
  ws = `/api/workspaces/${seeded.workspaceId}`;
  datasetId = (await storeDataset(t.store, seeded.workspaceId)).id;
  otherDatasetId = (await storeDataset(t.store, people.otherWorkspaceId)).id;
  const other = await people.outsider.request('POST', `/api/workspaces/${people.otherWorkspaceId}/journeys`, {
    title: 'Elsewhere',
    template: 'blank',
  });
  expect(other.statusCode, other.body).toBe(201);
  otherJourneyId = other.json().journey.id;
  const added = await people.owner.request('POST', `${ws}/journeys/${seeded.journey.id}/touchpoints`, {
    version: seeded.journey.version,
    phaseId: seeded.phaseId,
    title: 'Visits the shop',
    channel: 'web',
  });
  expect(added.statusCode, added.body).toBe(201);
  secondTouchpointId = added.json().touchpoint.id;
});
afterAll(async () => t?.close());

const project = (overrides: Record<string, unknown> = {}) => ({
  journeyId: seeded.journey.id,
  title: 'Size advice',
  ...overrides,
});

async function createProject(overrides: Record<string, unknown> = {}) {
  const response = await people.editor.request('POST', `${ws}/projects`, project(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().project as { id: string; title: string; status: string };
}

const paths = (body: { issues?: { path: string }[] }) => (body.issues ?? []).map((i) => i.path);

describe('projects: CRUD', () => {
  it('an editor creates, changes and deletes a project; a viewer reads it', async () => {
    const created = await people.editor.request(
      'POST',
      `${ws}/projects`,
      project({
        ideaIds: [seeded.ideaId],
        ownerId: people.editor.userId,
        startDate: '2025-03-01',
        customerCheck: { assumption: 'People buy the wrong size', how: 'Five interviews' },
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json().project;
    expect(p).toMatchObject({
      workspaceId: seeded.workspaceId,
      journeyId: seeded.journey.id,
      title: 'Size advice',
      ideaIds: [seeded.ideaId],
      ownerId: people.editor.userId,
      status: 'proposed',
      startDate: '2025-03-01',
      customerCheck: { assumption: 'People buy the wrong size', how: 'Five interviews', learned: '' },
    });
    expect(p.id).toMatch(/^prj_/);

    const list = await people.viewer.request('GET', `${ws}/projects?journeyId=${seeded.journey.id}`);
    expect(list.statusCode).toBe(200);
    expect(list.json().chosenProjectLimit).toBe(5);
    expect(list.json().projects.map((x: { id: string }) => x.id)).toContain(p.id);
    expect((await people.viewer.request('GET', `${ws}/projects/${p.id}`)).json().project).toEqual(p);

    const patched = await people.editor.request('PATCH', `${ws}/projects/${p.id}`, {
      title: 'Size advice in every ad',
      customerCheck: { learned: 'Half of them did' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().project).toMatchObject({
      title: 'Size advice in every ad',
      ideaIds: [seeded.ideaId],
      startDate: '2025-03-01',
      customerCheck: {
        assumption: 'People buy the wrong size',
        how: 'Five interviews',
        learned: 'Half of them did',
      },
    });

    expect((await people.editor.request('DELETE', `${ws}/projects/${p.id}`)).statusCode).toBe(204);
    expect((await people.viewer.request('GET', `${ws}/projects/${p.id}`)).statusCode).toBe(404);
    expect((await people.editor.request('DELETE', `${ws}/projects/${p.id}`)).statusCode).toBe(404);
  });

  it('lists by status', async () => {
    const dropped = await createProject({ title: 'Dropped one', status: 'dropped' });
    const list = await people.viewer.request('GET', `${ws}/projects?status=dropped`);
    expect(list.json().projects.map((x: { id: string }) => x.id)).toEqual([dropped.id]);
    expect((await people.viewer.request('GET', `${ws}/projects?status=finished`)).statusCode).toBe(400);
  });
});

describe('projects: roles and isolation', () => {
  it('401 without credentials, 403 for a viewer writing, 404 for an outsider', async () => {
    const p = await createProject({ title: 'Roles' });
    expect((await people.anonymous.request('GET', `${ws}/projects`)).statusCode).toBe(401);
    expect((await people.viewer.request('POST', `${ws}/projects`, project())).statusCode).toBe(403);
    expect((await people.viewer.request('PATCH', `${ws}/projects/${p.id}`, { title: 'X' })).statusCode).toBe(
      403,
    );
    expect((await people.viewer.request('DELETE', `${ws}/projects/${p.id}`)).statusCode).toBe(403);
    const kpi = { metric: 'nps', scope: { datasetId }, baseline, after: { from: baseline.to } };
    expect((await people.viewer.request('POST', `${ws}/projects/${p.id}/kpis`, kpi)).statusCode).toBe(403);
    expect((await people.outsider.request('GET', `${ws}/projects`)).statusCode).toBe(404);
    expect((await people.outsider.request('GET', `${ws}/projects/${p.id}`)).statusCode).toBe(404);
  });

  it("another workspace's project, journey, dataset, persona or a touchpoint off the journey is 404", async () => {
    const mine = await createProject({ title: 'Mine' });
    const theirs = await people.outsider.request(
      'POST',
      `/api/workspaces/${people.otherWorkspaceId}/projects`,
      {
        journeyId: otherJourneyId,
        title: 'Theirs',
      },
    );
    expect(theirs.statusCode, theirs.body).toBe(201);
    const theirId = theirs.json().project.id;
    expect((await people.owner.request('GET', `${ws}/projects/${theirId}`)).statusCode).toBe(404);
    expect(
      (await people.owner.request('PATCH', `${ws}/projects/${theirId}`, { title: 'Mine now' })).statusCode,
    ).toBe(404);
    expect((await people.owner.request('DELETE', `${ws}/projects/${theirId}`)).statusCode).toBe(404);
    expect((await people.owner.request('GET', `${ws}/projects/${theirId}/kpis`)).statusCode).toBe(404);
    const foreignJourney = await people.owner.request(
      'POST',
      `${ws}/projects`,
      project({ journeyId: otherJourneyId }),
    );
    expect(foreignJourney.statusCode).toBe(404);
    expect(foreignJourney.json().message).toBe('journey not found');

    const kpi = (scope: Record<string, unknown>) =>
      people.editor.request('POST', `${ws}/projects/${mine.id}/kpis`, {
        metric: scope.toTouchpointId ? 'conversionShare' : 'nps',
        scope: { datasetId, ...scope },
        baseline,
        after: { from: '2025-03-01T00:00:00Z' },
      });
    const cases: [Record<string, unknown>, string][] = [
      [{ datasetId: otherDatasetId }, 'dataset'],
      [{ journeyId: otherJourneyId }, 'journey'],
      [{ personaId: people.otherPersonaId }, 'persona'],
      [{ journeyId: seeded.journey.id, touchpointId: 'tpt_notonthemap00' }, 'touchpoint'],
      [
        {
          journeyId: seeded.journey.id,
          touchpointId: seeded.touchpointId,
          toTouchpointId: 'tpt_notonthemap00',
        },
        'touchpoint',
      ],
    ];
    for (const [scope, what] of cases) {
      const response = await kpi(scope);
      expect(response.statusCode, JSON.stringify(scope)).toBe(404);
      expect(response.json().message).toBe(`${what} not found`);
    }
    expect((await people.viewer.request('GET', `${ws}/projects/${mine.id}/kpis`)).json().kpis).toEqual([]);
  });

  it('a cookie write from another origin is refused', async () => {
    const response = await people.editor.request('POST', `${ws}/projects`, project(), {
      origin: 'http://evil.localhost',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toBe('csrf');
    expect(TEST_ORIGIN).not.toBe('http://evil.localhost');
  });
});

describe('projects: bad input', () => {
  it('400 names the field and writes nothing', async () => {
    const before = await readAllRows(t.databaseUrl);
    const cases: [Record<string, unknown>, string[]][] = [
      [project({ title: '' }), ['body.title']],
      [project({ status: 'finished' }), ['body.status']],
      [project({ startDate: '2025-02-30' }), ['body.startDate']],
      [project({ ideaIds: [seeded.ideaId, 'ida_notonthemap00'] }), ['body.ideaIds.1']],
      [project({ ownerId: people.outsider.userId }), ['body.ownerId']],
      [{ title: 'No journey' }, ['body.journeyId']],
    ];
    for (const [body, expected] of cases) {
      const response = await people.editor.request('POST', `${ws}/projects`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(paths(response.json())).toEqual(expected);
    }
    expect(await readAllRows(t.databaseUrl)).toEqual(before);
  });

  it('a KPI with missing touchpoints, backward periods or no after start is 400 naming the field', async () => {
    const noStart = await createProject({ title: 'No start date' });
    const url = `${ws}/projects/${noStart.id}/kpis`;
    const before = await readAllRows(t.databaseUrl);
    const cases: [Record<string, unknown>, string[]][] = [
      [
        { metric: 'conversionShare', scope: { datasetId }, baseline },
        ['body.scope.touchpointId', 'body.scope.toTouchpointId'],
      ],
      [
        { metric: 'nps', scope: { datasetId }, baseline: { from: baseline.to, to: baseline.from } },
        ['body.baseline.to'],
      ],
      [{ metric: 'nps', scope: { datasetId }, baseline }, ['body.after.from']],
      [
        { metric: 'nps', scope: { datasetId }, baseline, after: { from: '2025-01-15T00:00:00Z' } },
        ['body.after.from'],
      ],
      [{ metric: 'revenue', scope: { datasetId }, baseline }, ['body.metric']],
      [{ metric: 'nps', scope: { datasetId, phaseId: seeded.phaseId }, baseline }, ['body.scope']],
    ];
    for (const [body, expected] of cases) {
      const response = await people.editor.request('POST', url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(paths(response.json())).toEqual(expected);
    }
    expect(await readAllRows(t.databaseUrl)).toEqual(before);
  });
});

describe('projects: KPIs', () => {
  it("a KPI's after period starts at the project's start date unless it says otherwise; PATCH and DELETE", async () => {
    const p = await createProject({ title: 'Measured', startDate: '2025-03-01' });
    const url = `${ws}/projects/${p.id}/kpis`;
    const nps = await people.editor.request('POST', url, {
      metric: 'nps',
      scope: { datasetId, personaId: seeded.personaId },
      baseline,
      target: 30,
    });
    expect(nps.statusCode, nps.body).toBe(201);
    const npsKpi = nps.json().kpi;
    expect(npsKpi).toMatchObject({
      projectId: p.id,
      metric: 'nps',
      scope: { datasetId, personaId: seeded.personaId },
      baseline: { from: '2025-01-01T00:00:00.000Z', to: '2025-02-01T00:00:00.000Z' },
      after: { from: '2025-03-01T00:00:00.000Z', to: null },
      target: 30,
    });
    expect(npsKpi.id).toMatch(/^kpi_/);

    const conversion = await people.editor.request('POST', url, {
      metric: 'conversionShare',
      scope: {
        datasetId,
        journeyId: seeded.journey.id,
        touchpointId: seeded.touchpointId,
        toTouchpointId: secondTouchpointId,
      },
      baseline,
      after: { from: '2025-04-01T00:00:00+02:00', to: '2025-07-01T00:00:00Z' },
    });
    expect(conversion.statusCode, conversion.body).toBe(201);
    expect(conversion.json().kpi).toMatchObject({
      after: { from: '2025-03-31T22:00:00.000Z', to: '2025-07-01T00:00:00.000Z' },
      target: null,
    });
    const listed = await people.viewer.request('GET', url);
    // oldest first (two made in the same millisecond come in id order)
    expect(
      listed
        .json()
        .kpis.map((k: { metric: string }) => k.metric)
        .sort(),
    ).toEqual(['conversionShare', 'nps']);
    expect((await people.viewer.request('GET', `${url}/${npsKpi.id}`)).json().kpi).toEqual(npsKpi);

    const patched = await people.editor.request('PATCH', `${url}/${npsKpi.id}`, {
      target: 35,
      after: { to: '2025-06-01T00:00:00Z' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().kpi).toMatchObject({
      target: 35,
      after: { from: '2025-03-01T00:00:00.000Z', to: '2025-06-01T00:00:00.000Z' },
      scope: { datasetId, personaId: seeded.personaId },
    });
    const badPatch = await people.editor.request('PATCH', `${url}/${npsKpi.id}`, {
      metric: 'medianSecondsBetween',
    });
    expect(badPatch.statusCode).toBe(400);
    expect(paths(badPatch.json())).toEqual(['body.scope.touchpointId', 'body.scope.toTouchpointId']);
    const foreign = await people.editor.request('PATCH', `${url}/${npsKpi.id}`, {
      scope: { datasetId: otherDatasetId },
    });
    expect(foreign.statusCode).toBe(404);
    expect((await people.viewer.request('GET', `${url}/${npsKpi.id}`)).json().kpi.target).toBe(35);

    expect((await people.viewer.request('DELETE', `${url}/${npsKpi.id}`)).statusCode).toBe(403);
    expect((await people.editor.request('DELETE', `${url}/${npsKpi.id}`)).statusCode).toBe(204);
    expect((await people.editor.request('DELETE', `${url}/${npsKpi.id}`)).statusCode).toBe(404);
    expect((await people.viewer.request('GET', url)).json().kpis).toHaveLength(1);
  });
});

describe('projects: choose five', () => {
  it('the sixth chosen or in-progress project of a journey is 409 chosen-limit and writes nothing', async () => {
    // a journey of its own, so the other tests' projects do not count
    const journey = await people.owner.request('POST', `${ws}/journeys`, {
      title: 'Returns',
      template: 'blank',
    });
    const journeyId: string = journey.json().journey.id;
    const statuses = ['chosen', 'in-progress', 'chosen', 'chosen', 'in-progress'];
    const five = [];
    for (const [i, status] of statuses.entries())
      five.push(await createProject({ journeyId, title: `Project ${i + 1}`, status }));
    // done, dropped and proposed ones take no place
    await createProject({ journeyId, title: 'Done', status: 'done' });
    const proposed = await createProject({ journeyId, title: 'Sixth', status: 'proposed' });

    const before = await readAllRows(t.databaseUrl);
    const sixth = await people.editor.request('POST', `${ws}/projects`, {
      journeyId,
      title: 'Too many',
      status: 'chosen',
    });
    expect(sixth.statusCode).toBe(409);
    const body = sixth.json();
    expect(body.error).toBe('chosen-limit');
    expect(body.limit).toBe(5);
    expect(body.chosen.map((c: { id: string }) => c.id)).toEqual(five.map((p) => p.id));
    expect(body.message).toContain('the limit of this workspace is 5');
    for (const p of five) expect(body.message).toContain(`"${p.title}"`);
    const promoted = await people.editor.request('PATCH', `${ws}/projects/${proposed.id}`, {
      status: 'in-progress',
    });
    expect(promoted.statusCode).toBe(409);
    expect(promoted.json().error).toBe('chosen-limit');
    expect(await readAllRows(t.databaseUrl)).toEqual(before);

    // moving within the chosen places takes no new one; another journey has places of its own
    const started = await people.editor.request('PATCH', `${ws}/projects/${five[0]!.id}`, {
      status: 'in-progress',
    });
    expect(started.statusCode, started.body).toBe(200);
    await createProject({ title: 'On the other journey', status: 'chosen' });
    const moved = await people.editor.request('PATCH', `${ws}/projects/${five[1]!.id}`, {
      journeyId: seeded.journey.id,
    });
    expect(moved.statusCode, moved.body).toBe(200);

    // a place freed (one moved away, one done) can be taken
    const done = await people.editor.request('PATCH', `${ws}/projects/${five[2]!.id}`, { status: 'done' });
    expect(done.statusCode).toBe(200);
    const chosen = await people.editor.request('PATCH', `${ws}/projects/${proposed.id}`, {
      status: 'chosen',
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
  });

  it('the limit comes from the workspace settings, which only an owner changes', async () => {
    const journey = await people.owner.request('POST', `${ws}/journeys`, {
      title: 'Billing',
      template: 'blank',
    });
    const journeyId: string = journey.json().journey.id;
    expect((await people.viewer.request('GET', `${ws}/settings`)).json()).toEqual({
      settings: { chosenProjectLimit: 5, criterionWeights: DEFAULT_CRITERION_WEIGHTS },
    });
    expect(
      (await people.editor.request('PATCH', `${ws}/settings`, { chosenProjectLimit: 2 })).statusCode,
    ).toBe(403);
    for (const bad of [0, 51, 2.5, '2']) {
      const response = await people.owner.request('PATCH', `${ws}/settings`, { chosenProjectLimit: bad });
      expect(response.statusCode).toBe(400);
      expect(paths(response.json())).toEqual(['body.chosenProjectLimit']);
    }
    expect((await people.owner.request('PATCH', `${ws}/settings`, { other: 1 })).statusCode).toBe(400);
    expect((await people.outsider.request('GET', `${ws}/settings`)).statusCode).toBe(404);

    const set = await people.owner.request('PATCH', `${ws}/settings`, { chosenProjectLimit: 2 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({
      settings: { chosenProjectLimit: 2, criterionWeights: DEFAULT_CRITERION_WEIGHTS },
    });
    await createProject({ journeyId, title: 'A', status: 'chosen' });
    await createProject({ journeyId, title: 'B', status: 'chosen' });
    const third = await people.editor.request('POST', `${ws}/projects`, {
      journeyId,
      title: 'C',
      status: 'chosen',
    });
    expect(third.statusCode).toBe(409);
    expect(third.json().limit).toBe(2);

    await people.owner.request('PATCH', `${ws}/settings`, { chosenProjectLimit: 3 });
    await createProject({ journeyId, title: 'C', status: 'chosen' });
    // lowering the limit keeps the choices made; new ones wait
    await people.owner.request('PATCH', `${ws}/settings`, { chosenProjectLimit: 1 });
    const list = await people.viewer.request('GET', `${ws}/projects?journeyId=${journeyId}&status=chosen`);
    expect(list.json()).toMatchObject({ chosenProjectLimit: 1 });
    expect(list.json().projects).toHaveLength(3);
    const fourth = await people.editor.request('POST', `${ws}/projects`, {
      journeyId,
      title: 'D',
      status: 'in-progress',
    });
    expect(fourth.statusCode).toBe(409);
    await people.owner.request('PATCH', `${ws}/settings`, { chosenProjectLimit: 5 });
  });
});

describe('projects: API keys and races', () => {
  it('a read key lists projects but cannot write; a write key writes', async () => {
    const keyOf = async (scope: 'read' | 'write') =>
      (await people.owner.request('POST', `${ws}/api-keys`, { name: `Projects ${scope}`, scope })).json().key;
    const asKey = (key: string, method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${key}` },
        ...(payload ? { payload } : {}),
      });
    const read = await keyOf('read');
    const write = await keyOf('write');
    expect((await asKey(read, 'GET', `${ws}/projects`)).statusCode).toBe(200);
    expect(
      (await asKey(read, 'POST', `${ws}/projects`, project({ title: 'By a read key' }))).statusCode,
    ).toBe(403);
    expect(
      (await asKey(write, 'POST', `${ws}/projects`, project({ title: 'By a write key' }))).statusCode,
    ).toBe(201);
    // settings are the owner's, never a key's
    expect((await asKey(write, 'GET', `${ws}/settings`)).statusCode).toBe(200);
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `${ws}/settings`,
      headers: { authorization: `Bearer ${write}` },
      payload: { chosenProjectLimit: 9 },
    });
    expect(patched.statusCode).toBe(403);
  });

  it('editors choosing at once cannot pass the limit together: of six for the last place, one wins', async () => {
    const journey = await people.owner.request('POST', `${ws}/journeys`, {
      title: 'Race',
      template: 'blank',
    });
    const journeyId: string = journey.json().journey.id;
    for (const title of ['A', 'B', 'C', 'D']) await createProject({ journeyId, title, status: 'chosen' });
    const answers = await Promise.all(
      ['E', 'F', 'G', 'H', 'I', 'J'].map((title) =>
        people.editor.request('POST', `${ws}/projects`, { journeyId, title, status: 'chosen' }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const chosen = await people.viewer.request('GET', `${ws}/projects?journeyId=${journeyId}&status=chosen`);
    expect(chosen.json().projects).toHaveLength(5);
  });
});

describe('projects: what deleting does', () => {
  it('deleting a dataset deletes the KPIs on it; deleting a journey its projects; a leaving owner is cleared', async () => {
    const temp = await storeDataset(t.store, seeded.workspaceId, 'Temporary');
    const journey = await people.owner.request('POST', `${ws}/journeys`, {
      title: 'Temporary',
      template: 'blank',
    });
    const journeyId: string = journey.json().journey.id;
    const onJourney = await createProject({ journeyId, title: 'On a temporary journey' });
    const p = await createProject({ title: 'Owned', ownerId: people.viewer.userId, startDate: '2025-03-01' });
    const url = `${ws}/projects/${p.id}/kpis`;
    for (const id of [temp.id, datasetId]) {
      const added = await people.editor.request('POST', url, {
        metric: 'csat',
        scope: { datasetId: id },
        baseline,
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    expect((await people.editor.request('DELETE', `${ws}/datasets/${temp.id}`)).statusCode).toBe(204);
    const kpis = (await people.viewer.request('GET', url)).json().kpis;
    expect(kpis.map((k: { scope: { datasetId: string } }) => k.scope.datasetId)).toEqual([datasetId]);

    expect((await people.editor.request('DELETE', `${ws}/journeys/${journeyId}`)).statusCode).toBe(204);
    expect((await people.viewer.request('GET', `${ws}/projects/${onJourney.id}`)).statusCode).toBe(404);

    expect((await people.owner.request('DELETE', `${ws}/members/${people.viewer.userId}`)).statusCode).toBe(
      204,
    );
    expect((await people.editor.request('GET', `${ws}/projects/${p.id}`)).json().project.ownerId).toBeNull();
    await people.owner.request('POST', `${ws}/members`, { email: people.viewer.email, role: 'viewer' });
  });
});
