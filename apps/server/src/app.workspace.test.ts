import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type Client, type TestApp } from './testing/createTestApp.js';
import { storeDataset } from './testing/storeDataset.js';

let t: TestApp;
let owner: Client;
let editor: Client;
let viewer: Client;
let outsider: Client;
let ws: string;
let otherWs: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'owner@example.com');
  outsider = await signUp(t.app, 'outsider@example.com');
  ws = (await owner.request('GET', '/api/workspaces')).json().workspaces[0].id;
  otherWs = (await outsider.request('GET', '/api/workspaces')).json().workspaces[0].id;
  // editor exists before the invitation; viewer signs up through the invite link.
  editor = await signUp(t.app, 'editor@example.com');
  expect(
    (
      await owner.request('POST', `/api/workspaces/${ws}/members`, {
        email: 'editor@example.com',
        role: 'editor',
      })
    ).statusCode,
  ).toBe(201);
  const invited = await owner.request('POST', `/api/workspaces/${ws}/members`, {
    email: 'viewer@example.com',
    role: 'viewer',
  });
  expect(invited.statusCode).toBe(202);
  viewer = await signUp(t.app, 'viewer@example.com', undefined, invited.json().token);
});
afterAll(async () => t?.close());

async function createJourney(client: Client, workspaceId = ws, title = 'Buying shoes') {
  const r = await client.request('POST', `/api/workspaces/${workspaceId}/journeys`, {
    title,
    template: 'see-think-do-care-love',
  });
  expect(r.statusCode).toBe(201);
  return r.json().journey;
}

