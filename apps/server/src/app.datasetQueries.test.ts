import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  discoverDfg,
  getCaseDurations,
  getCaseEvents,
  getCustomerTimeline,
  getDrivers,
  getFunnel,
  getLogSummary,
  getPaths,
  getSatisfaction,
  getServiceMetrics,
  getStartEnd,
  getStepTimes,
  getVariants,
  importLog,
  listCases,
  openEventStore,
  type EventFilter,
  type EventStore,
} from '@trailmap/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMultipart } from './testing/buildMultipart.js';
import { createTestApp, signUp, type Client, type TestApp } from './testing/createTestApp.js';

const samples = fileURLToPath(new URL('../../../samples/', import.meta.url));
let t: TestApp;
let owner: Client;
let ws: string;
let id: string;
/** The engine on its own: the same file imported as `trailmap mine` imports it. */
let engine: EventStore;
const scope = { dataset: 'log' };

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'queries.owner@example.com');
  ws = (await owner.request('GET', '/api/workspaces')).json().workspaces[0].id;
  const { payload, contentType } = buildMultipart([
    { name: 'mapping', value: JSON.stringify({ columns: { channel: 'case:channel' } }) },
    { name: 'file', fileName: 'receipt.csv', content: readFileSync(join(samples, 'receipt.csv')) },
  ]);
  id = (
    await owner.request('POST', `/api/workspaces/${ws}/datasets`, payload, { 'content-type': contentType })
  ).json().dataset.id;
  for (;;) {
    const dataset = (await owner.request('GET', `/api/workspaces/${ws}/datasets/${id}`)).json();
    if (dataset.status === 'ready') break;
    if (dataset.status === 'failed') throw new Error(dataset.error.message);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  engine = await openEventStore();
  await importLog(
    engine,
    'log',
    { file: join(samples, 'receipt.csv'), channelColumn: 'case:channel' },
    'csv',
  );
}, 120_000);
afterAll(async () => {
  engine?.close();
  await t?.close();
});

const ask = (path: string, filter?: object, params = '') =>
  owner.request(
    'GET',
    `/api/workspaces/${ws}/datasets/${id}/${path}?${filter ? `filter=${encodeURIComponent(JSON.stringify(filter))}&` : ''}${params}`,
  );
const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const internet = { channels: ['Internet'] };
const internetFilter: EventFilter = { channels: ['Internet'] };

