import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAIL, DEMO_PASSWORD, DEMO_WORKSPACE_NAME, seedDemo } from './demo/seedDemo.js';
import {
  clientFor,
  createTestApp,
  sessionCookieOf,
  signUp,
  type Client,
  type TestApp,
} from './testing/createTestApp.js';

let t: TestApp;
let demo: Client;
let demoWs: string;
let other: Client;
let otherWs: string;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.store);
  const signIn = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: DEMO_EMAIL, password: DEMO_PASSWORD },
  });
  expect(signIn.statusCode).toBe(200);
  demo = clientFor(t.app, DEMO_EMAIL, signIn.json().user.id, sessionCookieOf(signIn));
  demoWs = (await demo.request('GET', '/api/workspaces')).json().workspaces[0].id;
  other = await signUp(t.app, 'other@example.com');
  otherWs = (await other.request('GET', '/api/workspaces')).json().workspaces[0].id;
});
afterAll(async () => t?.close());

async function demoJourneys() {
  const list = (await demo.request('GET', `/api/workspaces/${demoWs}/journeys`)).json().journeys as {
    id: string;
    title: string;
  }[];
  const then = list.find((j) => /then/i.test(j.title))!;
  const now = list.find((j) => /now/i.test(j.title))!;
  return { list, then, now };
}

describe('demo workspace', () => {
  it('seedDemo(store) makes the demo account with two personas and the shoe journeys then and now; seeding again adds nothing', async () => {
    const workspaces = (await demo.request('GET', '/api/workspaces')).json().workspaces;
    expect(workspaces.map((w: { name: string }) => w.name)).toEqual([DEMO_WORKSPACE_NAME]);
    const personas = (await demo.request('GET', `/api/workspaces/${demoWs}/personas`)).json().personas;
    expect(personas).toHaveLength(2);
    const { list, now } = await demoJourneys();
    expect(list).toHaveLength(2);
    const nowMap = (await demo.request('GET', `/api/workspaces/${demoWs}/journeys/${now.id}`)).json().journey;
    expect(nowMap.phases.map((p: { name: string }) => p.name)).toEqual([
      'See',
      'Think',
      'Do',
      'Care',
      'Love',
    ]);
    const love = nowMap.phases[4].id;
    expect(nowMap.touchpoints.filter((tp: { phaseId: string }) => tp.phaseId === love)).toEqual([]);
    expect(personas.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(nowMap.personaIds));
    // Matchers come with the map; the link to the generated dataset comes with that dataset (seedDemoDatasets).
    expect(nowMap.datasetId).toBeNull();
    expect(nowMap.touchpoints.filter((tp: { matcher: unknown }) => tp.matcher !== null)).toHaveLength(
      nowMap.touchpoints.length - 1,
    );
    await seedDemo(t.store);
    expect((await demo.request('GET', `/api/workspaces/${demoWs}/journeys`)).json().journeys).toHaveLength(2);
  });

  it('seedDemo(reset) restores the demo after edits', async () => {
    const { then } = await demoJourneys();
    await demo.request('DELETE', `/api/workspaces/${demoWs}/journeys/${then.id}`);
    await seedDemo(t.store, { reset: true });
    const workspaces = (await demo.request('GET', '/api/workspaces')).json().workspaces;
    demoWs = workspaces[0].id;
    expect((await demo.request('GET', `/api/workspaces/${demoWs}/journeys`)).json().journeys).toHaveLength(2);
  });
});

describe('analysis and compare', () => {
  it('GET /analysis finds WOW moments and pain points and channel coverage on the demo map', async () => {
    const { now } = await demoJourneys();
    const r = await demo.request('GET', `/api/workspaces/${demoWs}/journeys/${now.id}/analysis`);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.moments.wowCount).toBeGreaterThan(0);
    expect(body.moments.painCount).toBeGreaterThan(0);
    expect(body.emotionCurve.peaks.length).toBeGreaterThan(0);
    expect(body.channelCoverage.gaps).toHaveLength(1); // Love is empty now
  });

  it('GET /compare (then vs now) lists added and removed touchpoints and the emotion change per phase', async () => {
    const { then, now } = await demoJourneys();
    const r = await demo.request('GET', `/api/workspaces/${demoWs}/journeys/${then.id}/compare/${now.id}`);
    const { diff } = r.json();
    expect(diff.added.length).toBeGreaterThan(0);
    expect(diff.removed.length).toBeGreaterThan(0);
    expect(diff.phases.map((p: { name: string }) => p.name.toLowerCase())).toEqual([
      'see',
      'think',
      'do',
      'care',
      'love',
    ]);
    const love = diff.phases[4];
    expect(love.afterMeanEmotion).toBeNull();
    expect(love.beforeMeanEmotion).not.toBeNull();
  });

  it('a desired version that flattens every peak gets the flattened-curve warning', async () => {
    const { now } = await demoJourneys();
    const base = `/api/workspaces/${demoWs}/journeys/${now.id}`;
    const current = (await demo.request('GET', base)).json().journey;
    const desired = (await demo.request('POST', `${base}/desired`, { version: current.version })).json()
      .journey;
    const flat = desired.touchpoints.map((tp: object) => ({ ...tp, emotion: 1 }));
    const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, ...editable } = desired;
    const put = await demo.request('PUT', `/api/workspaces/${demoWs}/journeys/${desired.id}`, {
      ...editable,
      touchpoints: flat,
    });
    expect(put.statusCode).toBe(200);
    const analysis = (
      await demo.request('GET', `/api/workspaces/${demoWs}/journeys/${desired.id}/analysis`)
    ).json();
    expect(analysis.emotionCurve.flattened).toMatchObject({ code: 'flattened-curve' });
    const compare = (await demo.request('GET', `${base}/compare/${desired.id}`)).json();
    expect(compare.diff.changed.length).toBe(
      current.touchpoints.filter((tp: { emotion: number }) => tp.emotion !== 1).length,
    );
    expect(compare.diff.added).toEqual([]);
  });
});