describe('members', () => {
  it('an invite link becomes a membership when its invitee signs up through it (and no extra workspace is made)', async () => {
    const list = (await viewer.request('GET', '/api/workspaces')).json().workspaces;
    expect(list).toEqual([expect.objectContaining({ id: ws, role: 'viewer' })]);
    const members = (await owner.request('GET', `/api/workspaces/${ws}/members`)).json();
    expect(
      members.members.map((m: { email: string; role: string }) => `${m.email}:${m.role}`).sort(),
    ).toEqual(['editor@example.com:editor', 'owner@example.com:owner', 'viewer@example.com:viewer']);
    expect(members.invitations).toEqual([]);
  });

  it('only an owner manages members, and the last owner cannot step down', async () => {
    expect(
      (
        await editor.request('POST', `/api/workspaces/${ws}/members`, {
          email: 'x@example.com',
          role: 'viewer',
        })
      ).statusCode,
    ).toBe(403);
    const demote = await owner.request('PATCH', `/api/workspaces/${ws}/members/${owner.userId}`, {
      role: 'editor',
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error).toBe('last-owner');
    const promote = await owner.request('PATCH', `/api/workspaces/${ws}/members/${editor.userId}`, {
      role: 'owner',
    });
    expect(promote.json().member.role).toBe('owner');
    const back = await owner.request('PATCH', `/api/workspaces/${ws}/members/${editor.userId}`, {
      role: 'editor',
    });
    expect(back.json().member.role).toBe('editor');
  });

  it('removing a member takes away access at once', async () => {
    const temp = await signUp(t.app, 'temp@example.com');
    await owner.request('POST', `/api/workspaces/${ws}/members`, {
      email: 'temp@example.com',
      role: 'editor',
    });
    expect((await temp.request('GET', `/api/workspaces/${ws}/journeys`)).statusCode).toBe(200);
    expect((await owner.request('DELETE', `/api/workspaces/${ws}/members/${temp.userId}`)).statusCode).toBe(
      204,
    );
    expect((await temp.request('GET', `/api/workspaces/${ws}/journeys`)).statusCode).toBe(404);
  });
});

describe('roles and isolation', () => {
  it('a viewer sees journeys but cannot create, edit or delete them (403)', async () => {
    const journey = await createJourney(editor);
    expect((await viewer.request('GET', `/api/workspaces/${ws}/journeys/${journey.id}`)).statusCode).toBe(
      200,
    );
    expect((await viewer.request('POST', `/api/workspaces/${ws}/journeys`, { title: 'x' })).statusCode).toBe(
      403,
    );
    const patch = await viewer.request('PATCH', `/api/workspaces/${ws}/journeys/${journey.id}`, {
      version: 1,
      title: 'y',
    });
    expect(patch.statusCode).toBe(403);
    expect((await viewer.request('DELETE', `/api/workspaces/${ws}/journeys/${journey.id}`)).statusCode).toBe(
      403,
    );
    const after = (await owner.request('GET', `/api/workspaces/${ws}/journeys/${journey.id}`)).json().journey;
    expect(after.title).toBe('Buying shoes');
    expect(after.version).toBe(1);
  });

  it("a member of workspace A gets 404 on B's journey by id, also through A's URL", async () => {
    const theirs = await createJourney(outsider, otherWs, 'Secret');
    const direct = await owner.request('GET', `/api/workspaces/${otherWs}/journeys/${theirs.id}`);
    expect(direct.statusCode).toBe(404);
    const viaOwn = await owner.request('GET', `/api/workspaces/${ws}/journeys/${theirs.id}`);
    expect(viaOwn.statusCode).toBe(404);
    const edit = await owner.request('PATCH', `/api/workspaces/${ws}/journeys/${theirs.id}`, {
      version: 1,
      title: 'pwned',
    });
    expect(edit.statusCode).toBe(404);
    expect(direct.json().message).toBe('workspace not found');
    expect(viaOwn.json().message).toBe('journey not found');
    const still = (await outsider.request('GET', `/api/workspaces/${otherWs}/journeys/${theirs.id}`)).json()
      .journey;
    expect(still.title).toBe('Secret');
  });

  it('linking a map to a dataset (PATCH datasetId): editors and write keys may; viewers and read keys get 403', async () => {
    const dataset = await storeDataset(t.store, ws, 'Roles');
    const journey = await createJourney(editor);
    const url = `/api/workspaces/${ws}/journeys/${journey.id}`;
    const asViewer = await viewer.request('PATCH', url, { version: 1, datasetId: dataset.id });
    expect(asViewer.statusCode).toBe(403);
    const keys = {} as Record<'read' | 'write', string>;
    for (const scope of ['read', 'write'] as const) {
      keys[scope] = (
        await owner.request('POST', `/api/workspaces/${ws}/api-keys`, { name: `link ${scope}`, scope })
      ).json().key;
    }
    const withKey = (key: string, body: object) =>
      t.app.inject({ method: 'PATCH', url, headers: { authorization: `Bearer ${key}` }, payload: body });
    expect((await withKey(keys.read, { version: 1, datasetId: dataset.id })).statusCode).toBe(403);
    expect((await owner.request('GET', url)).json().journey).toMatchObject({ version: 1, datasetId: null });

    const byKey = await withKey(keys.write, { version: 1, datasetId: dataset.id });
    expect(byKey.statusCode, byKey.body).toBe(200);
    expect(byKey.json().journey).toMatchObject({ version: 2, datasetId: dataset.id });
    const byEditor = await editor.request('PATCH', url, { version: 2, datasetId: null });
    expect(byEditor.statusCode, byEditor.body).toBe(200);
    expect(byEditor.json().journey).toMatchObject({ version: 3, datasetId: null });
  });

  it("a map cannot link another workspace's dataset, nor be linked through another workspace (404)", async () => {
    const theirDataset = await storeDataset(t.store, otherWs, 'Theirs');
    const ourDataset = await storeDataset(t.store, ws, 'Ours');
    const ours = await createJourney(owner);
    const theirs = await createJourney(outsider, otherWs, 'Theirs');
    const linkTheirs = await owner.request('PATCH', `/api/workspaces/${ws}/journeys/${ours.id}`, {
      version: 1,
      datasetId: theirDataset.id,
    });
    expect(linkTheirs.statusCode).toBe(404);
    expect(linkTheirs.json().message).toBe('dataset not found');
    // Their map, through our workspace's URL, with our dataset: the map is not found.
    const viaOwn = await owner.request('PATCH', `/api/workspaces/${ws}/journeys/${theirs.id}`, {
      version: 1,
      datasetId: ourDataset.id,
    });
    expect(viaOwn.statusCode).toBe(404);
    expect(viaOwn.json().message).toBe('journey not found');
    // Their workspace's URL: not a member.
    const direct = await owner.request('PATCH', `/api/workspaces/${otherWs}/journeys/${theirs.id}`, {
      version: 1,
      datasetId: theirDataset.id,
    });
    expect(direct.statusCode).toBe(404);
    expect(
      (await owner.request('GET', `/api/workspaces/${ws}/journeys/${ours.id}`)).json().journey,
    ).toMatchObject({
      version: 1,
      datasetId: null,
    });
    expect(
      (await outsider.request('GET', `/api/workspaces/${otherWs}/journeys/${theirs.id}`)).json().journey,
    ).toMatchObject({ version: 1, datasetId: null });
  });

  it("a map cannot list another workspace's persona", async () => {
    const persona = (
      await outsider.request('POST', `/api/workspaces/${otherWs}/personas`, { name: 'Theirs' })
    ).json().persona;
    const r = await owner.request('POST', `/api/workspaces/${ws}/journeys`, {
      title: 'x',
      personaIds: [persona.id],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().issues[0].path).toBe('body.personaIds.0');
  });
});

describe('API keys', () => {
  it('a read key can read but not write; a write key can edit content; neither manages keys; revoked keys stop', async () => {
    const read = (
      await owner.request('POST', `/api/workspaces/${ws}/api-keys`, { name: 'BI export', scope: 'read' })
    ).json();
    const write = (
      await owner.request('POST', `/api/workspaces/${ws}/api-keys`, { name: 'Importer', scope: 'write' })
    ).json();
    expect(read.key).toMatch(/^tmk_/);
    expect(read.apiKey.prefix).toBe(read.key.slice(0, 12));
    const stored = await t.store.apiKeys.findByHash(read.key);
    expect(stored).toBeNull();
    const bearer = (key: string) => ({ authorization: `Bearer ${key}` });
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${ws}/journeys`,
      headers: bearer(read.key),
    });
    expect(list.statusCode).toBe(200);
    const denied = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${ws}/journeys`,
      headers: bearer(read.key),
      payload: { title: 'k' },
    });
    expect(denied.statusCode).toBe(403);
    const allowed = await t.app.inject({
      method: 'POST',
      url: `/api/workspaces/${ws}/journeys`,
      headers: bearer(write.key),
      payload: { title: 'k' },
    });
    expect(allowed.statusCode).toBe(201);
    const keys = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${ws}/api-keys`,
      headers: bearer(write.key),
    });
    expect(keys.statusCode).toBe(403);
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${otherWs}/journeys`,
      headers: bearer(write.key),
    });
    expect(other.statusCode).toBe(404);
    const listed = (await owner.request('GET', `/api/workspaces/${ws}/api-keys`)).json().apiKeys;
    expect(JSON.stringify(listed)).not.toContain(read.key);
    expect(
      (await owner.request('DELETE', `/api/workspaces/${ws}/api-keys/${read.apiKey.id}`)).statusCode,
    ).toBe(204);
    const revoked = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${ws}/journeys`,
      headers: bearer(read.key),
    });
    expect(revoked.statusCode).toBe(401);
    const bogus = await t.app.inject({
      method: 'GET',
      url: `/api/workspaces/${ws}/journeys`,
      headers: bearer('tmk_nope'),
    });
    expect(bogus.statusCode).toBe(401);
  });
});

describe('journeys', () => {
  it('POST /journeys from See–Think–Do–Care–Love makes five phases and the default lanes', async () => {
    const journey = await createJourney(editor);
    expect(journey.phases.map((p: { name: string }) => p.name)).toEqual([
      'See',
      'Think',
      'Do',
      'Care',
      'Love',
    ]);
    expect(journey.lanes.length).toBe(9);
    expect(journey.version).toBe(1);
    expect(journey.phaseModel).toBe('see-think-do-care-love');
  });

  it('POST /journeys with language nl names the phases and needs in Dutch; GET /api/templates?language=nl too', async () => {
    const r = await editor.request('POST', `/api/workspaces/${ws}/journeys`, {
      title: 'Hypotheek',
      template: 'orientation-purchase-use-service-billing',
      language: 'nl',
    });
    expect(r.json().journey.phases.map((p: { name: string }) => p.name)).toEqual([
      'Oriëntatie',
      'Aankoop',
      'Gebruik',
      'Service',
      'Facturatie',
    ]);
    expect(r.json().journey.phases[0].customerNeed).toBe('Begrijpt wat er te koop is');
    const templates = (await t.app.inject({ method: 'GET', url: '/api/templates?language=nl' })).json()
      .templates;
    expect(templates.find((tpl: { model: string }) => tpl.model === 'blank').phases[0].name).toBe('Fase 1');
    const english = (await t.app.inject({ method: 'GET', url: '/api/templates' })).json().templates;
    expect(english.find((tpl: { model: string }) => tpl.model === 'blank').phases[0].name).toBe('Phase 1');
  });

  it('bad input gets 400 naming the field, and changes nothing', async () => {
    const journey = await createJourney(editor);
    const base = `/api/workspaces/${ws}/journeys/${journey.id}`;
    const r1 = await editor.request('POST', `${base}/touchpoints`, {
      version: 1,
      phaseId: journey.phases[0].id,
      title: 'Ad',
      channel: 'web',
      emotion: 5,
    });
    expect(r1.statusCode).toBe(400);
    expect(r1.json().issues).toEqual([expect.objectContaining({ path: 'body.emotion' })]);
    const r2 = await editor.request('POST', `${base}/touchpoints`, {
      version: 1,
      phaseId: journey.phases[0].id,
      title: 'Ad',
      channel: 'fax',
    });
    expect(r2.json().issues[0].path).toBe('body.channel');
    const r3 = await editor.request('POST', `/api/workspaces/${ws}/journeys`, { title: '' });
    expect(r3.json().issues[0].path).toBe('body.title');
    const r4 = await editor.request('POST', `${base}/touchpoints`, {
      version: 1,
      phaseId: 'phs_doesnotexist',
      title: 'Ad',
      channel: 'web',
    });
    expect(r4.statusCode).toBe(400);
    expect(r4.json().issues[0].path).toBe('body.touchpoints.0.phaseId');
    const r5 = await editor.request('GET', `/api/workspaces/not-an-id/journeys`);
    expect(r5.statusCode).toBe(400);
    expect(r5.json().issues[0].path).toBe('params.workspaceId');
    const after = (await editor.request('GET', base)).json().journey;
    expect(after.version).toBe(1);
    expect(after.touchpoints).toEqual([]);
  });

  it('a stale version gets 409 and nothing is overwritten', async () => {
    const journey = await createJourney(editor);
    const base = `/api/workspaces/${ws}/journeys/${journey.id}`;
    const first = await editor.request('PATCH', base, { version: 1, title: 'Mine' });
    expect(first.statusCode).toBe(200);
    expect(first.json().journey.version).toBe(2);
    const stale = await owner.request('PATCH', base, { version: 1, title: 'Theirs' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: 'stale-version', currentVersion: 2 });
    const staleAdd = await owner.request('POST', `${base}/touchpoints`, {
      version: 1,
      phaseId: journey.phases[0].id,
      title: 'x',
      channel: 'web',
    });
    expect(staleAdd.statusCode).toBe(409);
    const after = (await editor.request('GET', base)).json().journey;
    expect(after.title).toBe('Mine');
    expect(after.touchpoints).toEqual([]);
  });

  it('an oversized body gets 413', async () => {
    const big = 'x'.repeat(1024 * 1024 + 10);
    const r = await editor.request('POST', `/api/workspaces/${ws}/personas`, {
      name: 'Big',
      description: big,
    });
    expect(r.statusCode).toBe(413);
    expect(r.json().error).toBe('payload-too-large');
  });

  it('touchpoints, pain points, ideas and phases: add, change, move, remove — each raising the version', async () => {
    const journey = await createJourney(editor);
    const base = `/api/workspaces/${ws}/journeys/${journey.id}`;
    const [see, think] = journey.phases;
    let r = await editor.request('POST', `${base}/touchpoints`, {
      version: 1,
      phaseId: see.id,
      title: 'Instagram ad',
      channel: 'social',
      expectation: 7,
      experience: 9,
      emotion: 2,
    });
    expect(r.statusCode).toBe(201);
    const tp = r.json().touchpoint;
    expect(tp).toMatchObject({ title: 'Instagram ad', channel: 'social', evidence: 'assumption', order: 0 });
    r = await editor.request('PATCH', `${base}/touchpoints/${tp.id}`, {
      version: 2,
      phaseId: think.id,
      evidence: 'data',
    });
    expect(r.json().journey.touchpoints[0]).toMatchObject({
      phaseId: think.id,
      evidence: 'data',
      title: 'Instagram ad',
      emotion: 2,
    });
    r = await editor.request('POST', `${base}/pain-points`, {
      version: 3,
      phaseId: think.id,
      touchpointId: tp.id,
      title: 'Too many ads',
    });
    const pp = r.json().painPoint;
    r = await editor.request('POST', `${base}/ideas`, {
      version: 4,
      painPointIds: [pp.id],
      title: 'Fewer, better ads',
      reach: 4,
      feasibility: 3,
    });
    expect(r.statusCode).toBe(201);
    r = await editor.request('POST', `${base}/phases`, { version: 5, name: 'Repair', index: 4 });
    expect(r.json().journey.phases.map((p: { name: string }) => p.name)).toEqual([
      'See',
      'Think',
      'Do',
      'Care',
      'Repair',
      'Love',
    ]);
    r = await editor.request('DELETE', `${base}/phases/${think.id}?version=6`);
    expect(r.statusCode).toBe(200);
    const after = r.json().journey;
    expect(after.version).toBe(7);
    expect(after.touchpoints).toEqual([]);
    expect(after.painPoints).toEqual([]);
    expect(after.ideas[0].painPointIds).toEqual([]);
    r = await editor.request('DELETE', `${base}/touchpoints/${tp.id}?version=7`);
    expect(r.statusCode).toBe(404);
  });

  it('PUT replaces a whole map and refuses dangling references', async () => {
    const journey = await createJourney(editor);
    const base = `/api/workspaces/${ws}/journeys/${journey.id}`;
    const { id: _id, workspaceId: _w, createdAt: _c, updatedAt: _u, ...editable } = journey;
    const bad = await editor.request('PUT', base, {
      ...editable,
      touchpoints: [{ id: 'tpt_abcdefgh', phaseId: 'phs_missing1', title: 'x', channel: 'web' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].path).toBe('body.touchpoints.0.phaseId');
    const good = await editor.request('PUT', base, {
      ...editable,
      title: 'Renamed',
      phases: editable.phases.slice(0, 2),
    });
    expect(good.statusCode).toBe(200);
    expect(good.json().journey).toMatchObject({ title: 'Renamed', version: 2 });
    expect(good.json().journey.phases).toHaveLength(2);
  });

  it('duplicate copies content; desired creates a linked desired map; list filters by state and persona', async () => {
    const persona = (
      await editor.request('POST', `/api/workspaces/${ws}/personas`, {
        name: 'Sanne',
        goals: ['Easy returns'],
      })
    ).json().persona;
    const journey = (
      await editor.request('POST', `/api/workspaces/${ws}/journeys`, {
        title: 'Returns',
        personaIds: [persona.id],
        template: 'see-think-do-care',
      })
    ).json().journey;
    const base = `/api/workspaces/${ws}/journeys/${journey.id}`;
    await editor.request('POST', `${base}/touchpoints`, {
      version: 1,
      phaseId: journey.phases[3].id,
      title: 'Return label',
      channel: 'email',
    });
    const copy = (await editor.request('POST', `${base}/duplicate`, {})).json().journey;
    expect(copy.title).toBe('Copy of Returns');
    expect(copy.touchpoints.map((tp: { title: string }) => tp.title)).toEqual(['Return label']);
    const desired = await editor.request('POST', `${base}/desired`, { version: 2 });
    expect(desired.statusCode).toBe(201);
    expect(desired.json().journey).toMatchObject({
      state: 'desired',
      counterpartId: journey.id,
      title: 'Returns (desired)',
    });
    expect(desired.json().current).toMatchObject({ counterpartId: desired.json().journey.id, version: 3 });
    expect(desired.json().journey.touchpoints[0].id).toBe(copy.touchpoints[0].id);
    const again = await editor.request('POST', `${base}/desired`, { version: 3 });
    expect(again.statusCode).toBe(409);
    const desiredList = (await editor.request('GET', `/api/workspaces/${ws}/journeys?state=desired`)).json()
      .journeys;
    expect(desiredList.map((j: { id: string }) => j.id)).toEqual([desired.json().journey.id]);
    const forPersona = (
      await editor.request('GET', `/api/workspaces/${ws}/journeys?personaId=${persona.id}`)
    ).json().journeys;
    expect(forPersona.map((j: { title: string }) => j.title).sort()).toEqual([
      'Copy of Returns',
      'Returns',
      'Returns (desired)',
    ]);
    // deleting the persona removes it from the maps
    expect((await editor.request('DELETE', `/api/workspaces/${ws}/personas/${persona.id}`)).statusCode).toBe(
      204,
    );
    const reloaded = (await editor.request('GET', base)).json().journey;
    expect(reloaded.personaIds).toEqual([]);
  });

  it('PATCH /personas changes only the fields sent', async () => {
    const persona = (
      await editor.request('POST', `/api/workspaces/${ws}/personas`, {
        name: 'Henk',
        quote: 'Service!',
        needs: ['Advice'],
      })
    ).json().persona;
    const r = await editor.request('PATCH', `/api/workspaces/${ws}/personas/${persona.id}`, {
      description: 'Loyal',
    });
    expect(r.json().persona).toMatchObject({
      name: 'Henk',
      quote: 'Service!',
      needs: ['Advice'],
      description: 'Loyal',
    });
  });
});

describe('documentation and health', () => {
  it('GET /api/docs/json is an OpenAPI document listing the workspace routes', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/workspaces/{workspaceId}/journeys/{journeyId}');
    expect(Object.keys(doc.paths)).toContain('/api/auth/sign-in');
  });

  it('GET /api/health says only ok to anyone, and the versions of both stores to a signed-in user', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ status: 'ok' });
    const r = await viewer.request('GET', '/api/health');
    expect(r.json()).toMatchObject({
      status: 'ok',
      stores: { workspace: { engine: 'postgres' }, events: { engine: 'duckdb' } },
    });
    expect(r.json().stores.workspace.version).toMatch(/^PostgreSQL \d+/);
  });
});
