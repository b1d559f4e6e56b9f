import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAllRows } from '@trailmap/db/testing';
import { JOURNEY_DOCUMENT_VERSION, type JourneyMap } from '@trailmap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '@trailmap/db';
import { buildApp } from './app.js';
import {
  anonymousClient,
  clientFor,
  createTestApp,
  type Client,
  type TestApp,
} from './testing/createTestApp.js';
import { seedWorkspace, signUpPeople, type People, type SeededWorkspace } from './testing/seedWorkspace.js';
import { storeDataset } from './testing/storeDataset.js';

/**
 * A map linked to a dataset (`datasetId`, `datasetFilter`) and touchpoint matchers: written with PATCH
 * and the touchpoint routes, carried by PUT, export and import, unlinked when the dataset goes.
 */

const VERSION_1_FILE = fileURLToPath(
  new URL(
    '../../../packages/domain/src/exchange/fixtures/buying-shoes-now.v1.trailmap.json',
    import.meta.url,
  ),
);

const MATCHER = {
  activities: ['Order Placed', 'Checkout Started'],
  channels: ['app'],
  properties: [
    { key: 'order_value', op: 'gt', value: 100 },
    { key: 'segment', op: 'in', value: ['new', 'returning'] },
  ],
};

let t: TestApp;
let people: People;
let seeded: SeededWorkspace;
let owner: Client;
let ws: string;
let datasetId: string;
let otherDatasetId: string;

beforeAll(async () => {
  t = await createTestApp();
  people = await signUpPeople(t.app, 'link');
  seeded = await seedWorkspace(people);
  owner = people.owner;
  ws = `/api/workspaces/${seeded.workspaceId}`;
  datasetId = (await storeDataset(t.store, seeded.workspaceId, 'Shop')).id;
  otherDatasetId = (await storeDataset(t.store, people.otherWorkspaceId, 'Theirs')).id;
});
afterAll(async () => t?.close());

/** A fresh map of the seeded workspace with one touchpoint in its first phase. */
async function newMap(
  title = 'Linked map',
): Promise<{ journey: JourneyMap; url: string; touchpointId: string }> {
  const created = await owner.request('POST', `${ws}/journeys`, {
    title,
    template: 'see-think-do-care-love',
  });
  expect(created.statusCode, created.body).toBe(201);
  const journey: JourneyMap = created.json().journey;
  const url = `${ws}/journeys/${journey.id}`;
  const added = await owner.request('POST', `${url}/touchpoints`, {
    version: journey.version,
    phaseId: journey.phases[0]!.id,
    title: 'Orders in the app',
    channel: 'app',
  });
  expect(added.statusCode, added.body).toBe(201);
  return { journey: added.json().journey, url, touchpointId: added.json().touchpoint.id };
}

async function getMap(url: string): Promise<JourneyMap> {
  return (await owner.request('GET', url)).json().journey;
}

/** The whole map as the editor's autosave sends it. */
function wholeMap(journey: JourneyMap): Record<string, unknown> {
  const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, ...map } = journey;
  return map;
}