describe('import and export', () => {
  it('JSON export → import into another workspace round-trips the content and brings the personas', async () => {
    const { then } = await demoJourneys();
    const exported = await demo.request(
      'GET',
      `/api/workspaces/${demoWs}/journeys/${then.id}/export?format=json`,
    );
    expect(exported.headers['content-disposition']).toMatch(/attachment; filename=".*\.trailmap\.json"/);
    const document = exported.json();
    expect(document).toMatchObject({ format: 'trailmap.journey', formatVersion: 3 });
    const imported = await other.request('POST', `/api/workspaces/${otherWs}/journeys/import`, document);
    expect(imported.statusCode).toBe(201);
    expect(imported.json().personasCreated).toBe(document.personas.length);
    const copy = imported.json().journey;
    const original = (await demo.request('GET', `/api/workspaces/${demoWs}/journeys/${then.id}`)).json()
      .journey;
    expect(copy.id).not.toBe(original.id);
    expect(copy.workspaceId).toBe(otherWs);
    for (const key of [
      'title',
      'goal',
      'scope',
      'state',
      'phaseModel',
      'phases',
      'lanes',
      'touchpoints',
      'painPoints',
      'ideas',
    ]) {
      expect(copy[key]).toEqual(original[key]);
    }
    const personas = (await other.request('GET', `/api/workspaces/${otherWs}/personas`)).json().personas;
    expect(copy.personaIds).toEqual(personas.map((p: { id: string }) => p.id));
    expect(copy).toMatchObject({ datasetId: null, datasetFilter: null });
  });

  it('Mermaid export → import keeps phases, touchpoints and emotions', async () => {
    const { now } = await demoJourneys();
    const text = await demo.request(
      'GET',
      `/api/workspaces/${demoWs}/journeys/${now.id}/export?format=mermaid`,
    );
    expect(text.body.startsWith('journey')).toBe(true);
    const imported = await demo.request('POST', `/api/workspaces/${demoWs}/journeys/import`, text.body, {
      'content-type': 'text/vnd.mermaid',
    });
    expect(imported.statusCode).toBe(201);
    const original = (await demo.request('GET', `/api/workspaces/${demoWs}/journeys/${now.id}`)).json()
      .journey;
    expect(imported.json().journey.touchpoints).toEqual(original.touchpoints);
    expect(imported.json().journey.phases).toEqual(original.phases);
  });

  it('plain hand-written Mermaid imports; a broken line is a 400 naming the line, and nothing is created', async () => {
    const before = (await other.request('GET', `/api/workspaces/${otherWs}/journeys`)).json().journeys.length;
    const good =
      'journey\n  title Getting a loan\n  section Apply\n    Fill in form: 3: Me\n    Upload payslip: 1: Me\n  section Decide\n    Hear back: 5: Me\n';
    const r = await other.request('POST', `/api/workspaces/${otherWs}/journeys/import`, good, {
      'content-type': 'text/vnd.mermaid',
    });
    expect(r.statusCode).toBe(201);
    expect(r.json().journey.phases.map((p: { name: string }) => p.name)).toEqual(['Apply', 'Decide']);
    expect(r.json().journey.touchpoints.map((tp: { title: string }) => tp.title)).toEqual([
      'Fill in form',
      'Upload payslip',
      'Hear back',
    ]);
    const bad = 'journey\n  title X\n  section A\n    Task without score\n';
    const r2 = await other.request('POST', `/api/workspaces/${otherWs}/journeys/import`, bad, {
      'content-type': 'text/vnd.mermaid',
    });
    expect(r2.statusCode).toBe(400);
    expect(r2.json().line).toBe(4);
    const badJson = await other.request('POST', `/api/workspaces/${otherWs}/journeys/import`, {
      format: 'trailmap.journey',
      formatVersion: 1,
      journey: { title: 'x', touchpoints: 'nope' },
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().issues.some((i: { path: string }) => i.path.startsWith('body.journey'))).toBe(true);
    const after = (await other.request('GET', `/api/workspaces/${otherWs}/journeys`)).json().journeys.length;
    expect(after).toBe(before + 1);
  });

  it('a viewer cannot import, and GET /api/schemas/journey.json serves the JSON Schema', async () => {
    const schema = await t.app.inject({ method: 'GET', url: '/api/schemas/journey.json' });
    expect(schema.statusCode).toBe(200);
    expect(JSON.stringify(schema.json())).toContain('trailmap.journey');
    await other.request('POST', `/api/workspaces/${otherWs}/members`, { email: DEMO_EMAIL, role: 'viewer' });
    const r = await demo.request(
      'POST',
      `/api/workspaces/${otherWs}/journeys/import`,
      'journey\n  title X\n',
      { 'content-type': 'text/vnd.mermaid' },
    );
    expect(r.statusCode).toBe(403);
  });
});