describe('the query API equals the engine', () => {
  it.each([
    ['summary', '', () => getLogSummary(engine, scope)],
    ['dfg', '', () => discoverDfg(engine, scope)],
    ['variants', 'limit=10', () => getVariants(engine, scope, {}, { limit: 10 })],
    ['start-end', '', () => getStartEnd(engine, scope)],
    ['durations', 'bins=12', () => getCaseDurations(engine, scope, {}, { bins: 12 })],
    ['step-times', '', () => getStepTimes(engine, scope)],
    [
      'funnel',
      'step=Confirmation%20of%20receipt&step=T02%20Check%20confirmation%20of%20receipt&step=T04%20Determine%20confirmation%20of%20receipt&order=loose',
      () =>
        getFunnel(engine, scope, {
          steps: [
            'Confirmation of receipt',
            'T02 Check confirmation of receipt',
            'T04 Determine confirmation of receipt',
          ],
          order: 'loose',
        }),
    ],
    [
      'paths',
      'anchor=Confirmation%20of%20receipt&direction=from&depth=2',
      () => getPaths(engine, scope, { anchor: 'Confirmation of receipt', direction: 'from', depth: 2 }),
    ],
    ['service', '', () => getServiceMetrics(engine, scope)],
    ['satisfaction', 'by=channel', () => getSatisfaction(engine, scope, { by: 'channel' })],
    [
      'drivers',
      '',
      () => getDrivers(engine, scope, { target: 'nps', outcome: { kind: 'promoter' }, method: 'shapley' }),
    ],
    [
      'cases',
      'sort=duration&limit=5',
      () => listCases(engine, scope, {}, { sort: 'duration', limit: 5, offset: 0 }),
    ],
  ] as const)('GET …/%s?%s', async (path, params, expected) => {
    const answer = await ask(path, undefined, params);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toEqual(json(await expected()));
  });

  it('with a filter: channel, contains, and a direct step; a cached repeat answers the same', async () => {
    const dfg = await ask('dfg', internet);
    expect(dfg.json()).toEqual(json(await discoverDfg(engine, scope, internetFilter)));
    const all = (await ask('summary')).json();
    const filtered = (await ask('summary', internet)).json();
    expect(filtered.cases).toBeLessThan(all.cases);
    expect(filtered).toEqual(json(await getLogSummary(engine, scope, internetFilter)));
    const edge = { from: 'Confirmation of receipt', to: 'T02 Check confirmation of receipt' };
    const through = await ask('variants', {
      edges: [edge],
      contains: ['T04 Determine confirmation of receipt'],
    });
    expect(through.json()).toEqual(
      json(
        await getVariants(
          engine,
          scope,
          { caseEdges: [edge], caseContains: ['T04 Determine confirmation of receipt'] },
          { limit: 100 },
        ),
      ),
    );
    expect((await ask('dfg', internet)).json()).toEqual(dfg.json());
  });

  it('timeline of a case and of a customer', async () => {
    const [first] = (await ask('cases', undefined, 'limit=1')).json().cases;
    const byCase = await ask('timeline', undefined, `case=${encodeURIComponent(first.caseId)}`);
    expect(byCase.json()).toEqual(json(await getCaseEvents(engine, scope, first.caseId, { limit: 1000 })));
    expect(byCase.json().events.length).toBe(first.events);
    const noCustomer = await ask('timeline', undefined, 'customer=nobody');
    expect(noCustomer.json()).toEqual(
      json(await getCustomerTimeline(engine, scope, 'nobody', { limit: 1000 })),
    );
    expect((await ask('timeline', undefined, `case=x&customer=y`)).statusCode).toBe(400);
  });
});

describe('the query API refuses what it cannot answer', () => {
  it('a bad filter is 400 naming the field', async () => {
    const notJson = await owner.request('GET', `/api/workspaces/${ws}/datasets/${id}/dfg?filter=%7Bchannels`);
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().issues[0].path).toBe('query.filter');
    const wrongType = await ask('dfg', { channels: 'Internet' });
    expect(wrongType.json().issues[0].path).toBe('query.filter.channels');
    const unknown = await ask('dfg', { channel: ['Internet'] });
    expect(unknown.statusCode).toBe(400);
    const backwards = await ask('dfg', { from: '2011-01-01T00:00:00Z', to: '2010-01-01T00:00:00Z' });
    expect(backwards.json().issues[0].path).toBe('query.filter.to');
    expect((await ask('funnel', undefined, '')).json().issues[0].path).toBe('query.step');
    expect((await ask('variants', undefined, 'limit=0')).statusCode).toBe(400);
    expect((await ask('paths', undefined, 'direction=from')).statusCode).toBe(400);
  });

  it('another workspace gets 404 on every query; a viewer and a read key may ask', async () => {
    const outsider = await signUp(t.app, 'queries.outsider@example.com');
    const viewer = await signUp(t.app, 'queries.viewer@example.com');
    await t.store.memberships.add(ws as never, viewer.userId as never, 'viewer');
    const { key } = (
      await owner.request('POST', `/api/workspaces/${ws}/api-keys`, { name: 'bi', scope: 'read' })
    ).json();
    for (const path of [
      'summary',
      'dfg',
      'variants',
      'start-end',
      'durations',
      'step-times',
      'service',
      'satisfaction',
      'drivers',
      'cases',
    ]) {
      const url = `/api/workspaces/${ws}/datasets/${id}/${path}`;
      expect((await outsider.request('GET', url)).statusCode, path).toBe(404);
      expect((await viewer.request('GET', url)).statusCode, path).toBe(200);
      const byKey = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
      expect(byKey.statusCode, path).toBe(200);
    }
  });
});