describe('PATCH …/journeys/:id { version, datasetId }', () => {
  it('links a map to a dataset of its workspace, with a standing filter, and null unlinks (filter too)', async () => {
    const { journey, url } = await newMap();
    expect(journey).toMatchObject({ datasetId: null, datasetFilter: null });

    const linked = await owner.request('PATCH', url, { version: journey.version, datasetId });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().journey).toMatchObject({
      datasetId,
      datasetFilter: null,
      version: journey.version + 1,
      title: 'Linked map',
    });

    const filter = { channels: ['app', 'web'], from: '2024-01-01T00:00:00Z', contains: ['Order Placed'] };
    const filtered = await owner.request('PATCH', url, {
      version: journey.version + 1,
      datasetFilter: filter,
    });
    expect(filtered.statusCode, filtered.body).toBe(200);
    expect(filtered.json().journey).toMatchObject({ datasetId, datasetFilter: filter });
    expect(await getMap(url)).toMatchObject({ datasetId, datasetFilter: filter });

    // Linking again to the same dataset keeps the filter; unlinking takes it away.
    const unlinked = await owner.request('PATCH', url, { version: journey.version + 2, datasetId: null });
    expect(unlinked.statusCode, unlinked.body).toBe(200);
    expect(unlinked.json().journey).toMatchObject({ datasetId: null, datasetFilter: null });
  });

  it("answers 404 dataset for another workspace's dataset or an unknown one, and writes nothing", async () => {
    const { journey, url } = await newMap();
    const before = await readAllRows(t.databaseUrl);
    for (const id of [otherDatasetId, 'dst_unknown000000']) {
      const response = await owner.request('PATCH', url, { version: journey.version, datasetId: id });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ error: 'not-found', message: 'dataset not found' });
    }
    expect(await readAllRows(t.databaseUrl)).toEqual(before);
  });

  it('refuses a filter without a link, a time range that ends before it starts, and a malformed id (400, the field)', async () => {
    const { journey, url } = await newMap();
    const cases: [Record<string, unknown>, string][] = [
      [{ datasetFilter: { channels: ['app'] } }, 'body.datasetFilter'],
      [{ datasetId: null, datasetFilter: { channels: ['app'] } }, 'body.datasetFilter'],
      [
        { datasetId, datasetFilter: { from: '2024-02-01T00:00:00Z', to: '2024-01-01T00:00:00Z' } },
        'body.datasetFilter.to',
      ],
      [{ datasetId, datasetFilter: { channel: ['app'] } }, 'body.datasetFilter'],
      [{ datasetId: 'jrn_notadataset0' }, 'body.datasetId'],
    ];
    for (const [body, path] of cases) {
      const response = await owner.request('PATCH', url, { version: journey.version, ...body });
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    expect((await getMap(url)).version).toBe(journey.version);
  });

  it('a stale version is 409 and the link is not written', async () => {
    const { journey, url } = await newMap();
    await owner.request('PATCH', url, { version: journey.version, title: 'Renamed' });
    const stale = await owner.request('PATCH', url, { version: journey.version, datasetId });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toBe('stale-version');
    expect(await getMap(url)).toMatchObject({ datasetId: null, version: journey.version + 1 });
  });

  it('POST /journeys may link the new map at once, under the same rules', async () => {
    const ok = await owner.request('POST', `${ws}/journeys`, { title: 'Born linked', datasetId });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().journey).toMatchObject({ datasetId, datasetFilter: null });
    const theirs = await owner.request('POST', `${ws}/journeys`, {
      title: 'Nope',
      datasetId: otherDatasetId,
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().message).toBe('dataset not found');
  });
});

describe('touchpoint matchers', () => {
  it('are written with the touchpoint routes: added, changed, kept by other edits, cleared with null', async () => {
    const { journey, url } = await newMap();
    const added = await owner.request('POST', `${url}/touchpoints`, {
      version: journey.version,
      phaseId: journey.phases[1]!.id,
      title: 'Checks out',
      channel: 'app',
      matcher: MATCHER,
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().touchpoint.matcher).toEqual(MATCHER);
    const id: string = added.json().touchpoint.id;
    const card = `${url}/touchpoints/${id}`;
    let version: number = added.json().journey.version;

    const renamed = await owner.request('PATCH', card, {
      version,
      title: 'Pays',
      phaseId: journey.phases[2]!.id,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const kept = renamed.json().journey.touchpoints.find((tp: { id: string }) => tp.id === id);
    expect(kept).toMatchObject({ title: 'Pays', matcher: MATCHER });
    version = renamed.json().journey.version;

    const narrowed = { activities: ['Order Placed'] };
    const changed = await owner.request('PATCH', card, { version, matcher: narrowed });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().journey.touchpoints.find((tp: { id: string }) => tp.id === id).matcher).toEqual(
      narrowed,
    );
    version = changed.json().journey.version;

    const cleared = await owner.request('PATCH', card, { version, matcher: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json().journey.touchpoints.find((tp: { id: string }) => tp.id === id).matcher).toBeNull();
  });

  it('a bad matcher is 400 naming the field, and nothing is written', async () => {
    const { journey, url, touchpointId } = await newMap();
    const card = `${url}/touchpoints/${touchpointId}`;
    const bad: [unknown, string][] = [
      [{ activities: [] }, 'body.matcher.activities'],
      [{ activities: [''] }, 'body.matcher.activities.0'],
      [{ activities: ['a'], channels: Array.from({ length: 21 }, () => 'web') }, 'body.matcher.channels'],
      [
        { activities: ['a'], properties: [{ key: 'k', op: 'gt', value: 'soon' }] },
        'body.matcher.properties.0.value',
      ],
      [{ activities: ['a'], properties: [{ key: '', op: 'eq', value: 1 }] }, 'body.matcher.properties.0.key'],
      [
        { activities: ['a'], properties: [{ key: 'k', op: 'regex', value: '.*' }] },
        'body.matcher.properties.0.op',
      ],
      [{ activities: ['a'], activityPattern: 'Order*' }, 'body.matcher'],
    ];
    const before = await readAllRows(t.databaseUrl);
    for (const [matcher, path] of bad) {
      const response = await owner.request('PATCH', card, { version: journey.version, matcher });
      expect(response.statusCode, JSON.stringify(matcher)).toBe(400);
      expect(response.json().message).toContain(path);
    }
    const control = await owner.request('PATCH', card, {
      version: journey.version,
      matcher: { activities: ['Order\u0007Placed'] },
    });
    expect(control.statusCode).toBe(400);
    expect(control.json().message).toContain('body.matcher.activities.0');
    expect(await readAllRows(t.databaseUrl)).toEqual(before);
  });
});

describe('PUT, export and import carry the link and the matchers', () => {
  async function linkedMapWithMatcher() {
    const { journey, url, touchpointId } = await newMap('Carried');
    const patched = await owner.request('PATCH', `${url}/touchpoints/${touchpointId}`, {
      version: journey.version,
      matcher: MATCHER,
    });
    const linked = await owner.request('PATCH', url, {
      version: patched.json().journey.version,
      datasetId,
      datasetFilter: { channels: ['app'] },
    });
    expect(linked.statusCode, linked.body).toBe(200);
    return { journey: linked.json().journey as JourneyMap, url, touchpointId };
  }

  it("PUT (the editor's autosave) keeps the link and matchers it sends, and checks a new link", async () => {
    const { journey, url } = await linkedMapWithMatcher();
    const saved = await owner.request('PUT', url, { ...wholeMap(journey), title: 'Autosaved' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().journey).toMatchObject({
      title: 'Autosaved',
      datasetId,
      datasetFilter: { channels: ['app'] },
    });
    expect(saved.json().journey.touchpoints[0].matcher).toEqual(MATCHER);

    const current: JourneyMap = saved.json().journey;
    const before = await readAllRows(t.databaseUrl);
    const theirs = await owner.request('PUT', url, { ...wholeMap(current), datasetId: otherDatasetId });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().message).toBe('dataset not found');
    expect(await readAllRows(t.databaseUrl)).toEqual(before);

    const unlinked = await owner.request('PUT', url, {
      ...wholeMap(current),
      datasetId: null,
      datasetFilter: null,
    });
    expect(unlinked.statusCode, unlinked.body).toBe(200);
    expect(unlinked.json().journey.touchpoints[0].matcher).toEqual(MATCHER);
  });

  it('the JSON export holds them; imported here the link is kept, elsewhere dropped', async () => {
    const { journey, url } = await linkedMapWithMatcher();
    const exported = await owner.request('GET', `${url}/export?format=json`);
    const document = exported.json();
    expect(document.formatVersion).toBe(JOURNEY_DOCUMENT_VERSION);
    expect(document.journey).toMatchObject({ datasetId, datasetFilter: { channels: ['app'] } });
    expect(document.journey.touchpoints[0].matcher).toEqual(MATCHER);

    const here = await owner.request('POST', `${ws}/journeys/import`, document);
    expect(here.statusCode, here.body).toBe(201);
    expect(here.json().journey).toMatchObject({ datasetId, datasetFilter: { channels: ['app'] } });
    expect(here.json().journey.id).not.toBe(journey.id);
    expect(here.json().journey.touchpoints[0].matcher).toEqual(MATCHER);

    const elsewhere = await people.outsider.request(
      'POST',
      `/api/workspaces/${people.otherWorkspaceId}/journeys/import`,
      document,
    );
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    expect(elsewhere.json().journey).toMatchObject({ datasetId: null, datasetFilter: null });
    // The matchers are part of the design and travel; only the link is of one workspace.
    expect(elsewhere.json().journey.touchpoints[0].matcher).toEqual(MATCHER);

    // Another workspace's dataset id in a document is never linked, even when it exists there.
    const foreign = await owner.request('POST', `${ws}/journeys/import`, {
      ...document,
      journey: { ...document.journey, datasetId: otherDatasetId },
    });
    expect(foreign.statusCode, foreign.body).toBe(201);
    expect(foreign.json().journey).toMatchObject({ datasetId: null, datasetFilter: null });
  });

  it('a format version 1 file still imports: unlinked, no matchers', async () => {
    const response = await owner.request(
      'POST',
      `${ws}/journeys/import`,
      JSON.parse(readFileSync(VERSION_1_FILE, 'utf8')),
    );
    expect(response.statusCode, response.body).toBe(201);
    const journey: JourneyMap = response.json().journey;
    expect(journey).toMatchObject({ title: 'Buying shoes — now', datasetId: null, datasetFilter: null });
    expect(journey.touchpoints.length).toBeGreaterThan(5);
    expect(journey.touchpoints.every((tp) => tp.matcher === null)).toBe(true);
  });

  it('Trailmap → Mermaid → Trailmap keeps the matchers and the link', async () => {
    const { url } = await linkedMapWithMatcher();
    const mermaid = await owner.request('GET', `${url}/export?format=mermaid`);
    expect(mermaid.body).toContain('"matcher":{"activities":["Order Placed","Checkout Started"]');
    const imported = await owner.request('POST', `${ws}/journeys/import`, mermaid.body, {
      'content-type': 'text/vnd.mermaid',
    });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json().journey).toMatchObject({ datasetId, datasetFilter: { channels: ['app'] } });
    expect(imported.json().journey.touchpoints[0].matcher).toEqual(MATCHER);
  });

  it('the desired version and a duplicate keep them', async () => {
    const { journey, url } = await linkedMapWithMatcher();
    const desired = await owner.request('POST', `${url}/desired`, { version: journey.version });
    expect(desired.statusCode, desired.body).toBe(201);
    expect(desired.json().journey).toMatchObject({ datasetId, datasetFilter: { channels: ['app'] } });
    expect(desired.json().journey.touchpoints[0].matcher).toEqual(MATCHER);
    const copy = await owner.request('POST', `${url}/duplicate`, {});
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json().journey).toMatchObject({ datasetId });
    expect(copy.json().journey.touchpoints[0].matcher).toEqual(MATCHER);
  });

  it('a share link without back stage shows neither matchers nor the link; with back stage it does', async () => {
    const { url } = await linkedMapWithMatcher();
    const plain = (await owner.request('POST', `${url}/share-links`)).json().token;
    const full = (await owner.request('POST', `${url}/share-links`, { includeBackstage: true })).json().token;
    const anonymous = anonymousClient(t.app);
    const shown = (await anonymous.request('GET', `/api/share/${plain}`)).json().journey;
    expect(shown).toMatchObject({ datasetId: null, datasetFilter: null });
    expect(shown.touchpoints[0].matcher).toBeNull();
    const all = (await anonymous.request('GET', `/api/share/${full}`)).json().journey;
    expect(all).toMatchObject({ datasetId });
    expect(all.touchpoints[0].matcher).toEqual(MATCHER);
  });
});

describe('deleting a dataset', () => {
  it('unlinks the maps linked to it (a new version each, the filter gone) and leaves other maps alone', async () => {
    const doomed = await storeDataset(t.store, seeded.workspaceId, 'Doomed');
    const first = await newMap('First');
    const second = await newMap('Second');
    const other = await newMap('Other');
    const link = async (map: { journey: JourneyMap; url: string }, id: string, filter: unknown = null) => {
      const r = await owner.request('PATCH', map.url, {
        version: map.journey.version,
        datasetId: id,
        datasetFilter: filter,
      });
      expect(r.statusCode, r.body).toBe(200);
      return r.json().journey as JourneyMap;
    };
    const linkedFirst = await link(first, doomed.id, { channels: ['app'] });
    const linkedSecond = await link(second, doomed.id);
    const linkedOther = await link(other, datasetId);

    const deleted = await owner.request('DELETE', `${ws}/datasets/${doomed.id}`);
    expect(deleted.statusCode, deleted.body).toBe(204);

    expect(await getMap(first.url)).toMatchObject({
      datasetId: null,
      datasetFilter: null,
      version: linkedFirst.version + 1,
    });
    expect(await getMap(second.url)).toMatchObject({ datasetId: null, version: linkedSecond.version + 1 });
    expect(await getMap(other.url)).toMatchObject({ datasetId, version: linkedOther.version });
    // The editor open on the old version learns of it at its next save.
    const stale = await owner.request('PUT', first.url, wholeMap(linkedFirst));
    expect(stale.statusCode).toBe(409);
  });

  it('a dataset deleted between the check and the write is a 404 dataset, not a 500, and nothing is written', async () => {
    const { journey, url } = await newMap('Raced');
    // A store that still sees the dataset when the link is checked, though it is gone when the map is written.
    const gone = await storeDataset(t.store, seeded.workspaceId, 'Gone in between');
    await t.store.datasets.delete(gone.workspaceId, gone.id);
    const raced: Store = { ...t.store, datasets: { ...t.store.datasets, get: async () => gone } };
    const app = await buildApp({
      store: raced,
      describeEventStore: async () => ({ engine: 'duckdb', version: 'test' }),
    });
    try {
      const client = clientFor(app, owner.email, owner.userId, owner.cookie);
      const response = await client.request('PATCH', url, { version: journey.version, datasetId: gone.id });
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json()).toEqual({ error: 'not-found', message: 'dataset not found' });
      expect(await getMap(url)).toMatchObject({ version: journey.version, datasetId: null });
    } finally {
      await app.close();
    }
  });
});
